package vn.coso.staff;

import jakarta.enterprise.context.ApplicationScoped;
import org.keycloak.representations.idm.UserRepresentation;
import vn.coso.units.UnitAccounts;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The staff accounts by unit code, read once from Keycloak, for a reorganisation's preview. */
@ApplicationScoped
public class StaffUnitAccounts implements UnitAccounts {

    private final StaffDirectory directory;

    public StaffUnitAccounts(StaffDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Map<String, List<String>> usernamesByUnitCode() {
        return directory.allUsers().stream()
                .filter(u -> StaffMapper.unitCodeOf(u) != null)
                .collect(Collectors.groupingBy(StaffMapper::unitCodeOf, TreeMap::new,
                        Collectors.mapping(UserRepresentation::getUsername, Collectors.toList())));
    }
}

package vn.coso.staff;

import jakarta.enterprise.context.ApplicationScoped;
import org.keycloak.representations.idm.UserRepresentation;
import vn.coso.common.i18n.Msg;
import vn.coso.units.UnitReferences;
import vn.coso.units.UnitService;

import java.util.List;
import java.util.Optional;

/** A unit that staff accounts work on cannot be deleted: they would be left seeing nothing. */
@ApplicationScoped
public class StaffUnitReferences implements UnitReferences {

    private static final int NAMED = 5;

    private final StaffDirectory directory;
    private final UnitService units;

    public StaffUnitReferences(StaffDirectory directory, UnitService units) {
        this.directory = directory;
        this.units = units;
    }

    @Override
    public Optional<Msg> describeReferencesTo(long unitId) {
        Optional<String> code = units.visible(unitId).map(u -> u.code);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        List<String> usernames = directory.usersOfUnit(code.get()).stream()
                .map(UserRepresentation::getUsername).sorted().toList();
        if (usernames.isEmpty()) {
            return Optional.empty();
        }
        String named = String.join(", ", usernames.subList(0, Math.min(NAMED, usernames.size())));
        return Optional.of(Msg.of("staff.references.unit", usernames.size(), named,
                Math.max(0, usernames.size() - NAMED)));
    }
}

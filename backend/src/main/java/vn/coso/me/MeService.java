package vn.coso.me;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.security.CurrentUser;
import vn.coso.units.UnitDtos.UnitRef;
import vn.coso.units.UnitService;

import java.util.List;

@ApplicationScoped
public class MeService {

    private final CurrentUser user;
    private final UnitService units;

    public MeService(CurrentUser user, UnitService units) {
        this.user = user;
        this.units = units;
    }

    public Me current() {
        return new Me(user.username(), user.displayName(), user.roles(), units.callerUnit().orElse(null));
    }

    @Schema(name = "Me")
    public record Me(String username, String name, List<String> roles,
                     @Schema(nullable = true) UnitRef unit) {
    }
}

package vn.coso.units;

import jakarta.enterprise.context.RequestScoped;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Scope;

import java.util.Optional;

/**
 * Resolves the caller's scope once per request: admin and the province's users see everything,
 * others their unit's subtree, and a user whose unit_code names no unit sees nothing.
 */
@RequestScoped
public class UnitScopeService {

    private final CurrentUser user;
    private final UnitRepository units;
    private Scope scope;
    private Optional<Unit> unit;

    public UnitScopeService(CurrentUser user, UnitRepository units) {
        this.user = user;
        this.units = units;
    }

    public Scope current() {
        if (scope == null) {
            scope = resolve();
        }
        return scope;
    }

    /**
     * The unit named by the caller's unit_code claim: the unit holding the code today, else the unit
     * that held it last (closed in a reorganisation), whose own subtree the account keeps — nothing
     * more: a successor's wider scope needs the account moved to it (staff: attention CLOSED_UNIT).
     */
    public Optional<Unit> callerUnit() {
        if (unit == null) {
            unit = user.unitCode().flatMap(units::findByCodeOrLastHolder);
        }
        return unit;
    }

    private Scope resolve() {
        if (user.isAdmin()) {
            return Scope.EVERYTHING;
        }
        // A province is a subtree like any unit: on one database for the whole country, an officer of one
        // province never sees another's records. Only admin sees everything.
        return callerUnit().map(u -> Scope.subtree(u.id, u.path)).orElse(Scope.NOTHING);
    }
}

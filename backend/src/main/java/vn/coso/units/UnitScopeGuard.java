package vn.coso.units;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.security.Scope;
import vn.coso.common.security.ScopeGuard;

import java.util.Optional;
import java.util.function.Function;

/** {@link ScopeGuard} over the unit tree: the scope and the caller's unit come from {@link UnitScopeService}. */
@ApplicationScoped
public class UnitScopeGuard implements ScopeGuard {

    private final UnitScopeService scopes;
    private final UnitRepository units;
    private final UnitHistory history;

    public UnitScopeGuard(UnitScopeService scopes, UnitRepository units, UnitHistory history) {
        this.scopes = scopes;
        this.units = units;
        this.history = history;
    }

    @Override
    public Scope current() {
        return scopes.current();
    }

    @Override
    public <T> T require(Optional<T> record, Function<? super T, String> unitPath, String what, Object id) {
        return visible(record, unitPath).orElseThrow(() -> ProblemException.notFound(what, id));
    }

    @Override
    public String subtreeOf(Long unitId) {
        return unitId == null ? null : visibleUnit(unitId).path;
    }

    @Override
    public String subtreeOn(Long unitId, java.time.LocalDate date) {
        if (unitId == null) {
            return null;
        }
        Unit unit = visibleUnit(unitId);
        return date == null ? unit.path : history.on(unit, date).path();
    }

    @Override
    public Optional<Long> callerUnitId() {
        return scopes.callerUnit().map(u -> u.id);
    }

    @Override
    public long areaUnitId(Long unitId) {
        if (unitId != null) {
            return visibleUnit(unitId).id;
        }
        return callerUnitId().orElseThrow(() -> ProblemException.invalidField("unitId", "request.unit.required"));
    }

    /** A unit the caller may see, or 404. */
    Unit visibleUnit(long unitId) {
        return require(units.findByIdOptional(unitId), u -> u.path, "Unit", unitId);
    }
}

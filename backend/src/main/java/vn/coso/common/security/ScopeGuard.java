package vn.coso.common.security;

import java.util.Optional;
import java.util.function.Function;

/**
 * The one permission checker of Coso: may this caller see (and so change, within their role) a
 * record that hangs on a unit? Features ask it instead of resolving scope themselves. Out of scope
 * answers 404, exactly like not existing. Implemented by {@code units} on top of the caller's
 * resolved scope.
 */
public interface ScopeGuard {

    /** The part of the unit tree the caller may see, resolved once per request. */
    Scope current();

    /** Whether a record hanging on the unit with this materialised path is in the caller's scope. */
    default boolean canSee(String unitPath) {
        return current().contains(unitPath);
    }

    /**
     * Whether the unit lies above the caller's unit (an ancestor of it): what it issues reaches the
     * caller read-only, like a directive from above.
     */
    default boolean isAbove(String unitPath) {
        return current().liesBelow(unitPath);
    }

    /**
     * The record if it exists and the caller may see it, otherwise 404 naming it:
     * {@code guard.require(repository.findByIdOptional(id), f -> f.unit.path, "Feedback", id)}.
     */
    <T> T require(Optional<T> record, Function<? super T, String> unitPath, String what, Object id);

    /** The record if it exists and the caller may see it. */
    default <T> Optional<T> visible(Optional<T> record, Function<? super T, String> unitPath) {
        return record.filter(r -> canSee(unitPath.apply(r)));
    }

    /**
     * The materialised path of a unit the caller may see, for a {@code unitId} filter ("this unit
     * and every unit below it"); 404 when the unit does not exist or lies outside the scope, null for null.
     */
    String subtreeOf(Long unitId);

    /**
     * {@link #subtreeOf}, but the unit's path in the structure of that day: a past period's figures
     * of a unit count the records of the units placed under it then ({@code ReportAreas.pathOn}),
     * even if they have since been merged elsewhere. Null for null.
     */
    String subtreeOn(Long unitId, java.time.LocalDate date);

    /** The id of the unit named by the caller's {@code unit_code} claim, if it exists. */
    Optional<Long> callerUnitId();

    /**
     * The unit a figure or a summary is about: the one asked for when the caller may see it (404
     * otherwise), else the caller's own unit; 400 naming {@code unitId} when there is neither.
     */
    long areaUnitId(Long unitId);
}

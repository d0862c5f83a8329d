package vn.coso.units;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by features whose records follow a closing unit to its successor rather than staying on it
 * (the party organisations: re-attached to the successor, merged into the successor's own, or dissolved with
 * it). A reorganisation asks every implementation what it would do (the dry run) and has it done inside its
 * own transaction, so that the records move at once with the tree, or not at all.
 */
public interface UnitSuccession {

    /**
     * A unit the reorganisation closes. {@code successorUnitId} is null when the successor is a unit the plan
     * creates and the plan is only previewed; {@code successorCode} is null when the unit is dissolved without one.
     */
    record Closing(long unitId, String unitCode, String unitName, LineageKind kind, String successorCode,
                   String successorName, Long successorUnitId) {
    }

    /**
     * What happens to one record: {@code action} is CREATED (the successor's own, for a successor that has none;
     * {@code id} is null in a dry run), MERGED (closed, its members and children taken by {@code intoCode}),
     * DISSOLVED (closed with its unit, its children go up to its parent) or REPARENTED (stays on its unit, under
     * another parent in its own tree). Records keep the unit they belong to, so past figures do not move.
     */
    record Change(String recordType, Long id, String code, String name, String action, String fromUnitCode,
                  String toUnitCode, String fromParentCode, String toParentCode, String intoCode) {
    }

    /** What would change; writes nothing. */
    List<Change> preview(List<Closing> closing, LocalDate effectiveDate);

    /** Makes the changes inside the caller's transaction (every successor exists by now), with their history. */
    List<Change> apply(List<Closing> closing, long reorganisationId, LocalDate effectiveDate);
}

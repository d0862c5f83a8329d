package vn.coso.units;

import java.time.Instant;
import java.time.LocalDate;

/** The filters of GET /units. */
public record UnitFilter(String q, UnitType type, Long parentId, Boolean active, Instant updatedSince, LocalDate on) {

    public UnitFilter(String q, UnitType type, Long parentId, Boolean active, Instant updatedSince) {
        this(q, type, parentId, active, updatedSince, null);
    }
}

package vn.coso.units;

import java.time.Instant;

/** The filters of GET /units. */
public record UnitFilter(String q, UnitType type, Long parentId, Boolean active, Instant updatedSince) {
}

package vn.coso.regulations;

import java.time.Instant;
import java.time.LocalDate;

/** The filters of GET /regulations; unitId is the unit filter (resolved to its subtree by the service). */
public record RegulationFilter(String q, Long unitId, RegulationKind kind, RegulationStatus status,
                               LocalDate from, LocalDate to, Instant updatedSince) {
}

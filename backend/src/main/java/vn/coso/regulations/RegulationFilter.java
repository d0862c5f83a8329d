package vn.coso.regulations;

import java.time.Instant;
import java.time.LocalDate;

/** The filters of GET /regulations; unitPath is the subtree of the unitId filter. */
public record RegulationFilter(String q, String unitPath, RegulationKind kind, RegulationStatus status,
                               LocalDate from, LocalDate to, Instant updatedSince) {
}

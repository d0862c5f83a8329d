package vn.coso.consultations;

import vn.coso.common.paging.Period;

import java.time.Instant;

/**
 * The filters of the consultation lists; unitPath is the subtree of the unitId filter, period
 * bounds the opening date.
 */
public record ConsultationFilter(String q, String unitPath, ConsultationKind kind, ConsultationStatus status,
                                 ConsultationWindow window, Period period, Instant updatedSince) {
}

package vn.coso.consultations;

import vn.coso.common.paging.Period;

import java.time.Instant;

/**
 * The filters of the consultation lists; unitId is the unit filter (resolved to its subtree by the service), period
 * bounds the opening date.
 */
public record ConsultationFilter(String q, Long unitId, ConsultationKind kind, ConsultationStatus status,
                                 ConsultationWindow window, Period period, Instant updatedSince) {
}

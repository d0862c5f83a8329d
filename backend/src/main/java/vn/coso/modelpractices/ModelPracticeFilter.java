package vn.coso.modelpractices;

import java.time.Instant;

/** The filters of GET /model-practices. */
public record ModelPracticeFilter(Long unitId, Integer year, String q, Instant updatedSince) {
}

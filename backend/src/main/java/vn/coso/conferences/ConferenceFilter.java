package vn.coso.conferences;

import vn.coso.common.paging.Period;

import java.time.Instant;

/** The filters of GET /conferences. */
public record ConferenceFilter(Long unitId, ConferenceKind kind, Period period, String q, Instant updatedSince) {
}

package vn.coso.disclosures;

import vn.coso.common.paging.Period;

import java.time.Instant;

/** The filters of GET /disclosures. */
public record DisclosureFilter(Long unitId, DisclosureCategory category, DisclosureForm form, Period period, String q,
                               Instant updatedSince) {
}

package vn.coso.documents;

import vn.coso.common.paging.Period;

import java.time.Instant;

/** The filters of GET /documents. */
public record DocumentFilter(Long unitId, DocumentKind kind, Period period, String q, Instant updatedSince) {
}

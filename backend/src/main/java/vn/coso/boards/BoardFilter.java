package vn.coso.boards;

import java.time.Instant;
import java.time.LocalDate;

/** The filters of GET /boards: {@code servingOn} keeps the boards whose term covers that day. */
public record BoardFilter(Long unitId, BoardKind kind, LocalDate servingOn, String q, Instant updatedSince) {
}

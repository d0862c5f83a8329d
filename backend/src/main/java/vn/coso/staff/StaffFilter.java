package vn.coso.staff;

/** The filters of the staff list; null means "any". */
public record StaffFilter(StaffRole role, Long unitId, String q, Boolean enabled, Boolean needsAttention) {
}

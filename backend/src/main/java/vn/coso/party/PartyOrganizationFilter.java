package vn.coso.party;

import java.time.Instant;

/** The filters of GET /party-organizations; unitId is the unit filter (resolved to its subtree by the service). */
public record PartyOrganizationFilter(String q, PartyOrganizationLevel level, PartyOrganizationForm form,
                                      Long unitId, Long parentId, Boolean active, Instant updatedSince) {
}

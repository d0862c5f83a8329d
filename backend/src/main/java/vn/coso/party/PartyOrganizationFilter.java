package vn.coso.party;

import java.time.Instant;

/** The filters of GET /party-organizations; unitPath is the subtree of the unitId filter. */
public record PartyOrganizationFilter(String q, PartyOrganizationLevel level, PartyOrganizationForm form,
                                      String unitPath, Long parentId, Boolean active, Instant updatedSince) {
}

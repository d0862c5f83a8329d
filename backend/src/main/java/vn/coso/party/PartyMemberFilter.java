package vn.coso.party;

import java.time.Instant;

/** The filters of GET /party-members; organizationPath is the subtree of the organizationId filter. */
public record PartyMemberFilter(String q, PartyMemberStatus status, String organizationPath, Long unitId,
                                Instant updatedSince) {
}

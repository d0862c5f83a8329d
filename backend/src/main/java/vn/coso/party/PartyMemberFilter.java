package vn.coso.party;

import java.time.Instant;

/** The filters of GET /party-members; the paths are the subtrees of the organizationId and unitId filters. */
public record PartyMemberFilter(String q, PartyMemberStatus status, String organizationPath, String unitPath,
                                Instant updatedSince) {
}

package vn.coso.committees;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member's role in the committee: trưởng ban, phó trưởng ban, thường trực, thành viên. */
@Schema(name = "CommitteeRole")
public enum CommitteeRole {
    HEAD, DEPUTY_HEAD, STANDING_MEMBER, MEMBER
}

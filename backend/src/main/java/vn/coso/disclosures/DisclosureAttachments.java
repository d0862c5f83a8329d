package vn.coso.disclosures;

import jakarta.inject.Singleton;
import vn.coso.attachments.RecordAttachments;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;

import java.util.Set;

/** The documents a disclosure made public, as files (văn bản, bảng biểu công khai). */
@Singleton
class DisclosureAttachments extends RecordAttachments {

    private final DisclosureService disclosures;

    DisclosureAttachments(DisclosureService disclosures, CurrentUser user) {
        super("disclosure", "disclosure", Set.of(Roles.ADMIN, Roles.OFFICER), user);
        this.disclosures = disclosures;
    }

    @Override
    protected void findVisible(long id) {
        disclosures.findVisible(id);
    }
}

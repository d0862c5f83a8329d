package vn.coso.conferences;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.coso.attachments.AttachmentOwner;
import vn.coso.attachments.RecordAttachments;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;

import java.util.Set;

/** A conference's minutes and resolutions as files (biên bản hội nghị). */
@Singleton
class ConferenceAttachments {

    @Produces
    @Singleton
    AttachmentOwner minutes(ConferenceService conferences, CurrentUser user) {
        return RecordAttachments.of("conference", "conference", Set.of(Roles.ADMIN, Roles.OFFICER), user,
                conferences::findVisible);
    }
}

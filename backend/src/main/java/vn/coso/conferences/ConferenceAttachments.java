package vn.coso.conferences;

import jakarta.inject.Singleton;
import vn.coso.attachments.RecordAttachments;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;

import java.util.Set;

/** A conference's minutes and resolutions as files (biên bản hội nghị). */
@Singleton
class ConferenceAttachments extends RecordAttachments {

    private final ConferenceService conferences;

    ConferenceAttachments(ConferenceService conferences, CurrentUser user) {
        super("conference", "conference", Set.of(Roles.ADMIN, Roles.OFFICER), user);
        this.conferences = conferences;
    }

    @Override
    protected void findVisible(long id) {
        conferences.findVisible(id);
    }
}

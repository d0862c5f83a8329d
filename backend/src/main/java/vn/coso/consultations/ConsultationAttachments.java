package vn.coso.consultations;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.coso.attachments.AttachmentOwner;
import vn.coso.attachments.RecordAttachments;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;

import java.util.Set;

/** A consultation's draft (dự thảo) and its result report (báo cáo tiếp thu, giải trình), as files. */
@Singleton
class ConsultationAttachments {

    @Produces
    @Singleton
    AttachmentOwner drafts(ConsultationService consultations, CurrentUser user) {
        return RecordAttachments.of("consultation", "consultation", Set.of(Roles.ADMIN, Roles.OFFICER), user,
                consultations::findVisible);
    }

    @Produces
    @Singleton
    AttachmentOwner results(ConsultationService consultations, CurrentUser user) {
        return RecordAttachments.of("consultation-result", "consultation", Set.of(Roles.ADMIN, Roles.OFFICER), user,
                consultations::findVisible);
    }
}

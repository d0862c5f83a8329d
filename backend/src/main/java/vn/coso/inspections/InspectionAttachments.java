package vn.coso.inspections;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.coso.attachments.AttachmentOwner;
import vn.coso.attachments.RecordAttachments;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;

import java.util.Set;

/** An inspection's signed conclusion (kết luận) and a disciplinary decision (quyết định kỷ luật), as files. */
@Singleton
class InspectionAttachments {

    @Produces
    @Singleton
    AttachmentOwner conclusions(InspectionService inspections, CurrentUser user) {
        return RecordAttachments.of("inspection-conclusion", "inspection", Set.of(Roles.ADMIN, Roles.INSPECTOR), user,
                inspections::findVisible);
    }

    @Produces
    @Singleton
    AttachmentOwner decisions(DisciplinaryActionService actions, CurrentUser user) {
        return RecordAttachments.of("disciplinary-action", "disciplinary_action",
                Set.of(Roles.ADMIN, Roles.INSPECTOR), user, actions::findVisible);
    }
}

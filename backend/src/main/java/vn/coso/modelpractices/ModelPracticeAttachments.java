package vn.coso.modelpractices;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import vn.coso.attachments.AttachmentOwner;
import vn.coso.attachments.RecordAttachments;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;

import java.util.Set;

/** A model practice's photos and reports. */
@Singleton
class ModelPracticeAttachments {

    @Produces
    @Singleton
    AttachmentOwner files(ModelPracticeService practices, CurrentUser user) {
        return RecordAttachments.of("model-practice", "model_practice", Set.of(Roles.ADMIN, Roles.OFFICER), user,
                practices::findVisible);
    }
}

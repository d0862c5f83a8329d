package vn.coso.modelpractices;

import jakarta.inject.Singleton;
import vn.coso.attachments.RecordAttachments;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;

import java.util.Set;

/** A model practice's photos and reports. */
@Singleton
class ModelPracticeAttachments extends RecordAttachments {

    private final ModelPracticeService practices;

    ModelPracticeAttachments(ModelPracticeService practices, CurrentUser user) {
        super("model-practice", "model_practice", Set.of(Roles.ADMIN, Roles.OFFICER), user);
        this.practices = practices;
    }

    @Override
    protected void findVisible(long id) {
        practices.findVisible(id);
    }
}

package vn.coso.consultations;

import jakarta.inject.Singleton;
import vn.coso.attachments.RecordAttachments;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;

import java.util.Set;

/** A consultation's draft (dự thảo) and its result report (báo cáo tiếp thu, giải trình), as files. */
final class ConsultationAttachments {

    private static final Set<String> WRITERS = Set.of(Roles.ADMIN, Roles.OFFICER);

    private ConsultationAttachments() {
    }

    @Singleton
    static class Drafts extends RecordAttachments {
        private final ConsultationService consultations;

        Drafts(ConsultationService consultations, CurrentUser user) {
            super("consultation", "consultation", WRITERS, user);
            this.consultations = consultations;
        }

        @Override
        protected void findVisible(long id) {
            consultations.findVisible(id);
        }
    }

    @Singleton
    static class Results extends RecordAttachments {
        private final ConsultationService consultations;

        Results(ConsultationService consultations, CurrentUser user) {
            super("consultation-result", "consultation", WRITERS, user);
            this.consultations = consultations;
        }

        @Override
        protected void findVisible(long id) {
            consultations.findVisible(id);
        }
    }
}

package vn.coso.inspections;

import jakarta.inject.Singleton;
import vn.coso.attachments.RecordAttachments;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;

import java.util.Set;

/** An inspection's signed conclusion (kết luận) and a disciplinary decision (quyết định kỷ luật), as files. */
final class InspectionAttachments {

    private static final Set<String> WRITERS = Set.of(Roles.ADMIN, Roles.INSPECTOR);

    private InspectionAttachments() {
    }

    @Singleton
    static class Conclusions extends RecordAttachments {
        private final InspectionService inspections;

        Conclusions(InspectionService inspections, CurrentUser user) {
            super("inspection-conclusion", "inspection", WRITERS, user);
            this.inspections = inspections;
        }

        @Override
        protected void findVisible(long id) {
            inspections.findVisible(id);
        }
    }

    @Singleton
    static class Decisions extends RecordAttachments {
        private final DisciplinaryActionService actions;

        Decisions(DisciplinaryActionService actions, CurrentUser user) {
            super("disciplinary-action", "disciplinary_action", WRITERS, user);
            this.actions = actions;
        }

        @Override
        protected void findVisible(long id) {
            actions.findVisible(id);
        }
    }
}

package vn.coso.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import vn.coso.attachments.PublicAttachmentOwner;
import vn.coso.attachments.RecordAttachments;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;
import vn.coso.feedback.FeedbackEnums.Status;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Files of a feedback: the citizen's (kind {@code feedback}) and the answer's ({@code feedback-answer}), both
 * owned by the feedback's id. Admin and officers handle feedback; viewers and inspectors in scope see files
 * but not those marked HANDLING. On the tracking page: the citizen's public files, and the answer's once it
 * is published.
 */
final class FeedbackAttachments {

    static final String KIND = "feedback";
    static final String ANSWER_KIND = "feedback-answer";

    private static final Set<String> HANDLERS = Set.of(Roles.ADMIN, Roles.OFFICER);

    private FeedbackAttachments() {
    }

    @Singleton
    static class Citizens extends RecordAttachments {
        private final FeedbackService feedback;

        Citizens(FeedbackService feedback, CurrentUser user) {
            super(KIND, "feedback", HANDLERS, user);
            this.feedback = feedback;
        }

        @Override
        protected void findVisible(long id) {
            feedback.findVisible(id);
        }
    }

    @Singleton
    static class Answers extends RecordAttachments {
        private final FeedbackService feedback;

        Answers(FeedbackService feedback, CurrentUser user) {
            super(ANSWER_KIND, "feedback", HANDLERS, user);
            this.feedback = feedback;
        }

        @Override
        protected void findVisible(long id) {
            feedback.findVisible(id);
        }
    }

    @ApplicationScoped
    static class Portal implements PublicAttachmentOwner {
        private final FeedbackRepository feedback;

        Portal(FeedbackRepository feedback) {
            this.feedback = feedback;
        }

        @Override
        public String path() {
            return "feedback";
        }

        @Override
        public Optional<PublicRecord> find(String trackingCode) {
            return TrackingCodes.normalize(trackingCode).flatMap(feedback::findByTrackingCode).map(f -> {
                List<OwnerRef> readable = f.answerPublished
                        ? List.of(new OwnerRef(KIND, f.id), new OwnerRef(ANSWER_KIND, f.id))
                        : List.of(new OwnerRef(KIND, f.id));
                boolean open = f.status == Status.RECEIVED || f.status == Status.ASSIGNED
                        || f.status == Status.IN_PROGRESS;
                return new PublicRecord(readable, new OwnerRef(KIND, f.id), f.receivedAt, open);
            });
        }
    }
}

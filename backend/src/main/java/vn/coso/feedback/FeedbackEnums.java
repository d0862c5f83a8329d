package vn.coso.feedback;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.EnumSet;
import java.util.Set;

/** The words of feedback handling (PRODUCT.md). */
public final class FeedbackEnums {

    private FeedbackEnums() {
    }

    @Schema(name = "FeedbackType")
    public enum Type {
        /** ý kiến, phản ánh */
        FEEDBACK,
        /** kiến nghị */
        PETITION
    }

    @Schema(name = "FeedbackChannel")
    public enum Channel {
        WEB,
        HOTLINE,
        MEETING,
        MAILBOX,
        INTEGRATION
    }

    @Schema(name = "FeedbackPriority")
    public enum Priority {
        NORMAL,
        URGENT
    }

    @Schema(name = "FeedbackStatus")
    public enum Status {
        RECEIVED,
        ASSIGNED,
        IN_PROGRESS,
        ANSWERED,
        CLOSED,
        REJECTED;

        /** Still waiting for an answer: these can be overdue. */
        public static final Set<Status> OPEN = EnumSet.of(RECEIVED, ASSIGNED, IN_PROGRESS);

        public boolean isOpen() {
            return OPEN.contains(this);
        }
    }

    @Schema(name = "FeedbackRejectReason")
    public enum RejectReason {
        /** A complaint or denunciation (khiếu nại, tố cáo): referred to its own procedure. */
        REFERRED,
        DUPLICATE,
        NOT_ACTIONABLE,
        OUT_OF_SCOPE,
        ABUSIVE
    }
}

package vn.coso.feedback;

import vn.coso.feedback.FeedbackDtos.FeedbackReceipt;
import vn.coso.feedback.FeedbackDtos.FeedbackResponse;
import vn.coso.feedback.FeedbackDtos.FeedbackTracking;
import vn.coso.feedback.FeedbackDtos.SenderView;
import vn.coso.feedback.FeedbackEnums.Status;
import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;

import java.time.Instant;
import java.util.List;

final class FeedbackMapper {

    private FeedbackMapper() {
    }

    /** @param sender the sender, given only when the caller may see it (admin) */
    static FeedbackResponse toResponse(Feedback f, FeedbackSender sender, Instant now, List<FeedbackActions.Action> allowedActions) {
        return new FeedbackResponse(f.id, TrackingCodes.display(f.trackingCode), ref(f.unit), f.right, f.type, f.channel,
                f.title, f.text, f.anonymous,
                sender == null ? null : new SenderView(sender.name, sender.phone, sender.email),
                f.status, f.priority, f.receivedAt, f.acknowledgedAt, f.acknowledgeDueAt, f.answerDueAt,
                f.isOverdue(now), f.assignedUnit == null ? null : ref(f.assignedUnit), f.assignee,
                f.answer, f.answerPublished, f.answeredAt, f.closedAt, f.rejectReason, f.rejectNote,
                f.rating, f.ratingComment, f.ratedAt, f.recordedBy,
                f.escalatedToUnit == null ? null : new FeedbackDtos.Escalation(f.escalationLevel, ref(f.escalatedToUnit), f.escalatedAt),
                f.version, f.createdAt, f.updatedAt, allowedActions);
    }

    static FeedbackTracking toTracking(Feedback f) {
        return new FeedbackTracking(TrackingCodes.display(f.trackingCode), ref(f.unit), f.right, f.type, f.title,
                f.status, f.receivedAt, f.acknowledgedAt, f.answerDueAt, f.answeredAt, f.closedAt,
                f.answerPublished ? f.answer : null, f.rejectReason, f.rejectNote, f.rating, canRate(f));
    }

    static FeedbackReceipt toReceipt(Feedback f) {
        return new FeedbackReceipt(TrackingCodes.display(f.trackingCode), ref(f.unit), f.status, f.receivedAt,
                f.acknowledgeDueAt, f.answerDueAt);
    }

    static boolean canRate(Feedback f) {
        return f.rating == null && f.answeredAt != null && (f.status == Status.ANSWERED || f.status == Status.CLOSED);
    }

    static UnitRef ref(Unit u) {
        return new UnitRef(u.id, u.code, u.name, u.type);
    }
}

package vn.coso.feedback;

import vn.coso.common.rights.DemocracyRight;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.validation.TextPatterns;
import vn.coso.feedback.FeedbackEnums.Channel;
import vn.coso.feedback.FeedbackEnums.Priority;
import vn.coso.feedback.FeedbackEnums.RejectReason;
import vn.coso.feedback.FeedbackEnums.Status;
import vn.coso.feedback.FeedbackEnums.Type;
import vn.coso.units.UnitDtos.UnitRef;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the feedback API, public and staff. */
public final class FeedbackDtos {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 5000;
    static final int MAX_NOTE = 1000;
    static final String PHONE = "^[0-9+()./ -]{6,32}$";
    static final String PHONE_MESSAGE = "{coso.validation.phone}";

    private FeedbackDtos() {
    }

    @Schema(name = "PublicFeedbackRequest", description = "A feedback sent through the public portal, signed out. "
            + "Sender data is kept only with `consent` to the privacy notice (Decree 13/2023/NĐ-CP) and only admins "
            + "ever see it; `anonymous: true` drops it. Complaints and denunciations (khiếu nại, tố cáo) follow their "
            + "own laws and are referred there.")
    public record PublicFeedbackRequest(
            @Schema(required = true, description = "The unit it is about, from GET /api/v1/public/units.") @NotNull Long unitId,
            @Schema(required = true) @NotNull DemocracyRight right,
            @Schema(description = "Default FEEDBACK.") Type type,
            @Schema(required = true, examples = "Đường thôn 3 chưa được công khai dự toán")
            @NotBlank @Size(max = MAX_TITLE) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String title,
            @Schema(required = true) @NotBlank @Size(max = MAX_TEXT)
            @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE) String text,
            @Size(max = 200) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE) String senderName,
            @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String senderPhone,
            @Size(max = 254) @Email String senderEmail,
            @Schema(description = "True drops any sender data given.") Boolean anonymous,
            @Schema(description = "Consent to the privacy notice; required when sender data is given.") Boolean consent) {
    }

    @Schema(name = "StaffFeedbackRequest", description = "A feedback received by hotline, at a meeting, in a mailbox "
            + "(staff), or from another system (integration: channel INTEGRATION).")
    public record StaffFeedbackRequest(
            @Schema(required = true) @NotNull Long unitId,
            @Schema(required = true) @NotNull DemocracyRight right,
            @Schema(description = "Default FEEDBACK.") Type type,
            @Schema(description = "HOTLINE, MEETING or MAILBOX for staff (default HOTLINE); INTEGRATION for systems (the only one they may use).")
            Channel channel,
            @Schema(description = "Default NORMAL.") Priority priority,
            @Schema(description = "When it was received; default now. Not in the future.") Instant receivedAt,
            @Schema(required = true)
            @NotBlank @Size(max = MAX_TITLE) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String title,
            @Schema(required = true) @NotBlank @Size(max = MAX_TEXT)
            @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE) String text,
            @Size(max = 200) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE) String senderName,
            @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String senderPhone,
            @Size(max = 254) @Email String senderEmail,
            Boolean anonymous,
            @Schema(description = "The sender's consent to keeping their data; required when sender data is given.") Boolean consent) {
    }

    @Schema(name = "FeedbackReceipt", description = "What the sender keeps: the tracking code and the deadlines.")
    public record FeedbackReceipt(
            @Schema(description = "Quote it to follow the feedback (GET /api/v1/public/feedback/{trackingCode}); "
                    + "10 characters without 0/O, 1/I/L, shown as two groups of five.", examples = "K7M2Q-X9P4T")
            String trackingCode,
            UnitRef unit, Status status, Instant receivedAt, Instant acknowledgeDueAt, Instant answerDueAt) {
    }

    @Schema(name = "FeedbackTracking", description = "A feedback as anyone holding its tracking code sees it: never the sender.")
    public record FeedbackTracking(
            String trackingCode, UnitRef unit, DemocracyRight right, Type type, String title, Status status,
            Instant receivedAt, @Schema(nullable = true) Instant acknowledgedAt, Instant answerDueAt,
            @Schema(nullable = true) Instant answeredAt, @Schema(nullable = true) Instant closedAt,
            @Schema(nullable = true, description = "The answer, when it was published.") String answer,
            @Schema(nullable = true) RejectReason rejectReason,
            @Schema(nullable = true, description = "Why it was rejected, and where to turn.") String rejectNote,
            @Schema(nullable = true) Integer rating,
            @Schema(description = "Whether the sender may rate the answer now (once, after it).") boolean canRate) {
    }

    @Schema(name = "FeedbackRatingRequest")
    public record RatingRequest(
            @Schema(required = true, description = "1 (not at all satisfied) to 5 (very satisfied).")
            @NotNull @Min(1) @Max(5) Integer score,
            @Size(max = MAX_NOTE) @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE) String comment) {
    }

    @Schema(name = "FeedbackSender", description = "Shown to admin only.")
    public record SenderView(@Schema(nullable = true) String name, @Schema(nullable = true) String phone,
                             @Schema(nullable = true) String email) {
    }

    @Schema(name = "Feedback", description = "A feedback as staff see it. `sender` is there for admin only, and only "
            + "when the sender gave their data; for everyone else it is null.")
    public record FeedbackResponse(
            long id, String trackingCode, UnitRef unit, DemocracyRight right, Type type, Channel channel,
            String title, String text, boolean anonymous,
            @Schema(nullable = true) SenderView sender,
            Status status, Priority priority,
            Instant receivedAt, @Schema(nullable = true) Instant acknowledgedAt,
            Instant acknowledgeDueAt, Instant answerDueAt,
            @Schema(description = "Open and past its answer deadline, or still RECEIVED past its acknowledgement deadline.")
            boolean overdue,
            @Schema(nullable = true) UnitRef assignedUnit, @Schema(nullable = true) String assignee,
            @Schema(nullable = true) String answer, boolean answerPublished, @Schema(nullable = true) Instant answeredAt,
            @Schema(nullable = true) Instant closedAt,
            @Schema(nullable = true) RejectReason rejectReason, @Schema(nullable = true) String rejectNote,
            @Schema(nullable = true) Integer rating, @Schema(nullable = true) String ratingComment,
            @Schema(nullable = true) Instant ratedAt,
            @Schema(nullable = true, description = "Who recorded it; null when the sender submitted it.") String recordedBy,
            @Schema(nullable = true, description = "Past a deadline, escalated to the officers of this unit (parent, then province).")
            Escalation escalation,
            long version, Instant createdAt, Instant updatedAt,
            @Schema(required = true, description = "The operations you may perform on it now (POST /feedback/{id}/<action>).")
            List<FeedbackActions.Action> allowedActions) {
    }

    @Schema(name = "FeedbackEscalation", description = "\"Escalated to …\": level 1 the parent unit, 2 the province.")
    public record Escalation(@Schema(required = true) int level, @Schema(required = true) UnitRef unit,
                             @Schema(required = true) Instant at) {
    }

    @Schema(name = "FeedbackAssignRequest", description = "Hand the feedback to a unit in your scope, and optionally a person.")
    public record AssignRequest(
            @Schema(required = true) @NotNull Long unitId,
            @Schema(description = "The person handling it (their user name).")
            @Size(max = 255) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE) String assignee,
            @Schema(description = "Changes the priority, and with it the deadlines.") Priority priority,
            @Schema(required = true) @NotNull Long version) {
    }

    @Schema(name = "FeedbackVersionRequest", description = "The version that was read.")
    public record VersionRequest(@Schema(required = true) @NotNull Long version) {
    }

    @Schema(name = "FeedbackAnswerRequest")
    public record AnswerRequest(
            @Schema(required = true) @NotBlank @Size(max = MAX_TEXT)
            @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE) String answer,
            @Schema(description = "Published to the sender on the tracking page (default true), or kept internal.")
            Boolean published,
            @Schema(required = true) @NotNull Long version) {
    }

    @Schema(name = "FeedbackRejectRequest")
    public record RejectRequest(
            @Schema(required = true, description = "REFERRED for a complaint or denunciation sent to its own procedure.")
            @NotNull RejectReason reason,
            @Schema(description = "Shown to the sender; say where to turn.")
            @Size(max = MAX_NOTE) @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE) String note,
            @Schema(required = true) @NotNull Long version) {
    }

    @Schema(name = "FeedbackPriorityRequest")
    public record PriorityRequest(@Schema(required = true) @NotNull Priority priority,
                                  @Schema(required = true) @NotNull Long version) {
    }

    @Schema(name = "FeedbackLead", description = "A feedback as the lead of an inspection: what names it, never its sender.")
    public record FeedbackLead(
            @Schema(required = true) long id,
            @Schema(required = true) String trackingCode,
            @Schema(required = true) UnitRef unit,
            @Schema(required = true) DemocracyRight right,
            @Schema(required = true) String title,
            @Schema(required = true) Instant receivedAt) {
    }
}

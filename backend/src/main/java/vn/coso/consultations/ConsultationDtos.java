package vn.coso.consultations;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.paging.PageResult;
import vn.coso.common.validation.PlausibleDate;
import vn.coso.common.validation.TextPatterns;
import vn.coso.units.UnitDtos.UnitRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of the Consultations API, staff and public. */
public final class ConsultationDtos {

    static final int MAX_DRAFT_TEXT = 200_000;
    static final int MAX_COMMENT_TEXT = 5_000;
    static final String PHONE_PATTERN = "^[0-9+() .-]{6,32}$";

    private ConsultationDtos() {
    }

    @Schema(name = "ConsultationRequest", description = "A consultation as created: a DRAFT until it is published.")
    public record ConsultationRequest(
            @Schema(description = "The unit whose draft it is; the consultation belongs to its scope.", required = true)
            @NotNull
            Long unitId,
            @Schema(required = true) @NotNull
            ConsultationKind kind,
            @Schema(examples = "Dự thảo Quy chế thực hiện dân chủ ở cơ sở phường Bạch Đằng (sửa đổi)", required = true)
            @NotBlank @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String title,
            @Schema(description = "The draft's full text; several lines allowed.", required = true)
            @NotBlank @Size(max = MAX_DRAFT_TEXT)
            @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String text,
            @Schema(description = "First day comments are taken (Vietnam's calendar).", required = true)
            @NotNull @PlausibleDate
            LocalDate opensOn,
            @Schema(description = "Last day comments are taken, inclusive.", required = true)
            @NotNull @PlausibleDate
            LocalDate closesOn) {
    }

    @Schema(name = "ConsultationUpdateRequest", description = "A draft consultation as replaced, with the version read.")
    public record ConsultationUpdateRequest(
            @Schema(required = true) @NotNull
            ConsultationKind kind,
            @Schema(required = true)
            @NotBlank @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String title,
            @Schema(required = true)
            @NotBlank @Size(max = MAX_DRAFT_TEXT)
            @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String text,
            @Schema(required = true) @NotNull @PlausibleDate
            LocalDate opensOn,
            @Schema(required = true) @NotNull @PlausibleDate
            LocalDate closesOn,
            @Schema(description = "The version this change is based on; a stale one answers 409.", required = true)
            @NotNull
            Long version) {
    }

    @Schema(name = "ConsultationVersionRequest", description = "The version of the consultation that was read.")
    public record VersionRequest(@Schema(required = true) @NotNull Long version) {
    }

    @Schema(name = "CommentCounts", description = "A consultation's comments by the unit's answer.")
    public record CommentCounts(long total, long accepted, long partlyAccepted, long notAccepted, long unanswered) {

        static final CommentCounts NONE = new CommentCounts(0, 0, 0, 0, 0);
    }

    @Schema(name = "ConsultationFigures", description = "For the annual review: consultations held (published or "
            + "concluded) that opened in the period, in your scope and under the unit, and their comments by answer.")
    public record ConsultationFigures(
            @Schema(nullable = true) LocalDate from, @Schema(nullable = true) LocalDate to,
            long held, CommentCounts comments) {
    }

    @Schema(name = "ConsultationSummary", description = "A consultation in a list, without its text.")
    public record ConsultationSummary(
            long id, UnitRef unit, ConsultationKind kind, String title, LocalDate opensOn, LocalDate closesOn,
            ConsultationStatus status,
            @Schema(description = "Where today falls against the dates, whatever the status.") ConsultationWindow window,
            CommentCounts comments,
            long version, Instant createdAt, Instant updatedAt,
            @Schema(required = true, description = "What you may do with it now: `update` (PUT), `delete`, or POST "
                    + "/consultations/{id}/<action>.")
            List<ConsultationActions.Action> allowedActions) {
    }

    @Schema(name = "Consultation")
    public record ConsultationResponse(
            long id, UnitRef unit, ConsultationKind kind, String title, String text,
            LocalDate opensOn, LocalDate closesOn, ConsultationStatus status, ConsultationWindow window,
            CommentCounts comments,
            @Schema(nullable = true) Instant publishedAt, @Schema(nullable = true) Instant concludedAt,
            long version, Instant createdAt, Instant updatedAt,
            @Schema(required = true, description = "What you may do with it now: `update` (PUT), `delete`, or POST "
                    + "/consultations/{id}/<action>.")
            List<ConsultationActions.Action> allowedActions) {
    }

    @Schema(name = "CommentAuthor", description = "Who wrote a comment, as they gave it with their consent. Only admin sees it.")
    public record CommentAuthor(@Schema(nullable = true) String name, @Schema(nullable = true) String phone,
                                @Schema(nullable = true) String email) {
    }

    @Schema(name = "ConsultationComment", description = "A comment and the unit's answer, as staff see it.")
    public record CommentResponse(
            long id, long consultationId, String text, Instant receivedAt,
            @Schema(nullable = true, description = "Only for admin, and only when the author gave a name or contact; "
                    + "null for everyone else.") CommentAuthor author,
            @Schema(nullable = true) CommentOutcome outcome, @Schema(nullable = true) String explanation,
            @Schema(nullable = true) Instant answeredAt,
            long version,
            @Schema(required = true, description = "What you may do with it now: `answer` "
                    + "(POST /consultations/{id}/comments/{commentId}/answer).")
            List<ConsultationCommentActions.Action> allowedActions) {
    }

    @Schema(name = "CommentAnswerRequest", description = "The unit's answer to a comment (tiếp thu, giải trình).")
    public record CommentAnswerRequest(
            @Schema(required = true) @NotNull
            CommentOutcome outcome,
            @Schema(description = "How the comment was taken into the draft, or why not.", required = true)
            @NotBlank @Size(max = 4000)
            @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String explanation,
            @Schema(description = "The comment's version that was read.", required = true) @NotNull
            Long version) {
    }

    // --- Public, signed out ---------------------------------------------------------------------

    @Schema(name = "PublicConsultationSummary", description = "A published consultation in the public list.")
    public record PublicConsultationSummary(
            long id, UnitRef unit, ConsultationKind kind, String title, LocalDate opensOn, LocalDate closesOn,
            ConsultationWindow window,
            @Schema(description = "Every comment answered and the result final.") boolean concluded,
            long commentCount) {
    }

    @Schema(name = "PublicConsultation", description = "A published consultation with its draft text.")
    public record PublicConsultationResponse(
            long id, UnitRef unit, ConsultationKind kind, String title, String text,
            LocalDate opensOn, LocalDate closesOn, ConsultationWindow window, boolean concluded, long commentCount) {
    }

    @Schema(name = "PublicCommentRequest", description = "A comment on an open consultation. Name and contact are "
            + "optional; they are kept only with `consent` to the privacy notice (Decree 13/2023/NĐ-CP), never "
            + "published, and only the Steering Committee's secretariat sees them. `anonymous` drops them.")
    public record PublicCommentRequest(
            @Schema(required = true)
            @NotBlank @Size(max = MAX_COMMENT_TEXT)
            @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String text,
            @Size(max = 255) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String authorName,
            @Schema(examples = "0912 345 678")
            @Pattern(regexp = PHONE_PATTERN, message = "{coso.validation.phone-length}")
            String authorPhone,
            @Size(max = 255) @Email
            String authorEmail,
            @Schema(description = "True keeps no name or contact, whatever else is sent.")
            Boolean anonymous,
            @Schema(description = "Consent to keeping the name and contact; required when one is given.")
            Boolean consent) {
    }

    @Schema(name = "PublicCommentReceipt", description = "The comment was received.")
    public record PublicCommentReceipt(long id, long consultationId, Instant receivedAt,
                                       @Schema(description = "Whether a name or contact was kept.") boolean authorKept) {
    }

    @Schema(name = "PublicComment", description = "A comment and the unit's answer, as the public sees it: never its author.")
    public record PublicComment(long id, String text, Instant receivedAt,
                                @Schema(nullable = true) CommentOutcome outcome,
                                @Schema(nullable = true) String explanation,
                                @Schema(nullable = true) Instant answeredAt) {
    }

    @Schema(name = "ConsultationResult", description = "A closed consultation's comments and the unit's answers "
            + "(tiếp thu, giải trình); the comments paged by `page` and `size`.")
    public record ConsultationResult(PublicConsultationSummary consultation, CommentCounts counts,
                                     PageResult<PublicComment> comments) {
    }
}

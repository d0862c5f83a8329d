package vn.coso.inspections;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.inspections.InspectionEnums.ConductingBody;
import vn.coso.inspections.InspectionEnums.DisciplinaryForm;
import vn.coso.inspections.InspectionEnums.DisciplinarySource;
import vn.coso.inspections.InspectionEnums.Form;
import vn.coso.inspections.InspectionEnums.Kind;
import vn.coso.inspections.InspectionEnums.RecommendationStatus;
import vn.coso.inspections.InspectionEnums.Status;
import vn.coso.inspections.InspectionEnums.SubjectType;
import vn.coso.feedback.FeedbackDtos.FeedbackLead;
import vn.coso.party.PartyDtos.PartyOrganizationRef;
import vn.coso.units.UnitDtos.UnitRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.coso.common.validation.PlausibleDate;
import vn.coso.common.validation.TextPatterns;

public final class InspectionDtos {

    static final String NO_CONTROL_CHARS = TextPatterns.SINGLE_LINE;
    static final String NO_CONTROL_MESSAGE = TextPatterns.SINGLE_LINE_MESSAGE;
    static final String DEFAULT_TOPIC = "Việc thực hiện dân chủ ở cơ sở";

    private InspectionDtos() {
    }

    @Schema(name = "InspectionRequest", description = "An inspection or supervision as planned. Exactly one subject: "
            + "a party organisation or a party member.")
    public record InspectionRequest(
            @Schema(required = true) @NotNull Kind kind,
            @Schema(required = true, description = "A supervision is REGULAR or THEMATIC; an inspection THEMATIC or ON_SIGNS_OF_VIOLATION.")
            @NotNull Form form,
            Long subjectOrganizationId,
            Long subjectMemberId,
            @Schema(required = true) @NotNull Long conductingOrganizationId,
            @Schema(required = true) @NotNull ConductingBody conductingBody,
            @Schema(description = "The supervision that found signs of violation, for an inspection that grew out of one.")
            Long originSupervisionId,
            @Schema(required = true, examples = "2024") @NotNull @Min(1990) @Max(2100) Integer planYear,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            @Schema(description = "Defaults to \"" + DEFAULT_TOPIC + "\".")
            @Size(max = 500) @Pattern(regexp = NO_CONTROL_CHARS, message = NO_CONTROL_MESSAGE) String topic,
            @Size(max = 20) List<@NotBlank @Size(max = 100) @Pattern(regexp = NO_CONTROL_CHARS, message = NO_CONTROL_MESSAGE) String> teamMembers,
            @Schema(description = "Required when replacing: the version that was read.") Long version,
            @Schema(description = "The citizen's feedback (about a unit you can see) this starts from: only the link is "
                    + "kept, never its sender; shown to admin and inspectors only.")
            Long leadFeedbackId) {
    }

    @Schema(name = "InspectionStartRequest")
    public record StartRequest(@Schema(required = true) @NotNull LocalDate actualStart,
                               @Schema(required = true) @NotNull Long version) {
    }

    @Schema(name = "InspectionConcludeRequest")
    public record ConcludeRequest(@Schema(required = true) @NotNull LocalDate actualEnd,
                                  @Schema(required = true) @NotNull Long version) {
    }

    @Schema(name = "InspectionCancelRequest")
    public record CancelRequest(@Schema(required = true) @NotBlank @Size(max = 1000) String reason,
                                @Schema(required = true) @NotNull Long version) {
    }

    @Schema(name = "InspectionCloseRequest")
    public record CloseRequest(@Schema(required = true) @NotNull Long version) {
    }

    @Schema(name = "RecommendationRequest")
    public record RecommendationRequest(
            @Schema(required = true) @NotBlank @Size(max = 2000) String content,
            @Schema(required = true) @NotNull Long responsibleUnitId,
            @Schema(required = true) @NotNull LocalDate dueDate,
            @Schema(description = "When it was carried out; null while open.") LocalDate doneOn) {
    }

    @Schema(name = "ConclusionRequest", description = "The conclusion with all its recommendations (replaces them).")
    public record ConclusionRequest(
            @Schema(required = true) @NotNull Boolean violationFound,
            @Schema(required = true) @NotBlank @Size(max = 20000) String findings,
            @Size(max = 100) List<@Valid @NotNull RecommendationRequest> recommendations,
            @Schema(description = "The conclusion's version that was read; omit when there is none yet.") Long version) {
    }

    @Schema(name = "InspectedMember", description = "Shown to admin and inspector only.")
    public record MemberView(long id, String fullName, String partyCardNumber) {
    }

    @Schema(name = "InspectionSubject", description = "For a member, viewers see only the member's organisation.")
    public record SubjectView(SubjectType type, PartyOrganizationRef organization,
                              @Schema(nullable = true) MemberView member) {
    }

    @Schema(name = "Inspection")
    public record InspectionResponse(
            long id, Kind kind, Form form, SubjectView subject,
            @Schema(description = "The subject's unit, which decides who sees the record.") UnitRef unit,
            PartyOrganizationRef conductingOrganization, ConductingBody conductingBody,
            @Schema(nullable = true) Long originSupervisionId, int planYear,
            @Schema(nullable = true) LocalDate plannedStart, @Schema(nullable = true) LocalDate plannedEnd,
            @Schema(nullable = true) LocalDate actualStart, @Schema(nullable = true) LocalDate actualEnd,
            String topic, List<String> teamMembers, Status status,
            @Schema(nullable = true) String cancelReason, boolean hasConclusion,
            @Schema(nullable = true, description = "The earliest due date of a recommendation not done, once it has "
                    + "passed — also after the inspection closed; null when no recommendation is overdue.")
            LocalDate overdueSince,
            long version, Instant createdAt, Instant updatedAt,
            @Schema(nullable = true, description = "The feedback it started from — for admin and inspectors only, "
                    + "and never with the feedback's sender.") FeedbackLead leadFeedback,
            @Schema(required = true, description = "The operations you may perform on it now: `update` (PUT), "
                    + "`conclusion` (PUT its conclusion), or POST /inspections/{id}/<action>.")
            List<InspectionActions.Action> allowedActions) {
    }

    @Schema(name = "Recommendation")
    public record RecommendationResponse(long id, String content, UnitRef responsibleUnit, LocalDate dueDate,
                                         @Schema(nullable = true) LocalDate doneOn,
                                         @Schema(description = "OVERDUE is computed from the due date.") RecommendationStatus status,
                                         @Schema(nullable = true, description = "What shows it was done.") String evidence,
                                         @Schema(required = true, description = "For marking it done.") long version) {
    }

    @Schema(name = "RecommendationDoneRequest", description = "A recommendation followed up: done on a day, with evidence.")
    public record RecommendationDoneRequest(
            @Schema(required = true, examples = "2025-01-15") @NotNull @PlausibleDate
            LocalDate doneOn,
            @Schema(description = "What shows it was done.", examples = "Biên bản kiểm điểm ngày 15/01/2025")
            @Size(max = 2000) @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String evidence,
            @Schema(required = true, description = "The recommendation's version read; a stale one answers 409.") @NotNull
            Long version) {
    }

    @Schema(name = "Conclusion")
    public record ConclusionResponse(long inspectionId, boolean violationFound, String findings,
                                     List<RecommendationResponse> recommendations, long version, Instant updatedAt) {
    }

    @Schema(name = "DisciplinaryActionRequest", description = "Exactly one subject: a party organisation or a member.")
    public record DisciplinaryActionRequest(
            Long subjectOrganizationId,
            Long subjectMemberId,
            @Schema(required = true) @NotNull DisciplinaryForm form,
            @Schema(required = true) @NotBlank @Size(max = 64)
            @Pattern(regexp = NO_CONTROL_CHARS, message = NO_CONTROL_MESSAGE) String decisionNumber,
            @Schema(required = true) @NotNull LocalDate decisionDate,
            @Schema(required = true, examples = "Ủy ban Kiểm tra Thành ủy Hạ Long")
            @NotBlank @Size(max = 255) @Pattern(regexp = NO_CONTROL_CHARS, message = NO_CONTROL_MESSAGE) String decidingBody,
            @Schema(required = true) @NotNull DisciplinarySource source,
            @Schema(description = "Required when the source is INSPECTION: a concluded inspection of the same subject that found a violation.")
            Long inspectionId,
            @Schema(description = "Required when replacing: the version that was read.") Long version) {
    }

    @Schema(name = "DisciplinaryAction")
    public record DisciplinaryActionResponse(long id, SubjectView subject, UnitRef unit, DisciplinaryForm form,
                                             String decisionNumber, LocalDate decisionDate, String decidingBody,
                                             DisciplinarySource source, @Schema(nullable = true) Long inspectionId,
                                             long version, Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "InspectionSummary", description = "Counted from the records by the counting rule of the annual "
            + "review: a subject counts as inspected (supervised) in the period when an INSPECTION (SUPERVISION) of it "
            + "that is IN_PROGRESS, CONCLUDED or CLOSED has its actual start in the period; each subject once.")
    public record SummaryResponse(
            UnitRef unit, LocalDate from, LocalDate to,
            long organizationsInspected, long membersInspected,
            long organizationsSupervised, long membersSupervised,
            @Schema(description = "Concluded inspections and supervisions started in the period whose conclusion found a violation.")
            long violationsFound,
            @Schema(description = "Disciplinary actions decided in the period, by form.")
            Map<DisciplinaryForm, Long> disciplinaryActions) {
    }
}

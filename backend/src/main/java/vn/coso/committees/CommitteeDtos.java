package vn.coso.committees;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.reporting.FigureKind;
import vn.coso.common.validation.TextPatterns;
import vn.coso.units.UnitDtos.UnitRef;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

public final class CommitteeDtos {

    // The shared single-line rule: \p{Cntrl} is Java-only, no JSON Schema (ECMA-262) reader understands it.
    static final String NO_CONTROL_CHARS = TextPatterns.SINGLE_LINE;
    static final String USERNAME = "^[A-Za-z0-9._@-]{1,255}$";

    private CommitteeDtos() {
    }

    @Schema(name = "CommitteeRequest", description = "A unit's steering committee and its founding decision.")
    public record CommitteeRequest(
            @Schema(required = true) @NotNull Long unitId,
            @Schema(required = true, examples = "Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh Quảng Ninh")
            @NotBlank @Size(max = 500) @Pattern(regexp = NO_CONTROL_CHARS) String name,
            @Schema(examples = "1234-QĐ/TU") @Size(max = 64) @Pattern(regexp = NO_CONTROL_CHARS) String decisionNumber,
            LocalDate decisionDate) {
    }

    @Schema(name = "CommitteeUpdateRequest")
    public record CommitteeUpdateRequest(
            @Schema(required = true) @NotBlank @Size(max = 500) @Pattern(regexp = NO_CONTROL_CHARS) String name,
            @Size(max = 64) @Pattern(regexp = NO_CONTROL_CHARS) String decisionNumber,
            LocalDate decisionDate,
            @Schema(required = true) @NotNull Long version) {
    }

    @Schema(name = "Committee")
    public record CommitteeResponse(long id, UnitRef unit, String name,
                                    @Schema(nullable = true) String decisionNumber,
                                    @Schema(nullable = true) LocalDate decisionDate,
                                    @Schema(description = "Members serving today.") long memberCount,
                                    @Schema(description = "What you may do with it now: UPDATE, ADD_MEMBER, PLAN, RECORD_MEETING, RECORD_SHORTCOMING.")
                                    List<String> allowedOperations,
                                    long version, Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "CommitteeMemberRequest", description = "A member, the period of their membership, and the units they follow.")
    public record MemberRequest(
            @Schema(required = true, examples = "Đặng Xuân Phương") @NotBlank @Size(max = 200)
            @Pattern(regexp = NO_CONTROL_CHARS) String fullName,
            @Schema(examples = "Phó Bí thư Tỉnh ủy") @Size(max = 500) @Pattern(regexp = NO_CONTROL_CHARS) String position,
            @Schema(required = true) @NotNull CommitteeRole role,
            @Schema(required = true) @NotNull LocalDate since,
            @Schema(description = "Last day of membership; null while serving.") LocalDate until,
            @Schema(description = "The member's staff account (Keycloak username), for their \"my units\" view.")
            @Size(max = 255) @Pattern(regexp = USERNAME) String username,
            @Size(max = 5000) String tasks,
            @Schema(description = "Units (each with its subtree) the member follows: inside the committee's unit's subtree.")
            List<Long> unitIds,
            @Schema(description = "Required when changing a member: the version read.") Long version) {
    }

    @Schema(name = "CommitteeMember")
    public record MemberResponse(long id, long committeeId, String fullName, @Schema(nullable = true) String position,
                                 CommitteeRole role, LocalDate since, @Schema(nullable = true) LocalDate until,
                                 boolean serving, @Schema(nullable = true) String username,
                                 @Schema(nullable = true) String tasks, List<UnitRef> units, long version) {
    }

    @Schema(name = "MyUnit", description = "A unit you follow as a committee member, with its figures for the year and why it lags.")
    public record MyUnit(UnitRef unit, long committeeId, long memberId, CommitteeRole role,
                         @Schema(description = "The review's figures for the unit's subtree, by key.") Map<String, Number> figures,
                         List<LaggingReasonItem> lagging,
                         @Schema(description = "Open shortcomings the committees named about this unit.") List<ShortcomingRef> openShortcomings) {
    }

    @Schema(name = "CommitteeLaggingReason")
    public record LaggingReasonItem(String code, String label, int weight) {
    }

    @Schema(name = "ShortcomingRef")
    public record ShortcomingRef(long id, long committeeId, int year, ShortcomingKind kind, String description) {
    }

    @Schema(name = "MyUnits")
    public record MyUnits(int year, List<MyUnit> items) {
    }

    // Plans and targets

    @Schema(name = "CommitteePlanRequest")
    public record PlanRequest(
            @Schema(required = true, examples = "2024") @NotNull Integer year,
            @Schema(required = true) @NotBlank @Size(max = 1000) @Pattern(regexp = NO_CONTROL_CHARS) String theme) {
    }

    @Schema(name = "CommitteeTaskRequest")
    public record TaskRequest(
            @Schema(required = true) @NotBlank @Size(max = 1000) @Pattern(regexp = NO_CONTROL_CHARS) String title,
            @Size(max = 500) @Pattern(regexp = NO_CONTROL_CHARS) String owner,
            LocalDate deadline) {
    }

    @Schema(name = "CommitteeTaskStatusRequest")
    public record TaskStatusRequest(@Schema(required = true) @NotNull TaskStatus status,
                                    @Schema(required = true) @NotNull Long version) {
    }

    @Schema(name = "CommitteeTask")
    public record TaskResponse(long id, String title, @Schema(nullable = true) String owner,
                               @Schema(nullable = true) LocalDate deadline, TaskStatus status, boolean overdue, long version) {
    }

    @Schema(name = "CommitteeTargetRequest", description = "A target on a figure of the annual review.")
    public record TargetRequest(
            @Schema(required = true, examples = "regulations.share") @NotBlank @Size(max = 128) String figureKey,
            @Schema(required = true) @NotNull TargetComparator comparator,
            @Schema(required = true, description = "A share is a fraction from 0 to 1.", examples = "1") @NotNull BigDecimal threshold,
            @Schema(description = "One unit of the committee's subtree; default: the whole subtree.") Long unitId,
            @Size(max = 500) @Pattern(regexp = NO_CONTROL_CHARS) String label) {
    }

    @Schema(name = "CommitteeTarget", description = "A target and its progress, computed from the records now.")
    public record TargetResponse(long id, String figureKey, String figureLabel, FigureKind figureKind,
                                 @Schema(nullable = true) String label, TargetComparator comparator,
                                 BigDecimal threshold, UnitRef unit,
                                 @Schema(type = SchemaType.NUMBER, nullable = true, description = "The figure so far in the year.") Number value,
                                 @Schema(type = SchemaType.NUMBER, nullable = true, description = "The figure projected to the year's end at the pace so far.") Number projected,
                                 TargetStatus status,
                                 @Schema(description = "The day the progress was computed for.") LocalDate asOf) {
    }

    @Schema(name = "CommitteePlan")
    public record PlanResponse(long id, long committeeId, int year, String theme, List<TaskResponse> tasks,
                               List<TargetResponse> targets, long version) {
    }

    // Meetings and conclusions

    @Schema(name = "CommitteeConclusionRequest", description = "DECISION: text. TASK: text, owner, unitId, deadline; with "
            + "shortcomingId it is that shortcoming's remedy. SHORTCOMING: text plus the shortcoming's kind, units and causes.")
    public record ConclusionRequest(
            @Schema(required = true) @NotNull ConclusionKind kind,
            @Schema(required = true) @NotBlank @Size(max = 5000) String text,
            @Size(max = 500) @Pattern(regexp = NO_CONTROL_CHARS) String owner,
            Long unitId,
            LocalDate deadline,
            @Schema(description = "TASK: the shortcoming it remedies.") Long shortcomingId,
            @Schema(description = "SHORTCOMING: its kind.") ShortcomingKind shortcomingKind,
            @Schema(description = "SHORTCOMING: the units concerned.") List<Long> unitIds,
            @Size(max = 5000) String subjectiveCauses,
            @Size(max = 5000) String objectiveCauses) {
    }

    @Schema(name = "CommitteeMeetingRequest")
    public record MeetingRequest(
            @Schema(required = true) @NotNull MeetingKind kind,
            @Schema(required = true) @NotNull LocalDate date,
            @Schema(required = true) @NotBlank @Size(max = 500) @Pattern(regexp = NO_CONTROL_CHARS) String title,
            @Size(max = 10000) String agenda,
            @Size(max = 200000) String minutes,
            @Schema(description = "Members of the committee who attended.") List<Long> attendeeIds,
            List<@Valid ConclusionRequest> conclusions) {
    }

    @Schema(name = "CommitteeConclusion")
    public record ConclusionResponse(long id, ConclusionKind kind, String text, @Schema(nullable = true) String owner,
                                     @Schema(nullable = true) UnitRef unit, @Schema(nullable = true) LocalDate deadline,
                                     @Schema(nullable = true) TaskStatus status,
                                     @Schema(nullable = true) Long shortcomingId, @Schema(nullable = true) Long remedyId) {
    }

    @Schema(name = "CommitteeMeeting")
    public record MeetingResponse(long id, long committeeId, MeetingKind kind, LocalDate date, String title,
                                  @Schema(nullable = true) String agenda, @Schema(nullable = true) String minutes,
                                  List<MemberRef> attendees, List<ConclusionResponse> conclusions, long version) {
    }

    @Schema(name = "CommitteeMemberRef")
    public record MemberRef(long id, String fullName, CommitteeRole role) {
    }

    // Shortcomings and remedies

    @Schema(name = "ShortcomingRequest")
    public record ShortcomingRequest(
            @Schema(required = true, description = "The review year that named it.") @NotNull Integer year,
            @Schema(required = true) @NotNull ShortcomingKind kind,
            @Schema(required = true) @NotBlank @Size(max = 5000) String description,
            @Size(max = 5000) String subjectiveCauses,
            @Size(max = 5000) String objectiveCauses,
            @Schema(description = "The units concerned: inside the committee's subtree.") List<Long> unitIds) {
    }

    @Schema(name = "RemedyRequest")
    public record RemedyRequest(
            @Schema(required = true) @NotBlank @Size(max = 1000) @Pattern(regexp = NO_CONTROL_CHARS) String action,
            @Schema(required = true) @NotNull Long ownerUnitId,
            @Schema(required = true) @NotNull LocalDate deadline) {
    }

    @Schema(name = "RemedyCompleteRequest", description = "The remedy is done: the evidence that it was, and when.")
    public record RemedyCompleteRequest(
            @Schema(required = true) @NotBlank @Size(max = 5000) String evidence,
            @Schema(description = "Default: today.") LocalDate doneOn,
            @Schema(required = true) @NotNull Long version) {
    }

    @Schema(name = "Remedy")
    public record RemedyResponse(long id, long shortcomingId, String action, UnitRef ownerUnit, LocalDate deadline,
                                 TaskStatus status, @Schema(nullable = true) String evidence,
                                 @Schema(nullable = true) LocalDate doneOn,
                                 @Schema(description = "Past its deadline and not done (as of today).") boolean overdue,
                                 List<String> allowedOperations, long version) {
    }

    @Schema(name = "Shortcoming")
    public record ShortcomingResponse(long id, long committeeId, int year, ShortcomingKind kind, String kindLabel,
                                      String description, @Schema(nullable = true) String subjectiveCauses,
                                      @Schema(nullable = true) String objectiveCauses, List<UnitRef> units,
                                      @Schema(nullable = true) Long meetingId, List<RemedyResponse> remedies,
                                      @Schema(description = "Every remedy done (and at least one recorded).") boolean remedied,
                                      long version) {
    }

    @Schema(name = "CommitteeVersionRequest")
    public record VersionRequest(@Schema(required = true) @NotNull Long version) {
    }
}

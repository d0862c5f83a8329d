package vn.coso.boards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.boards.BoardEnums.BudgetSource;
import vn.coso.boards.BoardEnums.MemberRole;
import vn.coso.boards.BoardEnums.ProjectStage;
import vn.coso.common.rights.DemocracyRight;
import vn.coso.common.validation.PlausibleDate;
import vn.coso.common.validation.TextPatterns;
import vn.coso.units.UnitDtos.UnitRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of the Boards API. */
public final class BoardDtos {

    private BoardDtos() {
    }

    @Schema(name = "BoardRequest", description = "A board as set up or replaced (`version` only when replacing).")
    public record BoardRequest(
            @Schema(description = "The unit whose board it is; the board belongs to its scope.", required = true)
            @NotNull
            Long unitId,
            @Schema(description = "PEOPLES_INSPECTION for a commune, public service unit or enterprise; "
                    + "COMMUNITY_INVESTMENT_SUPERVISION for a commune, with a term starting before 2025-07-01; "
                    + "FATHERLAND_FRONT for the province, a district, a commune or a mass organisation.", required = true)
            @NotNull
            BoardKind kind,
            @Schema(examples = "Ban Thanh tra nhân dân phường Bạch Đằng", required = true)
            @NotBlank @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String name,
            @Schema(examples = "2024-03-15", required = true)
            @NotNull @PlausibleDate
            LocalDate termFrom,
            @Schema(examples = "2026-12-31")
            @PlausibleDate
            LocalDate termTo,
            @Schema(description = "The meeting or decision that set it up.", examples = "Hội nghị đại biểu Nhân dân phường ngày 15/3/2024")
            @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String electedAt,
            @Schema(description = "When replacing: the version read; a stale one answers 409.")
            Long version) {
    }

    @Schema(name = "Board")
    public record BoardResponse(
            @Schema(required = true) long id,
            @Schema(required = true) UnitRef unit,
            @Schema(required = true) BoardKind kind,
            @Schema(required = true) String name,
            @Schema(required = true) LocalDate termFrom,
            @Schema(nullable = true) LocalDate termTo,
            @Schema(nullable = true) String electedAt,
            @Schema(required = true, description = "Members serving today.") long serving,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, description = "What you may do with it now: `update`, `add-member`, `record-activity`.")
            List<BoardAction> allowedActions) {
    }

    @Schema(name = "BoardMemberRequest")
    public record MemberRequest(
            @Schema(required = true, examples = "Nguyễn Thị Hoa")
            @NotBlank @Size(max = 200) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String fullName,
            @Schema(required = true) @NotNull
            MemberRole role,
            @Schema(required = true) @NotNull @PlausibleDate
            LocalDate since,
            @PlausibleDate
            LocalDate until,
            @Schema(description = "The meeting that elected the member.", examples = "Hội nghị tổ dân phố số 3 ngày 10/3/2024")
            @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String electedAt,
            @Schema(description = "When changing a member: the version read.")
            Long version) {
    }

    @Schema(name = "BoardMember")
    public record MemberResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long boardId,
            @Schema(required = true) String fullName,
            @Schema(required = true) MemberRole role,
            @Schema(required = true) LocalDate since,
            @Schema(nullable = true) LocalDate until,
            @Schema(nullable = true) String electedAt,
            @Schema(required = true) long version) {
    }

    @Schema(name = "BoardActivityRequest", description = "An inspection, supervision, investment supervision or social "
            + "critique (`version` only when replacing).")
    public record ActivityRequest(
            @Schema(description = "Which kinds the board does depends on its kind and the day.", required = true)
            @NotNull
            ActivityKind kind,
            @Schema(required = true, examples = "Việc thu, chi các khoản đóng góp xây dựng nhà văn hóa khu 5")
            @NotBlank @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String subject,
            @Size(max = 4000) @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String content,
            @Schema(required = true) @NotNull @PlausibleDate
            LocalDate startedOn,
            @PlausibleDate
            LocalDate endedOn,
            @Size(max = 4000) @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String findings,
            @Schema(description = "INVESTMENT_SUPERVISION only, and required there.")
            @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String projectName,
            @Schema(description = "INVESTMENT_SUPERVISION only.")
            @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String projectInvestor,
            @Schema(description = "INVESTMENT_SUPERVISION only.")
            BudgetSource budgetSource,
            @Schema(description = "INVESTMENT_SUPERVISION only.")
            ProjectStage projectStage,
            @Schema(description = "SOCIAL_CRITIQUE only: the consultation whose draft it answers (one you can see).")
            Long consultationId,
            @Schema(description = "When replacing: the version read.")
            Long version) {
    }

    @Schema(name = "BoardActivity")
    public record ActivityResponse(
            @Schema(required = true) long id,
            @Schema(required = true) long boardId,
            @Schema(required = true) BoardKind boardKind,
            @Schema(required = true) UnitRef unit,
            @Schema(required = true) ActivityKind kind,
            @Schema(required = true) String subject,
            @Schema(nullable = true) String content,
            @Schema(required = true) LocalDate startedOn,
            @Schema(nullable = true) LocalDate endedOn,
            @Schema(nullable = true) String findings,
            @Schema(nullable = true) String projectName,
            @Schema(nullable = true) String projectInvestor,
            @Schema(nullable = true) BudgetSource budgetSource,
            @Schema(nullable = true) ProjectStage projectStage,
            @Schema(nullable = true) Long consultationId,
            @Schema(nullable = true) String consultationTitle,
            @Schema(required = true) List<RecommendationResponse> recommendations,
            @Schema(required = true, description = "The democracy rights this record realises.") List<DemocracyRight> rights,
            @Schema(required = true) long version) {
    }

    @Schema(name = "BoardRecommendationRequest")
    public record RecommendationRequest(
            @Schema(required = true)
            @NotBlank @Size(max = 2000) @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String content,
            @Schema(description = "The unit concerned; in your scope.", required = true) @NotNull
            Long addressedToId,
            @Schema(required = true) @NotNull @PlausibleDate
            LocalDate dueOn) {
    }

    @Schema(name = "BoardRecommendationAnswer", description = "The answer of the unit concerned.")
    public record AnswerRequest(
            @Schema(required = true)
            @NotBlank @Size(max = 4000) @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String answer,
            @Schema(required = true) @NotNull @PlausibleDate
            LocalDate answeredOn,
            @Schema(required = true) @NotNull
            Long version) {
    }

    @Schema(name = "BoardRecommendation")
    public record RecommendationResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String content,
            @Schema(required = true) UnitRef addressedTo,
            @Schema(required = true) LocalDate dueOn,
            @Schema(nullable = true) String answer,
            @Schema(nullable = true) LocalDate answeredOn,
            @Schema(required = true, description = "Past its due day without an answer.") boolean overdue,
            @Schema(required = true) long version) {
    }
}

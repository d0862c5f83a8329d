package vn.coso.regulations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.units.UnitDtos.UnitRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.coso.common.validation.TextPatterns;

public final class RegulationDtos {

    static final String NO_CONTROL_CHARS = TextPatterns.SINGLE_LINE;
    static final String NO_CONTROL_MESSAGE = TextPatterns.SINGLE_LINE_MESSAGE;
    static final String CONSULTATION_DESCRIPTION = "The consultation on its draft that preceded it: a published or "
            + "concluded consultation of the same unit.";

    private RegulationDtos() {
    }

    @Schema(name = "RegulationRequest", description = "A regulation as recorded. Status moves later through the "
            + "operations submit-for-consultation, issue and repeal.")
    public record RegulationRequest(
            @Schema(required = true) @NotNull Long unitId,
            @Schema(description = "Defaults to CONVENTION for a village and REGULATION otherwise; must fit the unit.")
            RegulationKind kind,
            @Schema(examples = "25/QĐ-UBND") @Size(max = 64) @Pattern(regexp = NO_CONTROL_CHARS, message = NO_CONTROL_MESSAGE)
            String number,
            @Schema(required = true, examples = "Quy chế thực hiện dân chủ ở cơ sở phường Bạch Đằng")
            @NotBlank @Size(max = 500) @Pattern(regexp = NO_CONTROL_CHARS, message = NO_CONTROL_MESSAGE)
            String title,
            LocalDate issueDate,
            @Schema(description = "DRAFTING (default), IN_CONSULTATION, or ISSUED to record one already in force "
                    + "(then number and issueDate are required).")
            RegulationStatus status,
            @Schema(description = "The regulation of the same unit that this one replaces; it becomes REVISED when this one "
                    + "is issued. To revise a regulation in force, prefer POST /regulations/{id}/revise, which its "
                    + "`allowedActions` offer; `replacesId` here stays for recording a replacement as it happened "
                    + "(e.g. a draft replacing another draft).")
            Long replacesId,
            @Schema(description = CONSULTATION_DESCRIPTION)
            Long consultationId) {
    }

    @Schema(name = "RegulationRevisionRequest", description = "The new version of a regulation in force (dự thảo sửa đổi, "
            + "thay thế): of the same unit and kind; the one in force becomes REVISED when this one is issued.")
    public record RevisionRequest(
            @Schema(examples = "26/QĐ-UBND") @Size(max = 64) @Pattern(regexp = NO_CONTROL_CHARS, message = NO_CONTROL_MESSAGE)
            String number,
            @Schema(required = true, examples = "Quy chế thực hiện dân chủ ở cơ sở phường Bạch Đằng (sửa đổi)")
            @NotBlank @Size(max = 500) @Pattern(regexp = NO_CONTROL_CHARS, message = NO_CONTROL_MESSAGE)
            String title,
            LocalDate issueDate,
            @Schema(description = "DRAFTING (default), IN_CONSULTATION, or ISSUED to record one already in force "
                    + "(then number and issueDate are required, and the one it replaces becomes REVISED at once).")
            RegulationStatus status,
            @Schema(description = CONSULTATION_DESCRIPTION)
            Long consultationId,
            @Schema(required = true, description = "The version of the regulation in force that was read.")
            @NotNull Long version) {
    }

    @Schema(name = "RegulationUpdateRequest", description = "Corrections to a regulation's text fields.")
    public record RegulationUpdateRequest(
            @Size(max = 64) @Pattern(regexp = NO_CONTROL_CHARS, message = NO_CONTROL_MESSAGE) String number,
            @Schema(required = true) @NotBlank @Size(max = 500)
            @Pattern(regexp = NO_CONTROL_CHARS, message = NO_CONTROL_MESSAGE) String title,
            LocalDate issueDate,
            @Schema(description = CONSULTATION_DESCRIPTION + " Omitted or null removes the link.")
            Long consultationId,
            @Schema(required = true) @NotNull Long version) {
    }

    @Schema(name = "RegulationIssueRequest")
    public record IssueRequest(
            @Schema(required = true) @NotBlank @Size(max = 64)
            @Pattern(regexp = NO_CONTROL_CHARS, message = NO_CONTROL_MESSAGE) String number,
            @Schema(required = true) @NotNull LocalDate issueDate,
            @Schema(required = true) @NotNull Long version) {
    }

    @Schema(name = "VersionedRequest", description = "The version of the record that was read.")
    public record VersionRequest(@Schema(required = true) @NotNull Long version) {
    }

    @Schema(name = "Regulation")
    public record RegulationResponse(
            long id, UnitRef unit, RegulationKind kind,
            @Schema(nullable = true) String number, String title,
            @Schema(nullable = true) LocalDate issueDate, RegulationStatus status,
            @Schema(description = "Issued and not replaced or repealed.") boolean inForce,
            @Schema(nullable = true) Long replacesId,
            @Schema(nullable = true, description = "The consultation that preceded it.") Long consultationId,
            long version, Instant createdAt, Instant updatedAt,
            @Schema(required = true, description = "What you may do with it now: `update` (PUT), `delete`, or POST "
                    + "/regulations/{id}/<action>.")
            List<RegulationActions.Action> allowedActions) {
    }

    @Schema(name = "RegulationCoverage", description = "Share of the units that must have a regulation (every active "
            + "unit but the province; villages with a convention) that have one in force, in a unit's subtree.")
    public record CoverageResponse(
            UnitRef unit,
            @Schema(description = "Active units in the subtree that must have a regulation.") long requiredUnits,
            @Schema(description = "Of those, units with an issued regulation (or convention) in force.") long unitsWithRegulation,
            @Schema(description = "unitsWithRegulation / requiredUnits, from 0 to 1; 1 when no unit is required.") double share,
            @Schema(description = "A page of the units that lack one, in tree order.") List<UnitRef> missing,
            long missingTotal) {
    }
}

package vn.coso.units;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import vn.coso.common.validation.PlausibleDate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.coso.common.validation.TextPatterns;

/** Request and response bodies of the Units API. */
public final class UnitDtos {

    static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$";
    static final String TAX_CODE_PATTERN = "^[0-9]{10}(-[0-9]{3})?$";
    static final String NO_CONTROL_CHARS = TextPatterns.SINGLE_LINE;

    private UnitDtos() {
    }

    @Schema(name = "UnitRequest", description = "A unit as created or replaced.")
    public record UnitRequest(
            @Schema(description = "Stable unique code; official administrative codes keep their leading zeros.",
                    examples = "06694", required = true)
            @NotBlank @Pattern(regexp = CODE_PATTERN,
                    message = "{coso.validation.code}")
            String code,
            @Schema(examples = "Phường Bạch Đằng", required = true)
            @NotBlank @Size(max = 255) @Pattern(regexp = NO_CONTROL_CHARS, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String name,
            @Schema(required = true)
            @NotNull
            UnitType type,
            @Schema(description = "The managing unit; null only for the province.")
            Long parentId,
            @Schema(description = "Enterprise tax code (mã số thuế): 10 digits, or 10 digits-3 digits for a branch.",
                    examples = "5700100256")
            @Pattern(regexp = TAX_CODE_PATTERN, message = "{coso.validation.tax-code}")
            String taxCode,
            @Size(max = 500) @Pattern(regexp = NO_CONTROL_CHARS, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String address,
            @Schema(description = "Number of staff, workers or residents the unit counts.")
            @PositiveOrZero @Max(100_000_000)
            Integer headCount,
            @Schema(description = "False once the unit stops working; defaults to true. A unit closed by a "
                    + "reorganisation keeps `active` and gets a `validTo` instead.")
            Boolean active,
            @Schema(description = "The first day the unit exists; defaults to today on creation. Records dated "
                    + "before it are refused.", format = "date", examples = "2025-07-01")
            @PlausibleDate
            LocalDate validFrom) {

        public UnitRequest(String code, String name, UnitType type, Long parentId, String taxCode, String address,
                           Integer headCount, Boolean active) {
            this(code, name, type, parentId, taxCode, address, headCount, active, null);
        }
    }

    @Schema(name = "UnitUpdateRequest", description = "A unit as replaced, with the version that was read.")
    public record UnitUpdateRequest(
            @NotBlank @Pattern(regexp = CODE_PATTERN,
                    message = "{coso.validation.code}")
            @Schema(required = true)
            String code,
            @NotBlank @Size(max = 255) @Pattern(regexp = NO_CONTROL_CHARS, message = TextPatterns.SINGLE_LINE_MESSAGE)
            @Schema(required = true)
            String name,
            @NotNull @Schema(required = true)
            UnitType type,
            Long parentId,
            @Pattern(regexp = TAX_CODE_PATTERN, message = "{coso.validation.tax-code}")
            String taxCode,
            @Size(max = 500) @Pattern(regexp = NO_CONTROL_CHARS, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String address,
            @PositiveOrZero @Max(100_000_000)
            Integer headCount,
            Boolean active,
            @Schema(description = "The first day the unit exists; unchanged when absent.", format = "date")
            @PlausibleDate
            LocalDate validFrom,
            @Schema(description = "The version this change is based on; a stale one answers 409.", required = true)
            @NotNull
            Long version) {

        UnitRequest fields() {
            return new UnitRequest(code, name, type, parentId, taxCode, address, headCount, active, validFrom);
        }
    }

    @Schema(name = "Unit")
    public record UnitResponse(
            @Schema(required = true) long id,
            String code,
            String name,
            UnitType type,
            @Schema(nullable = true, description = "Null for the province.") Long parentId,
            @Schema(nullable = true) String parentName,
            @Schema(nullable = true) String taxCode,
            @Schema(nullable = true) String address,
            @Schema(nullable = true) Integer headCount,
            boolean active,
            @Schema(description = "Number of units directly under this one.")
            long childCount,
            @Schema(description = "Whether the unit has an issued democracy regulation (a village: a convention) in force.")
            boolean hasRegulationInForce,
            @Schema(nullable = true, format = "date", description = "The first day the unit exists; null: since before Coso's records.")
            LocalDate validFrom,
            @Schema(nullable = true, format = "date", description = "The last day the unit exists; null while it exists.")
            LocalDate validTo,
            @Schema(description = "Whether the unit was closed (merged, divided or dissolved) before today. "
                    + "A closed unit keeps its records; see its lineage.")
            boolean closed,
            long version,
            Instant createdAt,
            Instant updatedAt) {
    }

    @Schema(name = "UnitRef", description = "A unit named in another record.")
    public record UnitRef(long id, String code, String name, UnitType type) {
    }

    @Schema(name = "PublicUnit", description = "A unit as the public portal lists it, to say what a feedback is about.")
    public record PublicUnit(long id, String code, String name, UnitType type,
                             @Schema(nullable = true, description = "The unit above it, to tell same-named units apart.")
                             String parentName) {
    }

    @Schema(name = "UnitTreeNode", description = "A unit with the units below it, as they stood on the tree's date.")
    public record UnitTreeNode(long id, String code, String name, UnitType type, boolean active,
                               @Schema(nullable = true, format = "date") LocalDate validFrom,
                               @Schema(nullable = true, format = "date") LocalDate validTo,
                               List<UnitTreeNode> children) {
    }

    @Schema(name = "UnitLineageEvent", description = "One event of a unit's lineage: where it came from or went into.")
    public record LineageEvent(
            LineageKind kind,
            @Schema(format = "date") LocalDate effectiveDate,
            @Schema(nullable = true, description = "The unit the event starts from (null when a unit is established from nothing).")
            UnitRef from,
            @Schema(nullable = true, description = "The unit it leads to (null for a dissolution without successor).")
            UnitRef to,
            @Schema(description = "For a unit divided between several: whether this is its primary successor, "
                    + "which its records, staff and villages follow.")
            boolean primary,
            @Schema(nullable = true) Long reorganisationId,
            @Schema(nullable = true, examples = "1679/NQ-UBTVQH15") String legalBasisNumber,
            @Schema(nullable = true, format = "date") LocalDate legalBasisDate) {
    }
}

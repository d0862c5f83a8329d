package vn.coso.reorganisations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.validation.PlausibleDate;
import vn.coso.units.LineageKind;
import vn.coso.units.UnitType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Request and response bodies of the Reorganisations API. */
public final class ReorganisationDtos {

    private ReorganisationDtos() {
    }

    @Schema(name = "ReorganisationPlan", description = "A reorganisation of the unit tree, applied at once on its "
            + "effective date. Old units are named by the code they hold on the day before it; new units by their new code.")
    public record Plan(
            @Schema(required = true, format = "date", examples = "2025-07-01") @NotNull @PlausibleDate
            LocalDate effectiveDate,
            @Schema(required = true, examples = "1679/NQ-UBTVQH15") @NotBlank @Size(max = 100)
            String legalBasisNumber,
            @Schema(nullable = true, format = "date", examples = "2025-06-16") @PlausibleDate
            LocalDate legalBasisDate,
            @Schema(nullable = true) @Size(max = 500) String title,
            @Schema(description = "Units formed by the reorganisation, each with the old units it is formed from.")
            List<@Valid @NotNull NewUnit> newUnits,
            @Schema(description = "Old units merged whole into a unit that lives on (or into a new unit).")
            List<@Valid @NotNull Merge> merges,
            @Schema(description = "For each old unit divided between several successors: its primary successor "
                    + "(old code → successor code), which its records, staff and remaining units follow.")
            Map<String, String> primarySuccessors,
            @Schema(description = "Where units under a closing unit go (their code → successor code); by default to "
                    + "the closing unit's primary successor, or the province for a dissolution without one.")
            Map<String, String> destinations,
            @Schema(description = "Units that live on under another parent.")
            List<@Valid @NotNull Move> moves,
            @Schema(description = "Units dissolved without being merged (a district in 2025).")
            List<@Valid @NotNull Dissolution> dissolutions,
            @Schema(description = "Units that live on with another name or type (Xã became Phường).")
            List<@Valid @NotNull Change> changes,
            @Schema(nullable = true, description = "Confirms the staff accounts whose scope the preview says would change.")
            Boolean confirmScopeChanges) {

        public List<NewUnit> newUnitsOrEmpty() {
            return newUnits == null ? List.of() : newUnits;
        }

        public List<Merge> mergesOrEmpty() {
            return merges == null ? List.of() : merges;
        }

        public List<Move> movesOrEmpty() {
            return moves == null ? List.of() : moves;
        }

        public List<Dissolution> dissolutionsOrEmpty() {
            return dissolutions == null ? List.of() : dissolutions;
        }

        public List<Change> changesOrEmpty() {
            return changes == null ? List.of() : changes;
        }

        public Map<String, String> primarySuccessorsOrEmpty() {
            return primarySuccessors == null ? Map.of() : primarySuccessors;
        }

        public Map<String, String> destinationsOrEmpty() {
            return destinations == null ? Map.of() : destinations;
        }
    }

    @Schema(name = "ReorganisationNewUnit")
    public record NewUnit(
            @Schema(required = true, examples = "06685") @NotBlank @Size(max = 32) String code,
            @Schema(required = true, examples = "Phường Hồng Gai") @NotBlank @Size(max = 255) String name,
            @Schema(required = true) @NotNull UnitType type,
            @Schema(required = true, examples = "22") @NotBlank String parentCode,
            @Schema(description = "Codes of the old units it is formed from (whole or in part).", examples = "[\"06685\",\"06691\",\"06694\"]")
            List<@NotBlank String> mergedFrom) {
    }

    @Schema(name = "ReorganisationMerge")
    public record Merge(@NotBlank String code, @NotBlank String intoCode) {
    }

    @Schema(name = "ReorganisationMove")
    public record Move(@NotBlank String code, @NotBlank String parentCode) {
    }

    @Schema(name = "ReorganisationDissolution")
    public record Dissolution(@NotBlank String code,
                              @Schema(nullable = true, description = "Who takes its units; default the province.")
                              String successorCode) {
    }

    @Schema(name = "ReorganisationChange")
    public record Change(@NotBlank String code,
                         @Size(max = 255) String name,
                         UnitType type) {
    }

    @Schema(name = "ReorganisationPreview", description = "What a plan does (dry run) or did (applied).")
    public record Preview(
            boolean applied,
            @Schema(nullable = true) Long reorganisationId,
            LocalDate effectiveDate,
            List<CreatedUnit> created,
            List<ClosedUnit> closed,
            List<MovedUnit> moved,
            List<ChangedUnit> changed,
            @Schema(description = "Staff accounts whose scope changes: CODE_TAKEN_OVER (their code now names a new, "
                    + "larger unit) or CODE_NO_LONGER_HELD (their unit closed; they keep its own subtree).")
            List<AffectedAccount> accounts,
            @Schema(description = "Records that follow their closing unit: party organisations merged into the "
                    + "successor's (CREATED for a successor that has none), dissolved with their unit, or placed under "
                    + "another parent (REPARENTED). They keep the unit they belong to.")
            List<FollowingRecord> followingRecords) {

        Preview withFollowing(List<FollowingRecord> following) {
            return new Preview(applied, reorganisationId, effectiveDate, created, closed, moved, changed, accounts,
                    following);
        }
    }

    @Schema(name = "ReorganisationFollowingRecord")
    public record FollowingRecord(
            @Schema(examples = "party-organization") String recordType,
            @Schema(nullable = true, description = "Null for a record the dry run would create.") Long id,
            String code,
            String name,
            @Schema(description = "CREATED, MERGED, DISSOLVED or REPARENTED.") String action,
            @Schema(nullable = true) String fromUnitCode,
            @Schema(nullable = true) String toUnitCode,
            @Schema(nullable = true) String fromParentCode,
            @Schema(nullable = true) String toParentCode,
            @Schema(nullable = true, description = "The record a MERGED one went into.") String intoCode) {
    }

    @Schema(name = "ReorganisationCreatedUnit")
    public record CreatedUnit(@Schema(nullable = true) Long id, String code, String name, UnitType type, String parentCode,
                              List<String> mergedFrom) {
    }

    @Schema(name = "ReorganisationClosedUnit")
    public record ClosedUnit(long id, String code, String name, UnitType type, LineageKind kind,
                             @Schema(nullable = true) String primarySuccessorCode, List<String> successorCodes,
                             @Schema(description = "Records that name the unit (they stay on it and count under its successor).")
                             long records,
                             @Schema(description = "Staff accounts on its code.") List<String> accounts) {
    }

    @Schema(name = "ReorganisationMovedUnit")
    public record MovedUnit(long id, String code, String name, UnitType type, @Schema(nullable = true) String fromParentCode,
                            String toParentCode,
                            @Schema(description = "True when the plan did not name it and it follows its closing parent's primary successor.")
                            boolean byDefault) {
    }

    @Schema(name = "ReorganisationChangedUnit")
    public record ChangedUnit(long id, String code, String oldName, String newName, UnitType oldType, UnitType newType) {
    }

    @Schema(name = "ReorganisationAffectedAccount")
    public record AffectedAccount(String username, String unitCode, String change,
                                  @Schema(nullable = true) String successorCode) {
    }

    @Schema(name = "ReorganisationSummary", description = "A reorganisation as applied.")
    public record Summary(long id, LocalDate effectiveDate, String legalBasisNumber,
                          @Schema(nullable = true) LocalDate legalBasisDate, @Schema(nullable = true) String title,
                          @Schema(nullable = true) String appliedBy, java.time.Instant appliedAt) {
    }
}

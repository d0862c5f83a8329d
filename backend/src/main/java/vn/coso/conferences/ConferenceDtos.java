package vn.coso.conferences;

import vn.coso.common.actions.RecordWriteRules;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.rights.DemocracyRight;
import vn.coso.common.validation.PlausibleDate;
import vn.coso.common.validation.TextPatterns;
import vn.coso.units.UnitDtos.UnitRef;

import java.time.Instant;
import java.util.List;
import java.time.LocalDate;

/** Request and response bodies of the Conferences API. */
public final class ConferenceDtos {

    static final int MAX_PARTICIPANTS = 100_000;
    static final int MAX_ITEMS = 50;

    private ConferenceDtos() {
    }

    @Schema(name = "ConferenceRequest", description = "A conference or dialogue as created or replaced.")
    public record ConferenceRequest(
            @Schema(description = "The unit that held it; the conference belongs to its scope.", required = true)
            @NotNull
            Long unitId,
            @Schema(description = "STAFF_CONFERENCE for an AGENCY, PUBLIC_SERVICE_UNIT or COMMUNE; WORKERS_CONFERENCE or "
                    + "WORKPLACE_DIALOGUE for an ENTERPRISE; LEADERS_DIALOGUE for a COMMUNE; VILLAGE_MEETING for a "
                    + "VILLAGE — the unit's type on the conference's date.", required = true)
            @NotNull
            ConferenceKind kind,
            @Schema(examples = "2024-01-25", required = true)
            @NotNull @PlausibleDate
            LocalDate date,
            @Schema(examples = "Hội nghị cán bộ, công chức, viên chức năm 2024", required = true)
            @NotBlank @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String title,
            @Schema(description = "People who took part.", examples = "85", required = true)
            @NotNull @PositiveOrZero @Max(MAX_PARTICIPANTS)
            Integer participants,
            @Schema(description = "The resolutions adopted, as in the minutes; several lines allowed.")
            @Size(max = 4000) @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String resolutions,
            @Schema(description = "VILLAGE_MEETING only, and required there: the households of the village.", examples = "120")
            @Positive @Max(MAX_PARTICIPANTS)
            Integer householdsTotal,
            @Schema(description = "VILLAGE_MEETING only, and required there: the households represented.", examples = "75")
            @PositiveOrZero @Max(MAX_PARTICIPANTS)
            Integer householdsRepresented,
            @Schema(description = "VILLAGE_MEETING only: the items the households decided, in the order of the agenda.")
            @Size(max = MAX_ITEMS)
            List<@Valid @NotNull ItemRequest> items) {
    }

    @Schema(name = "ConferenceItemRequest", description = "An agenda item of a village meeting and how the households voted.")
    public record ItemRequest(
            @Schema(examples = "Đóng góp làm đường bê tông ngõ xóm", required = true)
            @NotBlank @Size(max = 1000) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String title,
            @Schema(required = true) @NotNull
            ConferenceItem.DecidedBy decidedBy,
            @Schema(description = "Households agreeing.", required = true) @NotNull @PositiveOrZero @Max(MAX_PARTICIPANTS)
            Integer votesFor,
            @Schema(description = "Households against.", required = true) @NotNull @PositiveOrZero @Max(MAX_PARTICIPANTS)
            Integer votesAgainst,
            @Schema(description = "Households abstaining.", required = true) @NotNull @PositiveOrZero @Max(MAX_PARTICIPANTS)
            Integer votesAbstain,
            @Schema(description = "What households contribute to carry it out (dân làm); NONE when absent.")
            ConferenceItem.Contribution contribution,
            @Schema(description = "The commune recognised the decision.")
            Boolean recognised,
            @Schema(description = "The day the decided work was completed and handed over (dân thụ hưởng).")
            @PlausibleDate
            LocalDate completedOn) {
    }

    @Schema(name = "ConferenceUpdateRequest", description = "A conference as replaced, with the version that was read.")
    public record ConferenceUpdateRequest(
            @Schema(required = true) @NotNull
            Long unitId,
            @Schema(required = true) @NotNull
            ConferenceKind kind,
            @Schema(required = true) @NotNull @PlausibleDate
            LocalDate date,
            @Schema(required = true)
            @NotBlank @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String title,
            @Schema(required = true) @NotNull @PositiveOrZero @Max(MAX_PARTICIPANTS)
            Integer participants,
            @Size(max = 4000) @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String resolutions,
            @Positive @Max(MAX_PARTICIPANTS)
            Integer householdsTotal,
            @PositiveOrZero @Max(MAX_PARTICIPANTS)
            Integer householdsRepresented,
            @Size(max = MAX_ITEMS)
            List<@Valid @NotNull ItemRequest> items,
            @Schema(description = "The version this change is based on; a stale one answers 409.", required = true)
            @NotNull
            Long version) {

        ConferenceRequest fields() {
            return new ConferenceRequest(unitId, kind, date, title, participants, resolutions, householdsTotal,
                    householdsRepresented, items);
        }
    }

    @Schema(name = "Conference")
    public record ConferenceResponse(
            @Schema(required = true) long id,
            UnitRef unit,
            ConferenceKind kind,
            LocalDate date,
            String title,
            int participants,
            @Schema(nullable = true) String resolutions,
            @Schema(nullable = true, description = "Village meetings: the households of the village.") Integer householdsTotal,
            @Schema(nullable = true, description = "Village meetings: the households represented.") Integer householdsRepresented,
            @Schema(required = true, description = "False for a village meeting with half of the households or fewer: "
                    + "recorded, but none of its items counts as decided. Always true for other kinds.") boolean quorate,
            @Schema(required = true) List<ItemResponse> items,
            @Schema(required = true, description = "The democracy rights this record realises.") List<DemocracyRight> rights,
            long version,
            Instant createdAt,
            Instant updatedAt,
            @Schema(required = true, description = "What you may do with it now: `update` (PUT), `delete`.")
            List<RecordWriteRules.Action> allowedActions) {
    }

    @Schema(name = "ConferenceItem")
    public record ItemResponse(
            @Schema(required = true) String title,
            @Schema(required = true) ConferenceItem.DecidedBy decidedBy,
            @Schema(required = true) int votesFor,
            @Schema(required = true) int votesAgainst,
            @Schema(required = true) int votesAbstain,
            @Schema(required = true) ConferenceItem.Contribution contribution,
            @Schema(required = true) boolean recognised,
            @Schema(nullable = true) LocalDate completedOn,
            @Schema(required = true, description = "The meeting was valid and more than half of all the village's "
                    + "households agreed.") boolean decided) {
    }
}

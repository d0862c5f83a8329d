package vn.coso.conferences;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.validation.PlausibleDate;
import vn.coso.common.validation.TextPatterns;
import vn.coso.units.UnitDtos.UnitRef;

import java.time.Instant;
import java.util.List;
import java.time.LocalDate;

/** Request and response bodies of the Conferences API. */
public final class ConferenceDtos {

    static final int MAX_PARTICIPANTS = 100_000;

    private ConferenceDtos() {
    }

    @Schema(name = "ConferenceRequest", description = "A conference or dialogue as created or replaced.")
    public record ConferenceRequest(
            @Schema(description = "The unit that held it; the conference belongs to its scope.", required = true)
            @NotNull
            Long unitId,
            @Schema(description = "STAFF_CONFERENCE for an AGENCY or PUBLIC_SERVICE_UNIT; WORKERS_CONFERENCE or "
                    + "WORKPLACE_DIALOGUE for an ENTERPRISE.", required = true)
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
            String resolutions) {
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
            @Schema(description = "The version this change is based on; a stale one answers 409.", required = true)
            @NotNull
            Long version) {

        ConferenceRequest fields() {
            return new ConferenceRequest(unitId, kind, date, title, participants, resolutions);
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
            long version,
            Instant createdAt,
            Instant updatedAt,
            @Schema(required = true, description = "What you may do with it now: `update` (PUT), `delete`.")
            List<String> allowedActions) {
    }
}

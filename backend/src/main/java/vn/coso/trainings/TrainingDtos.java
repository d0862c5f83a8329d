package vn.coso.trainings;

import vn.coso.common.actions.RecordWriteRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.validation.PlausibleDate;
import vn.coso.common.validation.TextPatterns;
import vn.coso.party.PartyDtos.PartyOrganizationRef;
import vn.coso.units.UnitDtos.UnitRef;

import java.time.Instant;
import java.util.List;
import java.time.LocalDate;

/** Request and response bodies of the Trainings API. */
public final class TrainingDtos {

    static final int MAX_ATTENDANCES = 100_000;

    private TrainingDtos() {
    }

    @Schema(name = "TrainingRequest", description = "A training class as created or replaced.")
    public record TrainingRequest(
            @Schema(description = "The organising unit; the training belongs to its scope. Leave it out when a "
                    + "party organisation organised the class (or give that organisation's own unit).")
            Long organizerUnitId,
            @Schema(description = "The organising party organisation, e.g. a district party committee; the training "
                    + "belongs to the scope of the organisation's unit. Give this or `organizerUnitId`.")
            Long organizerPartyOrganizationId,
            @Schema(description = "The day the class was held (its first day).", examples = "2024-05-14", required = true)
            @NotNull @PlausibleDate
            LocalDate date,
            @Schema(examples = "Quán triệt Luật Thực hiện dân chủ ở cơ sở năm 2022", required = true)
            @NotBlank @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String topic,
            @Schema(description = "Who the class was for.", examples = "Cán bộ chủ chốt cấp xã")
            @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String audience,
            @Schema(examples = "Trung tâm Chính trị thành phố Hạ Long")
            @Size(max = 255) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String location,
            @Schema(description = "Attendances (lượt người): a person who came to two sessions counts twice.",
                    examples = "120", required = true)
            @NotNull @PositiveOrZero @Max(MAX_ATTENDANCES)
            Integer attendances) {
    }

    @Schema(name = "TrainingUpdateRequest", description = "A training class as replaced, with the version that was read.")
    public record TrainingUpdateRequest(
            @Schema(description = "As in TrainingRequest: this or `organizerPartyOrganizationId`.")
            Long organizerUnitId,
            Long organizerPartyOrganizationId,
            @Schema(required = true) @NotNull @PlausibleDate
            LocalDate date,
            @Schema(required = true)
            @NotBlank @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String topic,
            @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String audience,
            @Size(max = 255) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String location,
            @Schema(required = true) @NotNull @PositiveOrZero @Max(MAX_ATTENDANCES)
            Integer attendances,
            @Schema(description = "The version this change is based on; a stale one answers 409.", required = true)
            @NotNull
            Long version) {

        TrainingRequest fields() {
            return new TrainingRequest(organizerUnitId, organizerPartyOrganizationId, date, topic, audience, location, attendances);
        }
    }

    @Schema(name = "Training")
    public record TrainingResponse(
            @Schema(required = true) long id,
            @Schema(description = "The organising unit or, when a party organisation organised the class, that "
                    + "organisation's unit: the training belongs to this unit's scope.")
            UnitRef organizerUnit,
            @Schema(nullable = true, description = "The organising party organisation, if a party organisation organised it.")
            PartyOrganizationRef organizerPartyOrganization,
            LocalDate date,
            String topic,
            @Schema(nullable = true) String audience,
            @Schema(nullable = true) String location,
            int attendances,
            long version,
            Instant createdAt,
            Instant updatedAt,
            @Schema(required = true, description = "What you may do with it now: `update` (PUT), `delete`.")
            List<RecordWriteRules.Action> allowedActions) {
    }

    @Schema(name = "TrainingSummary", description = "Totals of the trainings that match the filters.")
    public record TrainingSummary(
            @Schema(description = "Number of training classes.") long trainings,
            @Schema(description = "Sum of their attendances.") long attendances) {
    }

    @Schema(name = "TrainingMonth", description = "The totals of one calendar month.")
    public record TrainingMonth(
            @Schema(description = "The year.") int year,
            @Schema(description = "The month, 1 to 12.") int month,
            @Schema(description = "Number of training classes held in the month.") long trainings,
            @Schema(description = "Sum of their attendances.") long attendances) {
    }

    @Schema(name = "TrainingMonths", description = "The totals of the trainings that match the filters, month by month.")
    public record TrainingMonths(
            @Schema(description = "Oldest month first. For a period with both ends (`year`, or `from` and `to` at most "
                    + "ten years apart) every month of it, months without trainings as zeros; otherwise only the "
                    + "months that have trainings.")
            List<TrainingMonth> months) {
    }
}

package vn.coso.modelpractices;

import vn.coso.common.actions.RecordWriteRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.validation.PlausibleYear;
import vn.coso.common.validation.TextPatterns;
import vn.coso.units.UnitDtos.UnitRef;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the Model practices API. */
public final class ModelPracticeDtos {

    static final int MAX_REPLICATIONS = 500;

    private ModelPracticeDtos() {
    }

    @Schema(name = "ModelPracticeRequest", description = "A model practice as created or replaced.")
    public record ModelPracticeRequest(
            @Schema(description = "The unit where it was recognised; the practice belongs to its scope.", required = true)
            @NotNull
            Long unitId,
            @Schema(description = "The year it was recognised.", examples = "2024", required = true)
            @NotNull @PlausibleYear
            Integer year,
            @Schema(examples = "Mô hình \"Dân vận khéo\" trong giải phóng mặt bằng", required = true)
            @NotBlank @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String name,
            @Schema(description = "What the practice is and what it achieved; several lines allowed.")
            @Size(max = 4000) @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String description,
            @Schema(description = "Ids of the other units that replicated it; each must be in your scope, except "
                    + "those already listed when you read it. Repeated ids count once.")
            @Size(max = MAX_REPLICATIONS)
            List<Long> replicatedIn) {
    }

    @Schema(name = "ModelPracticeUpdateRequest", description = "A model practice as replaced, with the version that was read.")
    public record ModelPracticeUpdateRequest(
            @Schema(required = true) @NotNull
            Long unitId,
            @Schema(required = true) @NotNull @PlausibleYear
            Integer year,
            @Schema(required = true)
            @NotBlank @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String name,
            @Size(max = 4000) @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String description,
            @Schema(description = "The whole list: units left out are no longer listed.")
            @Size(max = MAX_REPLICATIONS)
            List<Long> replicatedIn,
            @Schema(description = "The version this change is based on; a stale one answers 409.", required = true)
            @NotNull
            Long version) {

        ModelPracticeRequest fields() {
            return new ModelPracticeRequest(unitId, year, name, description, replicatedIn);
        }
    }

    @Schema(name = "ModelPractice")
    public record ModelPracticeResponse(
            @Schema(required = true) long id,
            UnitRef unit,
            @Schema(description = "The year it was recognised.") int year,
            String name,
            @Schema(nullable = true) String description,
            @Schema(description = "The units that replicated it, by name.") List<UnitRef> replicatedIn,
            long version,
            Instant createdAt,
            Instant updatedAt,
            @Schema(required = true, description = "What you may do with it now: `update` (PUT), `delete`.")
            List<RecordWriteRules.Action> allowedActions) {
    }
}

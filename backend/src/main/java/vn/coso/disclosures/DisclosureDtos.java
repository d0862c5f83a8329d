package vn.coso.disclosures;

import vn.coso.common.actions.RecordWriteRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.rights.DemocracyRight;
import vn.coso.common.validation.PlausibleDate;
import vn.coso.common.validation.TextPatterns;
import vn.coso.units.UnitDtos.UnitRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Request and response bodies of the Disclosures API. */
public final class DisclosureDtos {

    private DisclosureDtos() {
    }

    @Schema(name = "DisclosureRequest", description = "A public disclosure as recorded or replaced.")
    public record DisclosureRequest(
            @Schema(description = "The unit that made it public; the disclosure belongs to its scope.", required = true)
            @NotNull
            Long unitId,
            @Schema(required = true) @NotNull
            DisclosureCategory category,
            @Schema(examples = "Công khai dự toán ngân sách xã năm 2025", required = true)
            @NotBlank @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String title,
            @Schema(description = "What was made public; several lines allowed.")
            @Size(max = 4000) @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String content,
            @Schema(description = "How it was made public: one form or more.", required = true)
            @NotEmpty @Size(max = 5)
            Set<@NotNull DisclosureForm> forms,
            @Schema(examples = "2025-01-10", required = true)
            @NotNull @PlausibleDate
            LocalDate postedOn,
            @Schema(description = "The last day it stayed posted; not before postedOn.", examples = "2025-02-10")
            @PlausibleDate
            LocalDate postedUntil,
            @Schema(description = "Where it was posted.", examples = "Trụ sở UBND xã, nhà văn hóa các thôn")
            @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String place,
            @Schema(description = "An http(s) address where it can be read.", examples = "https://quangninh.gov.vn/cong-khai")
            @Size(max = 1000)
            String link) {
    }

    @Schema(name = "DisclosureUpdateRequest", description = "A disclosure as replaced, with the version that was read.")
    public record DisclosureUpdateRequest(
            @Schema(required = true) @NotNull
            Long unitId,
            @Schema(required = true) @NotNull
            DisclosureCategory category,
            @Schema(required = true)
            @NotBlank @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String title,
            @Size(max = 4000) @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String content,
            @Schema(required = true) @NotEmpty @Size(max = 5)
            Set<@NotNull DisclosureForm> forms,
            @Schema(required = true) @NotNull @PlausibleDate
            LocalDate postedOn,
            @PlausibleDate
            LocalDate postedUntil,
            @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String place,
            @Size(max = 1000)
            String link,
            @Schema(description = "The version this change is based on; a stale one answers 409.", required = true)
            @NotNull
            Long version) {

        DisclosureRequest fields() {
            return new DisclosureRequest(unitId, category, title, content, forms, postedOn, postedUntil, place, link);
        }
    }

    @Schema(name = "Disclosure")
    public record DisclosureResponse(
            @Schema(required = true) long id,
            @Schema(required = true) UnitRef unit,
            @Schema(required = true) DisclosureCategory category,
            @Schema(required = true) String title,
            @Schema(nullable = true) String content,
            @Schema(required = true) List<DisclosureForm> forms,
            @Schema(required = true) LocalDate postedOn,
            @Schema(nullable = true) LocalDate postedUntil,
            @Schema(nullable = true) String place,
            @Schema(nullable = true) String link,
            @Schema(required = true, description = "The democracy rights this record realises: KNOW, and BENEFIT for a "
                    + "policy for beneficiaries.") List<DemocracyRight> rights,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt,
            @Schema(required = true, description = "What you may do with it now: `update` (PUT), `delete`.")
            List<RecordWriteRules.Action> allowedActions) {
    }
}

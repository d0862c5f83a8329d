package vn.coso.documents;

import vn.coso.common.actions.RecordWriteRules;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.validation.PlausibleDate;
import vn.coso.common.validation.TextPatterns;
import vn.coso.party.PartyDtos.PartyOrganizationRef;
import vn.coso.units.UnitDtos.UnitRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Request and response bodies of the Documents API. */
public final class DocumentDtos {

    /**
     * "35-NQ/TU", "1234/QĐ-UBND", "12/2024/NĐ-CP": letters, digits, spaces, '.', '/', '_' and '-';
     * spaces pasted around it are trimmed.
     */
    static final String NUMBER_PATTERN = "^ *[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M} ./_-]{0,63}$";
    static final String NUMBER_MESSAGE = "{coso.validation.document-number}";

    private DocumentDtos() {
    }

    @Schema(name = "DocumentRequest", description = "A directive document as created or replaced.")
    public record DocumentRequest(
            @Schema(description = "The issuing unit; the document belongs to its scope. Leave it out when a party "
                    + "organisation issued the document (or give that organisation's own unit).")
            Long issuerUnitId,
            @Schema(description = "The issuing party organisation, e.g. the provincial party committee; the document "
                    + "belongs to the scope of the organisation's unit. Give this or `issuerUnitId`.")
            Long issuerPartyOrganizationId,
            @Schema(description = "The body that signed it, within the issuing unit's political system.",
                    examples = "Ban Thường vụ Tỉnh ủy")
            @Size(max = 255) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String issuingBody,
            @Schema(required = true)
            @NotNull
            DocumentKind kind,
            @Schema(description = "Unique per issuer (unit or party organisation) and year, ignoring case.", examples = "35-NQ/TU", required = true)
            @NotBlank @Pattern(regexp = NUMBER_PATTERN, message = NUMBER_MESSAGE)
            String number,
            @Schema(examples = "2024-03-15", required = true)
            @NotNull @PlausibleDate
            LocalDate issueDate,
            @Schema(examples = "Nghị quyết về tăng cường sự lãnh đạo của Đảng đối với việc thực hiện dân chủ ở cơ sở",
                    required = true)
            @NotBlank @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String title,
            @Schema(description = "What it asks of whom; several lines allowed.")
            @Size(max = 4000) @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String summary) {
    }

    @Schema(name = "DocumentUpdateRequest", description = "A directive document as replaced, with the version that was read.")
    public record DocumentUpdateRequest(
            @Schema(description = "As in DocumentRequest: this or `issuerPartyOrganizationId`.")
            Long issuerUnitId,
            Long issuerPartyOrganizationId,
            @Size(max = 255) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String issuingBody,
            @Schema(required = true) @NotNull
            DocumentKind kind,
            @Schema(required = true)
            @NotBlank @Pattern(regexp = NUMBER_PATTERN, message = NUMBER_MESSAGE)
            String number,
            @Schema(required = true) @NotNull @PlausibleDate
            LocalDate issueDate,
            @Schema(required = true)
            @NotBlank @Size(max = 500) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String title,
            @Size(max = 4000) @Pattern(regexp = TextPatterns.MULTI_LINE, message = TextPatterns.MULTI_LINE_MESSAGE)
            String summary,
            @Schema(description = "The version this change is based on; a stale one answers 409.", required = true)
            @NotNull
            Long version) {

        DocumentRequest fields() {
            return new DocumentRequest(issuerUnitId, issuerPartyOrganizationId, issuingBody, kind, number, issueDate, title, summary);
        }
    }

    @Schema(name = "Document")
    public record DocumentResponse(
            @Schema(required = true) long id,
            @Schema(description = "The issuing unit or, when a party organisation issued the document, that "
                    + "organisation's unit: the document belongs to this unit's scope.")
            UnitRef issuerUnit,
            @Schema(nullable = true, description = "The issuing party organisation, if a party organisation issued it.")
            PartyOrganizationRef issuerPartyOrganization,
            @Schema(nullable = true) String issuingBody,
            DocumentKind kind,
            String number,
            LocalDate issueDate,
            String title,
            @Schema(nullable = true) String summary,
            @Schema(description = "True for a document issued above your unit: you may read it but not change it.")
            boolean readOnly,
            long version,
            Instant createdAt,
            Instant updatedAt,
            @Schema(required = true, description = "What you may do with it now: `update` (PUT), `delete`.")
            List<RecordWriteRules.Action> allowedActions) {
    }
}

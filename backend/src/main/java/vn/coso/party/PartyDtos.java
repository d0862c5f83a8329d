package vn.coso.party;

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

/** Request and response bodies of party organisations and party members. */
public final class PartyDtos {

    static final String CODE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$";
    static final String CODE_MESSAGE = "{coso.validation.code}";
    static final String CARD_PATTERN = "^[A-Za-z0-9][A-Za-z0-9.-]{3,19}$";
    static final String NO_CONTROL_CHARS = TextPatterns.SINGLE_LINE;
    static final String NO_CONTROL_MESSAGE = TextPatterns.SINGLE_LINE_MESSAGE;

    private PartyDtos() {
    }

    @Schema(name = "PartyOrganizationRequest", description = "A party organisation as created or replaced.")
    public record PartyOrganizationRequest(
            @Schema(required = true, examples = "DB-06694") @NotBlank @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE)
            String code,
            @Schema(required = true, examples = "Đảng bộ phường Bạch Đằng")
            @NotBlank @Size(max = 255) @Pattern(regexp = NO_CONTROL_CHARS, message = NO_CONTROL_MESSAGE)
            String name,
            @Schema(required = true) @NotNull PartyOrganizationLevel level,
            @Schema(required = true) @NotNull PartyOrganizationForm form,
            @Schema(required = true, description = "The unit the organisation belongs to; its scope follows that unit.")
            @NotNull Long unitId,
            @Schema(description = "The superior organisation; null only for the provincial one.") Long parentId,
            @Size(max = 255) @Pattern(regexp = NO_CONTROL_CHARS, message = NO_CONTROL_MESSAGE) String secretaryName,
            @Schema(description = "Defaults to true.") Boolean active,
            @Schema(description = "Required when replacing: the version that was read.") Long version) {
    }

    @Schema(name = "PartyOrganization")
    public record PartyOrganizationResponse(
            long id, String code, String name, PartyOrganizationLevel level, PartyOrganizationForm form,
            UnitRef unit,
            @Schema(nullable = true, description = "Null for the provincial organisation, or when the superior one is outside your scope.")
            Long parentId,
            @Schema(nullable = true) String parentName,
            @Schema(nullable = true) String secretaryName,
            @Schema(description = "Active members recorded in this organisation and below it.") long memberCount,
            @Schema(description = "Organisations directly under this one.") long childCount,
            boolean active, long version, Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "PartyOrganizationTreeNode")
    public record PartyOrganizationTreeNode(long id, String code, String name, PartyOrganizationLevel level,
                                            PartyOrganizationForm form, boolean active,
                                            List<PartyOrganizationTreeNode> children) {
    }

    @Schema(name = "PartyOrganizationRef")
    public record PartyOrganizationRef(long id, String code, String name) {
    }

    @Schema(name = "PartyMemberRequest", description = "A party member as created or replaced. Moving a member to "
            + "another organisation is a transfer, not an edit.")
    public record PartyMemberRequest(
            @Schema(required = true) @NotBlank @Size(max = 255)
            @Pattern(regexp = NO_CONTROL_CHARS, message = NO_CONTROL_MESSAGE) String fullName,
            @Schema(required = true, description = "Số thẻ đảng viên, unique.", examples = "79.012345")
            @NotBlank @Pattern(regexp = CARD_PATTERN, message = "{coso.validation.party-card}")
            String partyCardNumber,
            LocalDate dateOfBirth,
            @Schema(required = true, description = "Ngày vào Đảng.") @NotNull LocalDate admissionDate,
            @Schema(description = "Ngày chính thức.") LocalDate officialDate,
            @Schema(description = "Required on create; ignored on replace (use the transfer operation).")
            Long organizationId,
            @Size(max = 255) @Pattern(regexp = NO_CONTROL_CHARS, message = NO_CONTROL_MESSAGE) String post,
            @Schema(description = "Defaults to ACTIVE.") PartyMemberStatus status,
            @Schema(description = "Required when replacing: the version that was read.") Long version) {
    }

    @Schema(name = "PartyMember")
    public record PartyMemberResponse(
            long id, String fullName, String partyCardNumber,
            @Schema(nullable = true) LocalDate dateOfBirth, LocalDate admissionDate,
            @Schema(nullable = true) LocalDate officialDate,
            PartyOrganizationRef organization, UnitRef unit,
            @Schema(nullable = true) String post, PartyMemberStatus status,
            long version, Instant createdAt, Instant updatedAt) {
    }

    @Schema(name = "PartyMemberTransferRequest", description = "Chuyển sinh hoạt đảng to another organisation.")
    public record TransferRequest(
            @Schema(required = true) @NotNull Long toOrganizationId,
            @Schema(required = true) @NotNull LocalDate date,
            @Size(max = 64) @Pattern(regexp = NO_CONTROL_CHARS, message = NO_CONTROL_MESSAGE) String decisionNumber,
            @Size(max = 1000) String note,
            @Schema(required = true, description = "The member's version that was read.") @NotNull Long version) {
    }

    @Schema(name = "PartyMemberTransfer")
    public record TransferResponse(long id, PartyOrganizationRef from, PartyOrganizationRef to, LocalDate date,
                                   @Schema(nullable = true) String decisionNumber,
                                   @Schema(nullable = true) String note,
                                   String recordedBy, Instant recordedAt) {
    }
}

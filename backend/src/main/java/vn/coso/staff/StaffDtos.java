package vn.coso.staff;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.history.HistoryDtos.FieldChange;
import vn.coso.common.validation.TextPatterns;
import vn.coso.units.UnitDtos.UnitRef;

import java.time.Instant;
import java.util.List;

/** Request and response bodies of the Staff API. */
public final class StaffDtos {

    static final String USERNAME_PATTERN = "^[a-z0-9][a-z0-9._-]{2,63}$";

    private StaffDtos() {
    }

    /** Why an account needs the secretariat's attention. */
    public enum Attention {
        /** The account has no unit_code: it sees nothing. */
        NO_UNIT,
        /** Its unit_code names no unit of Coso. */
        UNKNOWN_UNIT,
        /** Its unit was dissolved or merged. */
        INACTIVE_UNIT,
        /**
         * Its unit closed in a reorganisation (merged, divided or dissolved): the account keeps that
         * unit's own records and nothing more; {@code successorUnit} is offered.
         */
        CLOSED_UNIT
    }

    @Schema(name = "StaffMember", description = "A person's account in Keycloak as Coso sees it.")
    public record StaffResponse(
            @Schema(description = "Keycloak's id of the account.") String id,
            String username,
            @Schema(nullable = true) String firstName,
            @Schema(nullable = true, description = "Family and middle names (họ và tên đệm).") String lastName,
            @Schema(description = "The name in Vietnamese order, family name first.") String name,
            @Schema(nullable = true) String email,
            boolean enabled,
            @Schema(description = "The Coso realm roles the account holds.") List<StaffRole> roles,
            @Schema(nullable = true, description = "The account's unit, when its unit_code names one.") UnitRef unit,
            @Schema(nullable = true, description = "The unit_code attribute as stored in Keycloak.") String unitCode,
            @Schema(nullable = true, description = "Set when the account needs attention; null when all is well.")
            Attention attention,
            @Schema(nullable = true, description = "When the account's unit has closed in a reorganisation: the unit's "
                    + "primary successor, which the account may be moved to (PUT with its id as unitId). Null otherwise.")
            UnitRef successorUnit,
            @Schema(description = "The user must choose a new password at the next sign-in.") boolean passwordChangeRequired,
            @Schema(nullable = true) Instant createdAt,
            @Schema(description = "Changes whenever the account's fields change; a PUT carries it back.") long version) {
    }

    @Schema(name = "StaffCreateRequest", description = "A new account, with its role, unit and first password.")
    public record StaffCreateRequest(
            @Schema(examples = "nguyen.van.an", required = true,
                    description = "3 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.")
            @NotBlank @Pattern(regexp = USERNAME_PATTERN,
                    message = "{coso.validation.username}")
            String username,
            @Schema(examples = "An", required = true)
            @NotBlank @Size(max = 100) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String firstName,
            @Schema(examples = "Nguyễn Văn", required = true)
            @NotBlank @Size(max = 100) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String lastName,
            @Schema(examples = "an.nv@quangninh.gov.vn", required = true)
            @NotBlank @Email @Size(max = 254)
            String email,
            @Schema(required = true) @NotNull StaffRole role,
            @Schema(required = true, description = "The unit whose records the account works on.") @NotNull Long unitId,
            @Schema(required = true, description = "A first password, which the user must change at the first sign-in. "
                    + "The realm's password policy applies: at least 10 characters, not the username or email.")
            @NotBlank @Size(max = 128)
            String temporaryPassword) {
    }

    @Schema(name = "StaffUpdateRequest", description = "An account's name, email, role and unit, with the version that was read.")
    public record StaffUpdateRequest(
            @Schema(required = true)
            @NotBlank @Size(max = 100) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String firstName,
            @Schema(required = true)
            @NotBlank @Size(max = 100) @Pattern(regexp = TextPatterns.SINGLE_LINE, message = TextPatterns.SINGLE_LINE_MESSAGE)
            String lastName,
            @Schema(required = true) @NotBlank @Email @Size(max = 254) String email,
            @Schema(required = true) @NotNull StaffRole role,
            @Schema(required = true) @NotNull Long unitId,
            @Schema(required = true, description = "The version that was read.") @NotNull Long version) {
    }

    @Schema(name = "StaffPasswordReset", description = "A new temporary password, to be changed at the next sign-in.")
    public record PasswordResetRequest(
            @Schema(required = true) @NotBlank @Size(max = 128) String temporaryPassword) {
    }

    @Schema(name = "StaffAuditEntry", description = "One change to a staff account: who changed whom, when, and what.")
    public record StaffAuditEntry(long id, String staffId, String staffUsername, Instant at, String by, String action,
                                  List<FieldChange> changes) {
    }
}

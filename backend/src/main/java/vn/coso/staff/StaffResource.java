package vn.coso.staff;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.coso.common.errors.Problem;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.common.web.ETags;
import vn.coso.common.web.Responses;
import vn.coso.staff.StaffDtos.PasswordResetRequest;
import vn.coso.staff.StaffDtos.StaffAuditEntry;
import vn.coso.staff.StaffDtos.StaffCreateRequest;
import vn.coso.staff.StaffDtos.StaffResponse;
import vn.coso.staff.StaffDtos.StaffUpdateRequest;

@Path("/api/v1/staff")
@Tag(name = "Staff", description = "People's accounts (Keycloak users) with their Coso role and unit. "
        + "Keycloak holds the accounts and passwords; Coso sets the role and the unit_code attribute.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class StaffResource {

    private static final String KEYCLOAK_DOWN = "Keycloak cannot be reached; nothing was changed. Try again later.";

    private final StaffService staff;

    public StaffResource(StaffService staff) {
        this.staff = staff;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "List staff accounts",
            description = "Admins see every person's account (service accounts are left out); an officer sees, "
                    + "read-only, the accounts whose unit is in its subtree. Filters combine with AND: `unitId` means "
                    + "that unit and every unit below it; `q` matches username, name, email or unit code, ignoring "
                    + "case and Vietnamese diacritics; `needsAttention=true` lists the accounts without a unit, with "
                    + "a unit code Coso does not know, or whose unit was dissolved. Sort by username (default), name, "
                    + "email, createdAt or unit. Keycloak does not record the last sign-in without its event store, "
                    + "so it is not shown.")
    @APIResponse(responseCode = "200", description = "A page of accounts.")
    @APIResponse(responseCode = "503", description = KEYCLOAK_DOWN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public PageResult<StaffResponse> list(
            @QueryParam("role") @Parameter(description = "Only accounts holding this role.",
                    schema = @Schema(implementation = StaffRole.class)) String role,
            @QueryParam("unitId") @Parameter(description = "Only accounts of this unit or a unit below it.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String unitId,
            @QueryParam("q") @Parameter(description = "Text in the username, name, email or unit code.") String q,
            @QueryParam("enabled") @Parameter(description = "Only enabled (true) or disabled (false) accounts.",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String enabled,
            @QueryParam("needsAttention") @Parameter(description = "Only accounts that need attention (true) or not (false).",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String needsAttention,
            @BeanParam PageRequest page) {
        return staff.list(new StaffFilter(QueryParams.optionalEnum("role", role, StaffRole.class),
                QueryParams.optionalLong("unitId", unitId), q, QueryParams.optionalBoolean("enabled", enabled),
                QueryParams.optionalBoolean("needsAttention", needsAttention)), page);
    }

    @POST
    @Operation(summary = "Create a staff account",
            description = "Creates the user in Keycloak with one role, the unit's code as its unit_code and a temporary "
                    + "password that the person must change at the first sign-in (the realm's password policy "
                    + "applies: 400 naming the rule). The unit must exist and be active. A taken username or email "
                    + "answers 409.")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = StaffResponse.class)))
    @APIResponse(responseCode = "503", description = KEYCLOAK_DOWN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<StaffResponse> create(@Valid @NotNull StaffCreateRequest request, @Context UriInfo uri) {
        StaffResponse created = staff.create(request);
        return RestResponse.ResponseBuilder.<StaffResponse>created(
                        uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created).tag(String.valueOf(created.version())).build();
    }

    @GET
    @Path("/history")
    @Operation(summary = "Audit of staff changes: who changed whom, when, and what",
            description = "Newest first, field by field; passwords are never recorded, only that one was reset. "
                    + "`staffId` narrows it to one account (its entries stay after the account is deleted in Keycloak).")
    @APIResponse(responseCode = "200", description = "A page of audit entries.")
    public PageResult<StaffAuditEntry> history(
            @QueryParam("staffId") @Parameter(description = "Only the changes to this account.") String staffId,
            @BeanParam PageRequest page) {
        return staff.history(staffId == null || staffId.isBlank() ? null : staffId.trim(), page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Get a staff account")
    @APIResponse(responseCode = "200", description = "The account; its ETag is its version.")
    @APIResponse(responseCode = "503", description = KEYCLOAK_DOWN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<StaffResponse> get(@PathParam("id") String id) {
        StaffResponse account = staff.get(id);
        return Responses.ok(account.version(), account);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a staff account's name, email, role and unit",
            description = "Carries the `version` that was read: a stale one answers 409 and changes nothing "
                    + "(`If-Match` with the ETag answers 412 instead). The new unit applies from the person's next "
                    + "token. Nobody can change their own role, nor take the admin role from the last enabled admin (409).")
    @APIResponse(responseCode = "200", description = "The account as changed.")
    @APIResponse(responseCode = "503", description = KEYCLOAK_DOWN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public RestResponse<StaffResponse> update(@PathParam("id") String id,
                                              @HeaderParam("If-Match") @Parameter(description = "The ETag read.") String ifMatch,
                                              @Valid @NotNull StaffUpdateRequest request) {
        StaffResponse account = staff.update(id, request, ETags.versionOf(ifMatch));
        return Responses.ok(account.version(), account);
    }

    @POST
    @Path("/{id}/disable")
    @Operation(summary = "Disable a staff account",
            description = "The person can no longer sign in, and the tokens already issued are refused at once "
                    + "(within 10 s on other backend instances). "
                    + "Nobody can disable themselves or the last enabled admin (409).")
    @APIResponse(responseCode = "200", description = "The disabled account.")
    @APIResponse(responseCode = "503", description = KEYCLOAK_DOWN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public StaffResponse disable(@PathParam("id") String id) {
        return staff.disable(id);
    }

    @POST
    @Path("/{id}/enable")
    @Operation(summary = "Enable a disabled staff account")
    @APIResponse(responseCode = "200", description = "The enabled account.")
    @APIResponse(responseCode = "503", description = KEYCLOAK_DOWN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public StaffResponse enable(@PathParam("id") String id) {
        return staff.enable(id);
    }

    @POST
    @Path("/{id}/reset-password")
    @Operation(summary = "Give a staff account a new temporary password",
            description = "The person must choose a new password at the next sign-in. The realm's password policy "
                    + "applies (400 naming the rule).")
    @APIResponse(responseCode = "200", description = "The account.")
    @APIResponse(responseCode = "503", description = KEYCLOAK_DOWN,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public StaffResponse resetPassword(@PathParam("id") String id, @Valid @NotNull PasswordResetRequest request) {
        return staff.resetPassword(id, request);
    }
}

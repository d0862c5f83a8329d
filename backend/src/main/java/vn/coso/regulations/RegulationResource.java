package vn.coso.regulations;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.coso.common.paging.ListParams;
import vn.coso.common.history.HistoryDtos.HistoryEntry;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.Period;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.common.web.ETags;
import vn.coso.common.web.Responses;
import vn.coso.regulations.RegulationDtos.CoverageResponse;
import vn.coso.regulations.RegulationDtos.IssueRequest;
import vn.coso.regulations.RegulationDtos.RegulationRequest;
import vn.coso.regulations.RegulationDtos.RegulationResponse;
import vn.coso.regulations.RegulationDtos.RegulationUpdateRequest;
import vn.coso.regulations.RegulationDtos.RevisionRequest;
import vn.coso.regulations.RegulationDtos.VersionRequest;

@Path("/api/v1/regulations")
@Tag(name = "Regulations", description = "Quy chế dân chủ ở cơ sở (QCDC) of each unit; hương ước, quy ước of villages.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION})
public class RegulationResource {

    private final RegulationService regulations;

    public RegulationResource(RegulationService regulations) {
        this.regulations = regulations;
    }

    @GET
    @Operation(summary = "List regulations in your scope",
            description = "`unitId` means that unit and its subtree; `from`/`to` bound the issue date (inclusive); "
                    + "`q` matches title or number ignoring case and diacritics.")
    @APIResponse(responseCode = "200", description = "A page of regulations.")
    public PageResult<RegulationResponse> list(
            @BeanParam ListParams params,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = RegulationKind.class)) String kind,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = RegulationStatus.class)) String status,
            @BeanParam PageRequest page) {
        Period period = params.period();
        RegulationFilter filter = new RegulationFilter(params.q(), params.unitId(),
                QueryParams.optionalEnum("kind", kind, RegulationKind.class),
                QueryParams.optionalEnum("status", status, RegulationStatus.class),
                period.from(), period.to(), params.updatedSince());
        return regulations.list(filter, page);
    }

    @GET
    @Path("/coverage")
    @Operation(summary = "Share of units with a regulation in force",
            description = "Counts, in the subtree of `unitId` (default: your unit), the active units that must have a "
                    + "regulation — every type but the province; villages count with a convention — and those with "
                    + "one ISSUED. `page`/`size` page through the units that lack one.")
    @APIResponse(responseCode = "200", description = "The coverage.")
    public CoverageResponse coverage(
            @QueryParam("unitId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String unitId,
            @BeanParam PageRequest page) {
        return regulations.coverage(QueryParams.optionalLong("unitId", unitId), page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record a regulation")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = RegulationResponse.class)))
    public RestResponse<RegulationResponse> create(@Valid @NotNull RegulationRequest request, @Context UriInfo uri) {
        RegulationResponse created = regulations.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a regulation")
    @APIResponse(responseCode = "200", description = "The regulation; its ETag is its version.")
    public RestResponse<RegulationResponse> get(@PathParam("id") long id) {
        RegulationResponse regulation = regulations.get(id);
        return Responses.ok(regulation.version(), regulation);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Correct a regulation's number, title or issue date",
            description = "Carries the `version` read. The status changes only through the operations.")
    @APIResponse(responseCode = "200", description = "The regulation as changed.")
    public RestResponse<RegulationResponse> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                   @Valid @NotNull RegulationUpdateRequest request) {
        RegulationResponse regulation = regulations.update(id, request, ETags.versionOf(ifMatch));
        return Responses.ok(regulation.version(), regulation);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Delete a draft regulation", description = "An issued regulation is repealed, not deleted.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") long id) {
        regulations.delete(id);
    }

    @POST
    @Path("/{id}/submit-for-consultation")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Put a draft out for consultation (DRAFTING → IN_CONSULTATION)")
    @APIResponse(responseCode = "200", description = "The regulation in consultation.")
    public RegulationResponse submitForConsultation(@PathParam("id") long id, @Valid @NotNull VersionRequest request) {
        return regulations.submitForConsultation(id, request.version());
    }

    @POST
    @Path("/{id}/issue")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Issue a regulation (→ ISSUED)",
            description = "Needs its number and issue date. The regulation it replaces becomes REVISED; if another is "
                    + "in force and is not replaced, 409.")
    @APIResponse(responseCode = "200", description = "The regulation in force.")
    public RegulationResponse issue(@PathParam("id") long id, @Valid @NotNull IssueRequest request) {
        return regulations.issue(id, request);
    }

    @POST
    @Path("/{id}/revise")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Draft the revision of a regulation in force (sửa đổi, thay thế)",
            description = "Creates the new version: a regulation of the same unit and kind that replaces this one, "
                    + "DRAFTING unless `status` says otherwise. This one stays ISSUED until the new one is issued, then "
                    + "becomes REVISED (at once when the new one is recorded as ISSUED). Offered by `allowedActions` "
                    + "(`revise`) while this one is ISSUED; carries the `version` read.")
    @APIResponse(responseCode = "201", description = "The new version, at its own address.",
            content = @Content(schema = @Schema(implementation = RegulationResponse.class)))
    public RestResponse<RegulationResponse> revise(@PathParam("id") long id, @Valid @NotNull RevisionRequest request,
                                                   @Context UriInfo uri) {
        RegulationResponse created = regulations.revise(id, request);
        return Responses.created(uri.getBaseUriBuilder().path(RegulationResource.class).path(String.valueOf(created.id()))
                .build(), created.version(), created);
    }

    @POST
    @Path("/{id}/repeal")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Repeal a regulation in force (ISSUED → REPEALED)")
    @APIResponse(responseCode = "200", description = "The repealed regulation.")
    public RegulationResponse repeal(@PathParam("id") long id, @Valid @NotNull VersionRequest request) {
        return regulations.repeal(id, request.version());
    }

    @GET
    @Path("/{id}/history")
    // Names the staff who made each change: for people, not for other systems.
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER})
    @Operation(summary = "Who changed the regulation, when, and what", description = "Newest first, field by field.")
    @APIResponse(responseCode = "200", description = "A page of history entries.")
    public PageResult<HistoryEntry> history(@PathParam("id") long id, @BeanParam PageRequest page) {
        return regulations.history(id, page);
    }
}

package vn.coso.inspections;

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
import vn.coso.common.paging.AreaParams;
import vn.coso.common.history.HistoryDtos.HistoryEntry;
import vn.coso.common.paging.KeysetPageRequest;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.common.web.ETags;
import vn.coso.common.web.Responses;
import vn.coso.inspections.InspectionDtos.RecommendationDoneRequest;
import vn.coso.inspections.InspectionDtos.RecommendationResponse;
import vn.coso.inspections.InspectionDtos.CancelRequest;
import vn.coso.inspections.InspectionDtos.CloseRequest;
import vn.coso.inspections.InspectionDtos.ConcludeRequest;
import vn.coso.inspections.InspectionDtos.ConclusionRequest;
import vn.coso.inspections.InspectionDtos.ConclusionResponse;
import vn.coso.inspections.InspectionDtos.InspectionRequest;
import vn.coso.inspections.InspectionDtos.InspectionResponse;
import vn.coso.inspections.InspectionDtos.StartRequest;
import vn.coso.inspections.InspectionDtos.SummaryResponse;
import vn.coso.inspections.InspectionEnums.Form;
import vn.coso.inspections.InspectionEnums.Kind;
import vn.coso.inspections.InspectionEnums.Status;

@Path("/api/v1/inspections")
@Tag(name = "Inspections", description = "Kiểm tra, giám sát of party organisations and members, from plan to conclusion.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.VIEWER})
public class InspectionResource {

    private final InspectionService inspections;

    public InspectionResource(InspectionService inspections) {
        this.inspections = inspections;
    }

    @GET
    @Operation(summary = "The inspection plan in your scope",
            description = "Scope follows the subject's unit. `organizationId` means that organisation and those below "
                    + "it; `unitId` that unit and its subtree. Viewers see a member subject only as the member's organisation.")
    @APIResponse(responseCode = "200", description = "A page of inspections and supervisions.")
    public PageResult<InspectionResponse> list(
            @QueryParam("year") @Parameter(description = "Plan year.", schema = @Schema(type = SchemaType.INTEGER)) String year,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = Kind.class)) String kind,
            @QueryParam("form") @Parameter(schema = @Schema(implementation = Form.class)) String form,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = Status.class)) String status,
            @QueryParam("conductingOrganizationId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String conducting,
            @QueryParam("organizationId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String organizationId,
            @QueryParam("memberId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String memberId,
            @QueryParam("unitId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String unitId,
            @QueryParam("updatedSince") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) String updatedSince,
            @QueryParam("overdueRecommendations") @Parameter(description = "true: only those with a recommendation "
                    + "past due and not done, whatever their status (closed ones included).",
                    schema = @Schema(type = SchemaType.BOOLEAN)) String overdueRecommendations,
            @BeanParam KeysetPageRequest page) {
        Long yearValue = QueryParams.optionalLong("year", year);
        boolean overdue = Boolean.TRUE.equals(QueryParams.optionalBoolean("overdueRecommendations", overdueRecommendations));
        InspectionFilter filter = new InspectionFilter(yearValue == null ? null : yearValue.intValue(),
                QueryParams.optionalEnum("kind", kind, Kind.class),
                QueryParams.optionalEnum("form", form, Form.class),
                QueryParams.optionalEnum("status", status, Status.class),
                QueryParams.optionalLong("conductingOrganizationId", conducting),
                inspections.organizationPathOf(QueryParams.optionalLong("organizationId", organizationId)),
                QueryParams.optionalLong("memberId", memberId),
                QueryParams.optionalLong("unitId", unitId),
                QueryParams.optionalInstant("updatedSince", updatedSince),
                overdue ? inspections.today() : null);
        return inspections.list(filter, page);
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Organisations and members inspected and supervised in a period",
            description = "By query over the records, in the subtree of `unitId` (default: your unit), for `year` or "
                    + "`from`/`to` (inclusive). A subject counts as inspected (supervised) when an INSPECTION "
                    + "(SUPERVISION) of it that is IN_PROGRESS, CONCLUDED or CLOSED has its actual start in the period; "
                    + "each subject once however many times. Also violations found and disciplinary actions by form.")
    @APIResponse(responseCode = "200", description = "The figures.")
    public SummaryResponse summary(
            @BeanParam AreaParams area) {
        Long yearValue = QueryParams.optionalLong("year", area.yearParam());
        if (yearValue != null && (yearValue < 1990 || yearValue > 2100)) {
            throw QueryParams.invalid("year", "param.year-between");
        }
        return inspections.summary(yearValue == null ? null : yearValue.intValue(),
                QueryParams.optionalDate("from", area.fromParam()), QueryParams.optionalDate("to", area.toParam()),
                area.unitId());
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Plan an inspection or supervision")
    @APIResponse(responseCode = "201", description = "Planned.",
            content = @Content(schema = @Schema(implementation = InspectionResponse.class)))
    public RestResponse<InspectionResponse> create(@Valid @NotNull InspectionRequest request, @Context UriInfo uri) {
        InspectionResponse created = inspections.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get an inspection or supervision")
    @APIResponse(responseCode = "200", description = "The inspection; its ETag is its version.")
    public RestResponse<InspectionResponse> get(@PathParam("id") long id) {
        InspectionResponse inspection = inspections.get(id);
        return Responses.ok(inspection.version(), inspection);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Replace the plan of an inspection",
            description = "While PLANNED or IN_PROGRESS; kind and subject are fixed once started. Carries the `version` read.")
    @APIResponse(responseCode = "200", description = "The inspection as changed.")
    public RestResponse<InspectionResponse> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                   @Valid @NotNull InspectionRequest request) {
        InspectionResponse inspection = inspections.update(id, request, ETags.versionOf(ifMatch));
        return Responses.ok(inspection.version(), inspection);
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Start (PLANNED → IN_PROGRESS)", description = "Records the actual start date.")
    @APIResponse(responseCode = "200", description = "The inspection in progress.")
    public InspectionResponse start(@PathParam("id") long id, @Valid @NotNull StartRequest request) {
        return inspections.start(id, request.actualStart(), request.version());
    }

    @POST
    @Path("/{id}/conclude")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Conclude (IN_PROGRESS → CONCLUDED)",
            description = "Needs a recorded conclusion and an actual end date not before the actual start.")
    @APIResponse(responseCode = "200", description = "The concluded inspection.")
    public InspectionResponse conclude(@PathParam("id") long id, @Valid @NotNull ConcludeRequest request) {
        return inspections.conclude(id, request.actualEnd(), request.version());
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Close (CONCLUDED → CLOSED)")
    @APIResponse(responseCode = "200", description = "The closed inspection.")
    public InspectionResponse close(@PathParam("id") long id, @Valid @NotNull CloseRequest request) {
        return inspections.close(id, request.version());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Cancel (PLANNED or IN_PROGRESS → CANCELLED)", description = "With a reason.")
    @APIResponse(responseCode = "200", description = "The cancelled inspection.")
    public InspectionResponse cancel(@PathParam("id") long id, @Valid @NotNull CancelRequest request) {
        return inspections.cancel(id, request.reason(), request.version());
    }

    @GET
    @Path("/{id}/conclusion")
    @Operation(summary = "The conclusion and its recommendations")
    @APIResponse(responseCode = "200", description = "The conclusion; recommendations past due and not done are OVERDUE.")
    public ConclusionResponse conclusion(@PathParam("id") long id) {
        return inspections.conclusion(id);
    }

    @PUT
    @Path("/{id}/conclusion")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Record or replace the conclusion",
            description = "While IN_PROGRESS or CONCLUDED. Replaces the recommendations. Carries the conclusion's "
                    + "`version` once one exists; a stale one answers 409 and changes nothing.")
    @APIResponse(responseCode = "200", description = "The conclusion as saved.")
    public ConclusionResponse saveConclusion(@PathParam("id") long id, @Valid @NotNull ConclusionRequest request) {
        return inspections.saveConclusion(id, request);
    }

    @POST
    @Path("/{id}/recommendations/{recommendationId}/done")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.OFFICER})
    @Operation(summary = "Mark a recommendation done, with its evidence — also after the inspection closed",
            description = "While CONCLUDED or CLOSED (409 otherwise). An inspector or admin of the inspection's scope, or "
                    + "an officer whose scope holds the responsible unit; for anyone else it does not exist (404). "
                    + "Carries the recommendation's `version` (409 when stale); `doneOn` not in the future.")
    @APIResponse(responseCode = "200", description = "The recommendation, no longer OVERDUE.")
    public RecommendationResponse markDone(@PathParam("id") long id, @PathParam("recommendationId") long recommendationId,
                                           @Valid @NotNull RecommendationDoneRequest request) {
        return inspections.markDone(id, recommendationId, request);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Who changed the inspection, its conclusion and its actions, when, and what",
            description = "Newest first, field by field.")
    @APIResponse(responseCode = "200", description = "A page of history entries.")
    public PageResult<HistoryEntry> history(@PathParam("id") long id, @BeanParam PageRequest page) {
        return inspections.history(id, page);
    }
}

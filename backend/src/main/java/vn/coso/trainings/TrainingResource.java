package vn.coso.trainings;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.coso.common.paging.ListParams;
import vn.coso.common.paging.KeysetPageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.security.Roles;
import vn.coso.common.web.ETags;
import vn.coso.common.web.Responses;
import vn.coso.trainings.TrainingDtos.TrainingRequest;
import vn.coso.trainings.TrainingDtos.TrainingResponse;
import vn.coso.trainings.TrainingDtos.TrainingMonths;
import vn.coso.trainings.TrainingDtos.TrainingSummary;
import vn.coso.trainings.TrainingDtos.TrainingUpdateRequest;

@Path("/api/v1/trainings")
@Tag(name = "Trainings", description = "Training classes (tập huấn) and their attendances (lượt người).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION})
public class TrainingResource {

    private final TrainingService trainings;

    public TrainingResource(TrainingService trainings) {
        this.trainings = trainings;
    }

    @GET
    @Operation(summary = "List trainings in your scope",
            description = "A training belongs to the scope of its organiser: the organising unit, or the unit of "
                    + "the organising party organisation. Filters combine with AND. "
                    + "`unitId` means that unit and every unit below it (404 if you cannot see it); `from`/`to` are inclusive dates and "
                    + "`year` a calendar year (not together with `from`/`to`). `q` matches the topic or "
                    + "audience, ignoring case and Vietnamese diacritics. Readable by every role, `integration` "
                    + "included (reference data).")
    @APIResponse(responseCode = "200", description = "A page of trainings, newest first unless sorted otherwise.")
    public PageResult<TrainingResponse> list(
            @BeanParam ListParams params,
            @BeanParam KeysetPageRequest page) {
        return trainings.list(filter(params), page);
    }

    @GET
    @Path("/summary")
    @Operation(summary = "Count trainings and sum their attendances",
            description = "Takes the filters of the list and answers the number of classes and the total of "
                    + "attendances, computed from the records: `?year=2024` gives a year's figures for the "
                    + "annual review, `&unitId=` narrows them to part of the province.")
    @APIResponse(responseCode = "200", description = "The totals.")
    public TrainingSummary summary(
            @BeanParam ListParams params) {
        return trainings.summary(filter(params));
    }

    @GET
    @Path("/summary/months")
    @Operation(summary = "Count trainings and sum their attendances month by month",
            description = "The totals of `/trainings/summary` for each calendar month, in one call: `?year=2024` gives "
                    + "the twelve months of the year (the dashboard's chart), with the same filters. The months add "
                    + "up to the summary's totals.")
    @APIResponse(responseCode = "200", description = "The totals by month.")
    public TrainingMonths months(
            @BeanParam ListParams params) {
        return trainings.months(filter(params));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record a training",
            description = "The organiser is a unit (`organizerUnitId`) or a party organisation "
                    + "(`organizerPartyOrganizationId`). Officers record trainings organised by units, or party "
                    + "organisations of units, of their own subtree.")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = TrainingResponse.class)))
    public RestResponse<TrainingResponse> create(@Valid @NotNull TrainingRequest request, @Context UriInfo uri) {
        TrainingResponse created = trainings.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a training")
    @APIResponse(responseCode = "200", description = "The training; its ETag is its version.")
    public RestResponse<TrainingResponse> get(@PathParam("id") long id) {
        TrainingResponse training = trainings.get(id);
        return Responses.ok(training.version(), training);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Replace a training",
            description = "Carries the `version` that was read: a stale one answers 409 and changes nothing. "
                    + "An `If-Match` header with the ETag of GET is also honoured (412 when it does not match).")
    @APIResponse(responseCode = "200", description = "The training as changed.")
    public RestResponse<TrainingResponse> update(@PathParam("id") long id,
                                                 @HeaderParam("If-Match") @Parameter(description = "The ETag read.") String ifMatch,
                                                 @Valid @NotNull TrainingUpdateRequest request) {
        TrainingResponse training = trainings.update(id, request, ETags.versionOf(ifMatch));
        return Responses.ok(training.version(), training);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Delete a training")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") long id) {
        trainings.delete(id);
    }

    private static TrainingFilter filter(ListParams params) {
        return new TrainingFilter(params.unitId(), params.period(), params.q(), params.updatedSince());
    }
}

package vn.coso.modelpractices;

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
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.common.web.ETags;
import vn.coso.common.web.Responses;
import vn.coso.modelpractices.ModelPracticeDtos.ModelPracticeRequest;
import vn.coso.modelpractices.ModelPracticeDtos.ModelPracticeResponse;
import vn.coso.modelpractices.ModelPracticeDtos.ModelPracticeUpdateRequest;

@Path("/api/v1/model-practices")
@Tag(name = "Model practices", description = "Model practices (mô hình điển hình) of grassroots democracy and where they were replicated.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION})
public class ModelPracticeResource {

    private final ModelPracticeService practices;

    public ModelPracticeResource(ModelPracticeService practices) {
        this.practices = practices;
    }

    @GET
    @Operation(summary = "List model practices in your scope",
            description = "A practice belongs to the scope of the unit where it was recognised. Filters combine "
                    + "with AND. `unitId` means that unit and every unit below it (404 if you cannot see it); `year` is the year recognised. "
                    + "`q` matches the name or description, ignoring case and Vietnamese diacritics. Readable by "
                    + "every role, `integration` included: model practices are published to be replicated.")
    @APIResponse(responseCode = "200", description = "A page of model practices, latest recognised first unless sorted otherwise.")
    public PageResult<ModelPracticeResponse> list(
            @QueryParam("unitId") @Parameter(description = "Only practices of this unit or a unit below it.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String unitId,
            @QueryParam("year") @Parameter(description = "Recognised in this year.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String year,
            @QueryParam("q") @Parameter(description = "Text in the name or description.") String q,
            @QueryParam("updatedSince") @Parameter(description = "Only practices changed at or after this instant.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String updatedSince,
            @BeanParam PageRequest page) {
        ModelPracticeFilter filter = new ModelPracticeFilter(QueryParams.optionalLong("unitId", unitId),
                year == null || year.isBlank() ? null : QueryParams.parseInt("year", year), q,
                QueryParams.optionalInstant("updatedSince", updatedSince));
        return practices.list(filter, page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record a model practice",
            description = "Officers record practices of units in their own subtree; every unit in `replicatedIn` "
                    + "must be in their scope too (400 names the entry otherwise).")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = ModelPracticeResponse.class)))
    public RestResponse<ModelPracticeResponse> create(@Valid @NotNull ModelPracticeRequest request, @Context UriInfo uri) {
        ModelPracticeResponse created = practices.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a model practice")
    @APIResponse(responseCode = "200", description = "The practice; its ETag is its version.")
    public RestResponse<ModelPracticeResponse> get(@PathParam("id") long id) {
        ModelPracticeResponse practice = practices.get(id);
        return Responses.ok(practice.version(), practice);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Replace a model practice",
            description = "Carries the `version` that was read: a stale one answers 409 and changes nothing. "
                    + "An `If-Match` header with the ETag of GET is also honoured (412 when it does not match). "
                    + "`replicatedIn` is the whole list; units already listed may stay even outside your scope.")
    @APIResponse(responseCode = "200", description = "The practice as changed.")
    public RestResponse<ModelPracticeResponse> update(@PathParam("id") long id,
                                                      @HeaderParam("If-Match") @Parameter(description = "The ETag read.") String ifMatch,
                                                      @Valid @NotNull ModelPracticeUpdateRequest request) {
        ModelPracticeResponse practice = practices.update(id, request, ETags.versionOf(ifMatch));
        return Responses.ok(practice.version(), practice);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Delete a model practice")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") long id) {
        practices.delete(id);
    }
}

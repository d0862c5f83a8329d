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
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.common.web.ETags;
import vn.coso.common.web.Responses;
import vn.coso.inspections.InspectionDtos.DisciplinaryActionRequest;
import vn.coso.inspections.InspectionDtos.DisciplinaryActionResponse;
import vn.coso.inspections.InspectionEnums.DisciplinaryForm;
import vn.coso.inspections.InspectionEnums.DisciplinarySource;

@Path("/api/v1/disciplinary-actions")
@Tag(name = "Disciplinary actions", description = "Kỷ luật of party members and organisations.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.VIEWER})
public class DisciplinaryActionResource {

    private final DisciplinaryActionService actions;
    private final InspectionService inspections;

    public DisciplinaryActionResource(DisciplinaryActionService actions, InspectionService inspections) {
        this.actions = actions;
        this.inspections = inspections;
    }

    @GET
    @Operation(summary = "List disciplinary actions in your scope",
            description = "`from`/`to` bound the decision date; `unitId` means that unit and its subtree.")
    @APIResponse(responseCode = "200", description = "A page of actions.")
    public PageResult<DisciplinaryActionResponse> list(
            @QueryParam("form") @Parameter(schema = @Schema(implementation = DisciplinaryForm.class)) String form,
            @QueryParam("source") @Parameter(schema = @Schema(implementation = DisciplinarySource.class)) String source,
            @QueryParam("inspectionId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String inspectionId,
            @QueryParam("memberId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String memberId,
            @QueryParam("organizationId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String organizationId,
            @BeanParam AreaParams area,
            @BeanParam PageRequest page) {
        return actions.list(new DisciplinaryActionRepository.Filter(
                QueryParams.optionalEnum("form", form, DisciplinaryForm.class),
                QueryParams.optionalEnum("source", source, DisciplinarySource.class),
                QueryParams.optionalLong("inspectionId", inspectionId),
                QueryParams.optionalLong("memberId", memberId),
                QueryParams.optionalLong("organizationId", organizationId),
                area.unitId(), area.period().from(), area.period().to()), page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Record a disciplinary action",
            description = "An EXPULSION makes the member EXPELLED; a DISSOLUTION makes the organisation inactive.")
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(schema = @Schema(implementation = DisciplinaryActionResponse.class)))
    public RestResponse<DisciplinaryActionResponse> create(@Valid @NotNull DisciplinaryActionRequest request,
                                                           @Context UriInfo uri) {
        DisciplinaryActionResponse created = actions.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a disciplinary action")
    @APIResponse(responseCode = "200", description = "The action.")
    public DisciplinaryActionResponse get(@PathParam("id") long id) {
        return actions.get(id);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "Replace a disciplinary action", description = "Carries the `version` read.")
    @APIResponse(responseCode = "200", description = "The action as changed.")
    public DisciplinaryActionResponse update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                             @Valid @NotNull DisciplinaryActionRequest request) {
        return actions.update(id, request, ETags.versionOf(ifMatch));
    }
}

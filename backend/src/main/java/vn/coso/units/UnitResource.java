package vn.coso.units;

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
import jakarta.ws.rs.core.Context;
import vn.coso.common.web.ETags;
import vn.coso.common.web.Responses;
import vn.coso.common.errors.Problem;
import vn.coso.common.paging.KeysetPageRequest;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.units.UnitDtos.UnitRequest;
import vn.coso.units.UnitDtos.UnitResponse;
import vn.coso.units.UnitDtos.UnitTreeNode;
import vn.coso.units.UnitDtos.UnitUpdateRequest;

@Path("/api/v1/units")
@Tag(name = "Units", description = "The tree of localities, agencies, public service units, enterprises and mass organisations.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION})
public class UnitResource {

    private final UnitService units;

    public UnitResource(UnitService units) {
        this.units = units;
    }

    @GET
    @Operation(summary = "List units in your scope",
            description = "Filters combine with AND. `q` matches code or name, ignoring case and Vietnamese "
                    + "diacritics (`bach dang` finds \"Bạch Đằng\"). `parentId` lists the units directly under one unit.")
    @APIResponse(responseCode = "200", description = "A page of units.")
    public PageResult<UnitResponse> list(
            @QueryParam("q") @Parameter(description = "Text in the code or name.") String q,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = UnitType.class)) String type,
            @QueryParam("parentId") @Parameter(description = "Only units directly under this unit.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String parentId,
            @QueryParam("active") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String active,
            @QueryParam("updatedSince") @Parameter(description = "Only units changed at or after this instant.",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) String updatedSince,
            @QueryParam("on") @Parameter(description = "Only units that existed on this day (closed units are "
                    + "listed otherwise, with their `validTo`).",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) String on,
            @BeanParam KeysetPageRequest page) {
        UnitFilter filter = new UnitFilter(q,
                QueryParams.optionalEnum("type", type, UnitType.class),
                QueryParams.optionalLong("parentId", parentId),
                QueryParams.optionalBoolean("active", active),
                QueryParams.optionalInstant("updatedSince", updatedSince),
                QueryParams.optionalDate("on", on));
        return units.list(filter, page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Create a unit", description = "Officers create units under units of their own subtree.")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @org.eclipse.microprofile.openapi.annotations.media.Content(
                    schema = @Schema(implementation = UnitResponse.class)))
    public RestResponse<UnitResponse> create(@Valid @NotNull UnitRequest request, @Context UriInfo uri) {
        UnitResponse created = units.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a unit")
    @APIResponse(responseCode = "200", description = "The unit; its ETag is its version.")
    public RestResponse<UnitResponse> get(@PathParam("id") long id) {
        UnitResponse unit = units.get(id);
        return Responses.ok(unit.version(), unit);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Replace a unit",
            description = "Carries the `version` that was read: a stale one answers 409 and changes nothing. "
                    + "An `If-Match` header with the ETag of GET is also honoured (412 when it does not match).")
    @APIResponse(responseCode = "200", description = "The unit as changed.")
    public RestResponse<UnitResponse> update(@PathParam("id") long id,
                                             @HeaderParam("If-Match") @Parameter(description = "The ETag read.") String ifMatch,
                                             @Valid @NotNull UnitUpdateRequest request) {
        UnitResponse unit = units.update(id, request, ETags.versionOf(ifMatch));
        return Responses.ok(unit.version(), unit);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Delete a unit",
            description = "Only a unit nothing points at: no units under it and no records about it. "
                    + "A dissolved unit is kept with `active: false` instead. Staff accounts working on the unit "
                    + "also keep it (409 naming them); they are looked up in Keycloak, so 503 when it cannot be reached.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "503", description = "Keycloak cannot be reached to check for staff on the unit; nothing was deleted.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem")))
    public void delete(@PathParam("id") long id) {
        units.delete(id);
    }

    @GET
    @Path("/{id}/children")
    @Operation(summary = "List the units directly under a unit")
    @APIResponse(responseCode = "200", description = "A page of units.")
    public PageResult<UnitResponse> children(@PathParam("id") long id, @BeanParam PageRequest page) {
        return units.children(id, page);
    }

    @GET
    @Path("/{id}/tree")
    @Operation(summary = "Get the nested subtree under a unit",
            description = "For tree views; children sorted by name. Without `on`, the tree as the unit rows stand "
                    + "(closed units under their successor); with `on`, the structure of that day: the units that "
                    + "existed then, with the names, types and parents they had.")
    @APIResponse(responseCode = "200", description = "The unit and everything below it.")
    public UnitTreeNode tree(@PathParam("id") long id,
                             @QueryParam("on") @Parameter(description = "The day of the structure.",
                                     schema = @Schema(type = SchemaType.STRING, format = "date")) String on) {
        java.time.LocalDate date = QueryParams.optionalDate("on", on);
        return date == null ? units.tree(id) : units.treeOn(id, date);
    }

    @GET
    @Path("/{id}/lineage")
    @Operation(summary = "Where a unit came from and went into",
            description = "The events of its lineage, oldest first: established, merged into, divided into, split "
                    + "from, renamed, re-typed, moved, dissolved, each with its date and legal basis.")
    @APIResponse(responseCode = "200", description = "The unit's lineage.")
    public java.util.List<UnitDtos.LineageEvent> lineage(@PathParam("id") long id) {
        return units.lineage(id);
    }
}

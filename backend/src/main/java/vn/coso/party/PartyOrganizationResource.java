package vn.coso.party;

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
import vn.coso.common.history.HistoryDtos.HistoryEntry;
import vn.coso.common.paging.KeysetPageRequest;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.common.web.ETags;
import vn.coso.common.web.Responses;
import vn.coso.party.PartyDtos.PartyOrganizationRequest;
import vn.coso.party.PartyDtos.PartyOrganizationResponse;
import vn.coso.party.PartyDtos.PartyOrganizationTreeNode;

@Path("/api/v1/party-organizations")
@Tag(name = "Party organisations", description = "Tổ chức đảng: the party's tree, each organisation attached to a unit.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION})
public class PartyOrganizationResource {

    private final PartyOrganizationService organizations;

    public PartyOrganizationResource(PartyOrganizationService organizations) {
        this.organizations = organizations;
    }

    @GET
    @Operation(summary = "List party organisations in your scope",
            description = "Scope follows the unit each organisation belongs to. `unitId` means that unit and its "
                    + "whole subtree; `parentId` the organisations directly under one; `q` matches code or name "
                    + "ignoring case and diacritics.")
    @APIResponse(responseCode = "200", description = "A page of party organisations.")
    public PageResult<PartyOrganizationResponse> list(
            @QueryParam("q") String q,
            @QueryParam("level") @Parameter(schema = @Schema(implementation = PartyOrganizationLevel.class)) String level,
            @QueryParam("form") @Parameter(schema = @Schema(implementation = PartyOrganizationForm.class)) String form,
            @QueryParam("unitId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String unitId,
            @QueryParam("parentId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String parentId,
            @QueryParam("active") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String active,
            @QueryParam("updatedSince") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) String updatedSince,
            @BeanParam KeysetPageRequest page) {
        PartyOrganizationFilter filter = new PartyOrganizationFilter(q,
                QueryParams.optionalEnum("level", level, PartyOrganizationLevel.class),
                QueryParams.optionalEnum("form", form, PartyOrganizationForm.class),
                QueryParams.optionalLong("unitId", unitId),
                QueryParams.optionalLong("parentId", parentId),
                QueryParams.optionalBoolean("active", active),
                QueryParams.optionalInstant("updatedSince", updatedSince));
        return organizations.list(filter, page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Create a party organisation")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = PartyOrganizationResponse.class)))
    public RestResponse<PartyOrganizationResponse> create(@Valid @NotNull PartyOrganizationRequest request,
                                                          @Context UriInfo uri) {
        PartyOrganizationResponse created = organizations.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a party organisation")
    @APIResponse(responseCode = "200", description = "The organisation; its ETag is its version.")
    public RestResponse<PartyOrganizationResponse> get(@PathParam("id") long id) {
        PartyOrganizationResponse organization = organizations.get(id);
        return Responses.ok(organization.version(), organization);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Replace a party organisation", description = "Carries the `version` read; a stale one answers 409.")
    @APIResponse(responseCode = "200", description = "The organisation as changed.")
    public RestResponse<PartyOrganizationResponse> update(@PathParam("id") long id,
                                                          @HeaderParam("If-Match") String ifMatch,
                                                          @Valid @NotNull PartyOrganizationRequest request) {
        PartyOrganizationResponse organization = organizations.update(id, request, ETags.versionOf(ifMatch));
        return Responses.ok(organization.version(), organization);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Delete a party organisation",
            description = "Only one with no organisations under it, no members and no records about it; "
                    + "a dissolved organisation is kept with `active: false`.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") long id) {
        organizations.delete(id);
    }

    @GET
    @Path("/{id}/tree")
    @Operation(summary = "Get the nested subtree under a party organisation")
    @APIResponse(responseCode = "200", description = "The organisation and everything below it in your scope.")
    public PartyOrganizationTreeNode tree(@PathParam("id") long id) {
        return organizations.tree(id);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "What happened to a party organisation: merged, dissolved or moved by a reorganisation")
    @APIResponse(responseCode = "200", description = "A page of history entries, newest first.")
    public PageResult<HistoryEntry> history(@PathParam("id") long id, @BeanParam PageRequest page) {
        return organizations.history(id, page);
    }
}

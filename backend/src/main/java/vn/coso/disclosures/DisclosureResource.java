package vn.coso.disclosures;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.coso.common.history.HistoryDtos.HistoryEntry;
import vn.coso.common.paging.ListParams;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.common.web.ETags;
import vn.coso.common.web.Responses;
import vn.coso.disclosures.DisclosureDtos.DisclosureRequest;
import vn.coso.disclosures.DisclosureDtos.DisclosureResponse;
import vn.coso.disclosures.DisclosureDtos.DisclosureUpdateRequest;

@Path("/api/v1/disclosures")
@Tag(name = "Disclosures", description = "Public disclosure (công khai, \"dân biết\"): what a unit made public, in which "
        + "category of the law, how, where and for how long.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER})
public class DisclosureResource {

    private final DisclosureService disclosures;

    public DisclosureResource(DisclosureService disclosures) {
        this.disclosures = disclosures;
    }

    @GET
    @Operation(summary = "List public disclosures in your scope",
            description = "A disclosure belongs to the scope of the unit that made it. Filters combine with AND. "
                    + "`unitId` means that unit and every unit below it (404 if you cannot see it); `from`/`to`/`year` "
                    + "bound the day it was posted; `form` keeps those made public in that form; `q` matches the "
                    + "title, content or place, ignoring case and Vietnamese diacritics.")
    @APIResponse(responseCode = "200", description = "A page of disclosures, newest first unless sorted otherwise.")
    public PageResult<DisclosureResponse> list(
            @BeanParam ListParams params,
            @QueryParam("category") @Parameter(schema = @Schema(implementation = DisclosureCategory.class)) String category,
            @QueryParam("form") @Parameter(schema = @Schema(implementation = DisclosureForm.class)) String form,
            @BeanParam PageRequest page) {
        DisclosureFilter filter = new DisclosureFilter(params.unitId(),
                QueryParams.optionalEnum("category", category, DisclosureCategory.class),
                QueryParams.optionalEnum("form", form, DisclosureForm.class),
                params.period(), params.q(), params.updatedSince());
        return disclosures.list(filter, page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record a public disclosure",
            description = "Officers record them for units of their own subtree; the unit must exist on `postedOn`.")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = DisclosureResponse.class)))
    public RestResponse<DisclosureResponse> create(@Valid @NotNull DisclosureRequest request, @Context UriInfo uri) {
        DisclosureResponse created = disclosures.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a public disclosure")
    @APIResponse(responseCode = "200", description = "The disclosure; its ETag is its version.")
    public RestResponse<DisclosureResponse> get(@PathParam("id") long id) {
        DisclosureResponse disclosure = disclosures.get(id);
        return Responses.ok(disclosure.version(), disclosure);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Replace a public disclosure",
            description = "Carries the `version` that was read: a stale one answers 409 and changes nothing. "
                    + "An `If-Match` header with the ETag of GET is also honoured (412 when it does not match).")
    @APIResponse(responseCode = "200", description = "The disclosure as changed.")
    public RestResponse<DisclosureResponse> update(@PathParam("id") long id,
                                                   @HeaderParam("If-Match") @Parameter(description = "The ETag read.") String ifMatch,
                                                   @Valid @NotNull DisclosureUpdateRequest request) {
        DisclosureResponse disclosure = disclosures.update(id, request, ETags.versionOf(ifMatch));
        return Responses.ok(disclosure.version(), disclosure);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Who recorded and changed a disclosure, when, and what")
    @APIResponse(responseCode = "200", description = "A page of history entries, newest first.")
    public PageResult<HistoryEntry> history(@PathParam("id") long id, @BeanParam PageRequest page) {
        return disclosures.history(id, page);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Delete a public disclosure")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") long id) {
        disclosures.delete(id);
    }
}

package vn.coso.conferences;

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
import vn.coso.common.paging.AreaParams;
import vn.coso.common.paging.ListParams;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.common.web.ETags;
import vn.coso.common.web.Responses;
import vn.coso.conferences.ConferenceDtos.ConferenceRequest;
import vn.coso.conferences.ConferenceDtos.ConferenceResponse;
import vn.coso.conferences.ConferenceDtos.ConferenceUpdateRequest;
import vn.coso.units.UnitDtos.UnitRef;

@Path("/api/v1/conferences")
@Tag(name = "Conferences", description = "Staff conferences (hội nghị cán bộ, công chức, viên chức), workers' conferences "
        + "(hội nghị người lao động), workplace dialogues (đối thoại tại nơi làm việc), leaders' dialogues with citizens "
        + "(đối thoại với Nhân dân) and village meetings where households decide (hội nghị thôn, tổ dân phố).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER})
public class ConferenceResource {

    private final ConferenceService conferences;

    public ConferenceResource(ConferenceService conferences) {
        this.conferences = conferences;
    }

    @GET
    @Operation(summary = "List conferences and dialogues in your scope",
            description = "A conference belongs to the scope of the unit that held it. Filters combine with AND. "
                    + "`unitId` means that unit and every unit below it (404 if you cannot see it); `from`/`to` are inclusive dates and "
                    + "`year` a calendar year. `q` matches the title or the resolutions, ignoring case and "
                    + "Vietnamese diacritics. Conferences are a unit's internal records: the `integration` role "
                    + "does not read them.")
    @APIResponse(responseCode = "200", description = "A page of conferences, newest first unless sorted otherwise.")
    public PageResult<ConferenceResponse> list(
            @BeanParam ListParams params,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = ConferenceKind.class)) String kind,
            @BeanParam PageRequest page) {
        ConferenceFilter filter = new ConferenceFilter(params.unitId(),
                QueryParams.optionalEnum("kind", kind, ConferenceKind.class),
                params.period(), params.q(),
                params.updatedSince());
        return conferences.list(filter, page);
    }

    @GET
    @Path("/lagging-units")
    @Operation(summary = "List the units that held no conference in a period",
            description = "The active agencies, public service units and enterprises in your scope (and under "
                    + "`unitId`, if given) with no conference or dialogue of any kind dated in the period: the "
                    + "units that lag. A period is required: `year`, or `from` and `to`.")
    @APIResponse(responseCode = "200", description = "A page of units, by name unless sorted otherwise.")
    public PageResult<UnitRef> laggingUnits(
            @BeanParam AreaParams area,
            @BeanParam PageRequest page) {
        return conferences.laggingUnits(area.unitId(), area.period(), page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record a conference or dialogue",
            description = "The kind must fit the unit's type on the date: STAFF_CONFERENCE for an agency, public "
                    + "service unit or commune, WORKERS_CONFERENCE or WORKPLACE_DIALOGUE for an enterprise, "
                    + "LEADERS_DIALOGUE for a commune, VILLAGE_MEETING for a village; otherwise 400 names `kind`. "
                    + "A village meeting carries the village's households, those represented and the items decided: "
                    + "it is valid with more than half of the households represented, and an item is decided when "
                    + "more than half of all households agree — below either, it is recorded but not decided. "
                    + "Officers record them for units of their own subtree.")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = ConferenceResponse.class)))
    public RestResponse<ConferenceResponse> create(@Valid @NotNull ConferenceRequest request, @Context UriInfo uri) {
        ConferenceResponse created = conferences.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a conference or dialogue")
    @APIResponse(responseCode = "200", description = "The conference; its ETag is its version.")
    public RestResponse<ConferenceResponse> get(@PathParam("id") long id) {
        ConferenceResponse conference = conferences.get(id);
        return Responses.ok(conference.version(), conference);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Replace a conference or dialogue",
            description = "Carries the `version` that was read: a stale one answers 409 and changes nothing. "
                    + "An `If-Match` header with the ETag of GET is also honoured (412 when it does not match).")
    @APIResponse(responseCode = "200", description = "The conference as changed.")
    public RestResponse<ConferenceResponse> update(@PathParam("id") long id,
                                                   @HeaderParam("If-Match") @Parameter(description = "The ETag read.") String ifMatch,
                                                   @Valid @NotNull ConferenceUpdateRequest request) {
        ConferenceResponse conference = conferences.update(id, request, ETags.versionOf(ifMatch));
        return Responses.ok(conference.version(), conference);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Who recorded and changed a conference, when, and what")
    @APIResponse(responseCode = "200", description = "A page of history entries, newest first.")
    public PageResult<HistoryEntry> history(@PathParam("id") long id, @BeanParam PageRequest page) {
        return conferences.history(id, page);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Delete a conference or dialogue")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") long id) {
        conferences.delete(id);
    }
}

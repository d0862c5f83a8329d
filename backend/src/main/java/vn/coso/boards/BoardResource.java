package vn.coso.boards;

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
import vn.coso.boards.BoardDtos.ActivityRequest;
import vn.coso.boards.BoardDtos.ActivityResponse;
import vn.coso.boards.BoardDtos.AnswerRequest;
import vn.coso.boards.BoardDtos.BoardRequest;
import vn.coso.boards.BoardDtos.BoardResponse;
import vn.coso.boards.BoardDtos.MemberRequest;
import vn.coso.boards.BoardDtos.MemberResponse;
import vn.coso.boards.BoardDtos.RecommendationRequest;
import vn.coso.boards.BoardDtos.RecommendationResponse;
import vn.coso.common.history.HistoryDtos.HistoryEntry;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.Period;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.common.web.ETags;
import vn.coso.common.web.Responses;

import java.util.List;

@Path("/api/v1/boards")
@Tag(name = "Boards", description = "The people's own bodies: people's inspection boards (Ban Thanh tra nhân dân), community "
        + "investment supervision boards (Ban Giám sát đầu tư của cộng đồng) and the Fatherland Front's committees (giám sát, "
        + "phản biện xã hội) — members, work and recommendations. A board is seen by whoever sees its unit; out of scope is 404.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER})
public class BoardResource {

    private final BoardService boards;

    public BoardResource(BoardService boards) {
        this.boards = boards;
    }

    @GET
    @Operation(summary = "List the boards in your scope",
            description = "`unitId` means that unit and every unit below it (404 if you cannot see it); `servingOn` keeps "
                    + "the boards whose term covers that day; `q` matches the name or the electing meeting.")
    @APIResponse(responseCode = "200", description = "A page of boards.")
    public PageResult<BoardResponse> list(
            @QueryParam("unitId") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int64")) String unitId,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = BoardKind.class)) String kind,
            @QueryParam("servingOn") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String servingOn,
            @QueryParam("q") String q,
            @QueryParam("updatedSince") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date-time")) String updatedSince,
            @BeanParam PageRequest page) {
        return boards.list(new BoardFilter(QueryParams.optionalLong("unitId", unitId),
                QueryParams.optionalEnum("kind", kind, BoardKind.class),
                QueryParams.optionalDate("servingOn", servingOn),
                q == null || q.isBlank() ? null : q.trim(),
                QueryParams.optionalInstant("updatedSince", updatedSince)), page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Set up a board for a term",
            description = "The kind must fit the unit's type on `termFrom`; a community investment supervision board "
                    + "cannot start on or after 2025-07-01 (from then the people's inspection board supervises investment).")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = BoardResponse.class)))
    public RestResponse<BoardResponse> create(@Valid @NotNull BoardRequest request, @Context UriInfo uri) {
        BoardResponse created = boards.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a board")
    @APIResponse(responseCode = "200", description = "The board; its ETag is its version.")
    public RestResponse<BoardResponse> get(@PathParam("id") long id) {
        BoardResponse board = boards.get(id);
        return Responses.ok(board.version(), board);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Replace a board", description = "Carries the `version` read: a stale one answers 409.")
    @APIResponse(responseCode = "200", description = "The board as changed.")
    public RestResponse<BoardResponse> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                              @Valid @NotNull BoardRequest request) {
        BoardResponse board = boards.update(id, request, ETags.versionOf(ifMatch));
        return Responses.ok(board.version(), board);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Who changed the board, its members, its work and its recommendations, when, and what")
    @APIResponse(responseCode = "200", description = "A page of history entries, newest first.")
    public PageResult<HistoryEntry> history(@PathParam("id") long id, @BeanParam PageRequest page) {
        return boards.history(id, page);
    }

    @GET
    @Path("/{id}/members")
    @Operation(summary = "The board's members, past and present")
    @APIResponse(responseCode = "200", description = "The members, by the day they joined.")
    public List<MemberResponse> members(@PathParam("id") long id) {
        return boards.members(id);
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Add a member, with the term and the meeting that elected them")
    @APIResponse(responseCode = "201", description = "The member.",
            content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    public RestResponse<MemberResponse> addMember(@PathParam("id") long id, @Valid @NotNull MemberRequest request,
                                                  @Context UriInfo uri) {
        MemberResponse member = boards.addMember(id, request);
        return Responses.created(uri, member.id(), member.version(), member);
    }

    @PUT
    @Path("/{id}/members/{memberId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Change a member", description = "Carries the `version` read.")
    @APIResponse(responseCode = "200", description = "The member as changed.")
    public RestResponse<MemberResponse> updateMember(@PathParam("id") long id, @PathParam("memberId") long memberId,
                                                     @HeaderParam("If-Match") String ifMatch,
                                                     @Valid @NotNull MemberRequest request) {
        MemberResponse member = boards.updateMember(id, memberId, request, ETags.versionOf(ifMatch));
        return Responses.ok(member.version(), member);
    }

    @GET
    @Path("/{id}/activities")
    @Operation(summary = "The board's work, newest first", description = "`year` or `from`/`to` bound the start day.")
    @APIResponse(responseCode = "200", description = "The work with its recommendations.")
    public List<ActivityResponse> activities(
            @PathParam("id") long id,
            @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String year,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        return boards.activities(id, Period.of(from, to, year));
    }

    @POST
    @Path("/{id}/activities")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record an inspection, supervision, investment supervision or social critique",
            description = "Within the board's term; the kinds a board does follow its kind and the day. An investment "
                    + "supervision names the project; a social critique may name the consultation whose draft it answers.")
    @APIResponse(responseCode = "201", description = "The work.",
            content = @Content(schema = @Schema(implementation = ActivityResponse.class)))
    public RestResponse<ActivityResponse> recordActivity(@PathParam("id") long id, @Valid @NotNull ActivityRequest request,
                                                         @Context UriInfo uri) {
        ActivityResponse activity = boards.recordActivity(id, request);
        return Responses.created(uri, activity.id(), activity.version(), activity);
    }

    @GET
    @Path("/{id}/activities/{activityId}")
    @Operation(summary = "Get a piece of the board's work")
    @APIResponse(responseCode = "200", description = "The work with its recommendations.")
    public ActivityResponse activity(@PathParam("id") long id, @PathParam("activityId") long activityId) {
        return boards.activity(id, activityId);
    }

    @PUT
    @Path("/{id}/activities/{activityId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Replace a piece of the board's work", description = "Carries the `version` read.")
    @APIResponse(responseCode = "200", description = "The work as changed.")
    public ActivityResponse updateActivity(@PathParam("id") long id, @PathParam("activityId") long activityId,
                                           @HeaderParam("If-Match") String ifMatch,
                                           @Valid @NotNull ActivityRequest request) {
        return boards.updateActivity(id, activityId, request, ETags.versionOf(ifMatch));
    }

    @POST
    @Path("/{id}/activities/{activityId}/recommendations")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Add a recommendation to the unit concerned, with its deadline")
    @APIResponse(responseCode = "200", description = "The work with its recommendations.")
    public ActivityResponse addRecommendation(@PathParam("id") long id, @PathParam("activityId") long activityId,
                                              @Valid @NotNull RecommendationRequest request) {
        return boards.addRecommendation(id, activityId, request);
    }

    @POST
    @Path("/{id}/recommendations/{recommendationId}/answer")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record the answer of the unit concerned", description = "Carries the `version` read.")
    @APIResponse(responseCode = "200", description = "The recommendation.")
    public RecommendationResponse answer(@PathParam("id") long id, @PathParam("recommendationId") long recommendationId,
                                         @Valid @NotNull AnswerRequest request) {
        return boards.answer(id, recommendationId, request);
    }
}

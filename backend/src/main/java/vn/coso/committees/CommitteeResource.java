package vn.coso.committees;

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
import vn.coso.committees.CommitteeDtos.CommitteeRequest;
import vn.coso.committees.CommitteeDtos.CommitteeResponse;
import vn.coso.committees.CommitteeDtos.CommitteeUpdateRequest;
import vn.coso.committees.CommitteeDtos.MeetingRequest;
import vn.coso.committees.CommitteeDtos.MeetingResponse;
import vn.coso.committees.CommitteeDtos.MemberRequest;
import vn.coso.committees.CommitteeDtos.MemberResponse;
import vn.coso.committees.CommitteeDtos.MyUnits;
import vn.coso.committees.CommitteeDtos.PlanRequest;
import vn.coso.committees.CommitteeDtos.PlanResponse;
import vn.coso.committees.CommitteeDtos.RemedyCompleteRequest;
import vn.coso.committees.CommitteeDtos.RemedyRequest;
import vn.coso.committees.CommitteeDtos.RemedyResponse;
import vn.coso.committees.CommitteeDtos.ShortcomingRequest;
import vn.coso.committees.CommitteeDtos.ShortcomingResponse;
import vn.coso.committees.CommitteeDtos.TargetRequest;
import vn.coso.committees.CommitteeDtos.TaskRequest;
import vn.coso.committees.CommitteeDtos.TaskResponse;
import vn.coso.committees.CommitteeDtos.TaskStatusRequest;
import vn.coso.common.history.HistoryDtos.HistoryEntry;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.Period;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.common.web.ETags;
import vn.coso.common.web.Responses;

import java.util.List;

@Path("/api/v1/committees")
@Tag(name = "Committees", description = "Ban Chỉ đạo thực hiện dân chủ ở cơ sở: members, plans and targets, meetings, "
        + "shortcomings followed to their remedies. A committee is seen by whoever sees its unit; out of scope is 404.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER})
public class CommitteeResource {

    private final CommitteeService committees;
    private final PlanService plans;
    private final MeetingService meetings;
    private final ShortcomingService shortcomings;

    public CommitteeResource(CommitteeService committees, PlanService plans, MeetingService meetings,
                             ShortcomingService shortcomings) {
        this.committees = committees;
        this.plans = plans;
        this.meetings = meetings;
        this.shortcomings = shortcomings;
    }

    @GET
    @Operation(summary = "List the committees in your scope", description = "By the unit tree, top first.")
    @APIResponse(responseCode = "200", description = "A page of committees.")
    public PageResult<CommitteeResponse> list(@BeanParam PageRequest page) {
        return committees.list(page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record a unit's steering committee", description = "One per unit; not for villages.")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = CommitteeResponse.class)))
    @APIResponse(responseCode = "409", description = "The unit already has a committee.")
    public RestResponse<CommitteeResponse> create(@Valid @NotNull CommitteeRequest request, @Context UriInfo uri) {
        CommitteeResponse created = committees.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/me/units")
    @Operation(summary = "My units: the units you follow as a committee member",
            description = "The units assigned to the committee members linked to your account and serving today, each "
                    + "with the review's figures for the year (default: this year) and why it lags — only those inside "
                    + "your own scope: membership narrows what you see, never widens it.")
    @APIResponse(responseCode = "200", description = "Your units.")
    public MyUnits myUnits(@QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32"))
                           String year) {
        Integer parsed = year == null || year.isBlank() ? null : Period.of(null, null, year).from().getYear();
        return committees.myUnits(parsed);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a committee")
    @APIResponse(responseCode = "200", description = "The committee; its ETag is its version.")
    @APIResponse(responseCode = "404", description = "No such committee in your scope.")
    public RestResponse<CommitteeResponse> get(@PathParam("id") long id) {
        CommitteeResponse committee = committees.get(id);
        return Responses.ok(committee.version(), committee);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Change a committee's name or founding decision", description = "Carries the `version` read.")
    @APIResponse(responseCode = "200", description = "The committee as changed.")
    public RestResponse<CommitteeResponse> update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
                                                  @Valid @NotNull CommitteeUpdateRequest request) {
        CommitteeResponse committee = committees.update(id, request, ETags.versionOf(ifMatch));
        return Responses.ok(committee.version(), committee);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Who changed the committee, its members, plans, meetings and shortcomings, when, and what")
    @APIResponse(responseCode = "200", description = "A page of history entries, newest first.")
    public PageResult<HistoryEntry> history(@PathParam("id") long id, @BeanParam PageRequest page) {
        return committees.history(id, page);
    }

    @GET
    @Path("/{id}/members")
    @Operation(summary = "The committee's members, past and present")
    @APIResponse(responseCode = "200", description = "The members.")
    public List<MemberResponse> members(@PathParam("id") long id) {
        return committees.members(id);
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Add a member", description = "Assigned units must lie in the committee's unit's subtree.")
    @APIResponse(responseCode = "201", description = "The member.",
            content = @Content(schema = @Schema(implementation = MemberResponse.class)))
    public RestResponse<MemberResponse> addMember(@PathParam("id") long id, @Valid @NotNull MemberRequest request,
                                                  @Context UriInfo uri) {
        MemberResponse member = committees.addMember(id, request);
        return Responses.created(uri, member.id(), member.version(), member);
    }

    @PUT
    @Path("/{id}/members/{memberId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Change a member (role, period, assigned units, account)", description = "Carries the `version` read.")
    @APIResponse(responseCode = "200", description = "The member as changed.")
    public RestResponse<MemberResponse> updateMember(@PathParam("id") long id, @PathParam("memberId") long memberId,
                                                     @HeaderParam("If-Match") String ifMatch,
                                                     @Valid @NotNull MemberRequest request) {
        MemberResponse member = committees.updateMember(id, memberId, request, ETags.versionOf(ifMatch));
        return Responses.ok(member.version(), member);
    }

    @GET
    @Path("/{id}/plans")
    @Operation(summary = "The committee's annual plans, newest first, with their targets' progress")
    @APIResponse(responseCode = "200", description = "The plans.")
    public List<PlanResponse> plans(@PathParam("id") long id) {
        return plans.list(id);
    }

    @POST
    @Path("/{id}/plans")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Make the committee's plan for a year", description = "One plan per year.")
    @APIResponse(responseCode = "201", description = "The plan.",
            content = @Content(schema = @Schema(implementation = PlanResponse.class)))
    public RestResponse<PlanResponse> createPlan(@PathParam("id") long id, @Valid @NotNull PlanRequest request,
                                                 @Context UriInfo uri) {
        PlanResponse plan = plans.create(id, request);
        return RestResponse.ResponseBuilder.<PlanResponse>created(
                uri.getAbsolutePathBuilder().path(String.valueOf(plan.year())).build()).entity(plan).build();
    }

    @GET
    @Path("/{id}/plans/{year}")
    @Operation(summary = "The plan of a year, with each target's progress computed from the records now",
            description = "A target's `status`: MET when the figure so far meets it (an at-least target) or the year "
                    + "ended meeting it; MISSED when the year ended short of it; otherwise ON_TRACK when the figure "
                    + "projected linearly to the year's end at the pace so far meets it, AT_RISK when it misses.")
    @APIResponse(responseCode = "200", description = "The plan.")
    public PlanResponse plan(@PathParam("id") long id, @PathParam("year") int year) {
        return plans.get(id, year);
    }

    @POST
    @Path("/{id}/plans/{year}/tasks")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Add a task to the year's plan")
    @APIResponse(responseCode = "200", description = "The plan.")
    public PlanResponse addTask(@PathParam("id") long id, @PathParam("year") int year, @Valid @NotNull TaskRequest request) {
        return plans.addTask(id, year, request);
    }

    @POST
    @Path("/{id}/tasks/{taskId}/status")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Set a plan task's status")
    @APIResponse(responseCode = "200", description = "The task.")
    public TaskResponse setTaskStatus(@PathParam("id") long id, @PathParam("taskId") long taskId,
                                      @Valid @NotNull TaskStatusRequest request) {
        return plans.setTaskStatus(id, taskId, request);
    }

    @POST
    @Path("/{id}/plans/{year}/targets")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Add a target on a figure of the annual review",
            description = "`figureKey` is a key of the review's figures (e.g. regulations.share, feedback.overdue); a "
                    + "share's threshold is a fraction from 0 to 1.")
    @APIResponse(responseCode = "200", description = "The plan.")
    public PlanResponse addTarget(@PathParam("id") long id, @PathParam("year") int year,
                                  @Valid @NotNull TargetRequest request) {
        return plans.addTarget(id, year, request);
    }

    @DELETE
    @Path("/{id}/targets/{targetId}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Remove a target")
    @APIResponse(responseCode = "204", description = "Removed.")
    public void deleteTarget(@PathParam("id") long id, @PathParam("targetId") long targetId) {
        plans.deleteTarget(id, targetId);
    }

    @GET
    @Path("/{id}/meetings")
    @Operation(summary = "The committee's meetings with their conclusions", description = "`year` or `from`/`to` bound the date.")
    @APIResponse(responseCode = "200", description = "The meetings, oldest first.")
    public List<MeetingResponse> meetings(
            @PathParam("id") long id,
            @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String year,
            @QueryParam("from") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
            @QueryParam("to") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "date")) String to) {
        return meetings.list(id, Period.of(from, to, year));
    }

    @POST
    @Path("/{id}/meetings")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record a meeting, its attendees and conclusions",
            description = "A SHORTCOMING conclusion records the shortcoming (year: the meeting's); a TASK conclusion with "
                    + "`shortcomingId` records that shortcoming's remedy (unitId: the owner unit; deadline required).")
    @APIResponse(responseCode = "201", description = "The meeting.",
            content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
    public RestResponse<MeetingResponse> createMeeting(@PathParam("id") long id, @Valid @NotNull MeetingRequest request,
                                                       @Context UriInfo uri) {
        MeetingResponse meeting = meetings.create(id, request);
        return Responses.created(uri, meeting.id(), meeting.version(), meeting);
    }

    @GET
    @Path("/{id}/meetings/{meetingId}")
    @Operation(summary = "Get a meeting")
    @APIResponse(responseCode = "200", description = "The meeting.")
    public MeetingResponse meeting(@PathParam("id") long id, @PathParam("meetingId") long meetingId) {
        return meetings.get(id, meetingId);
    }

    @GET
    @Path("/{id}/shortcomings")
    @Operation(summary = "The shortcomings the committee named, with causes and remedies", description = "`year`: the review year.")
    @APIResponse(responseCode = "200", description = "The shortcomings.")
    public List<ShortcomingResponse> shortcomings(
            @PathParam("id") long id,
            @QueryParam("year") @Parameter(schema = @Schema(type = SchemaType.INTEGER, format = "int32")) String year) {
        return shortcomings.list(id, year == null || year.isBlank() ? null : QueryParams.parseInt("year", year));
    }

    @POST
    @Path("/{id}/shortcomings")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Record a shortcoming")
    @APIResponse(responseCode = "201", description = "The shortcoming.",
            content = @Content(schema = @Schema(implementation = ShortcomingResponse.class)))
    public RestResponse<ShortcomingResponse> createShortcoming(@PathParam("id") long id,
                                                               @Valid @NotNull ShortcomingRequest request,
                                                               @Context UriInfo uri) {
        ShortcomingResponse created = shortcomings.create(id, request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}/shortcomings/{shortcomingId}")
    @Operation(summary = "Get a shortcoming")
    @APIResponse(responseCode = "200", description = "The shortcoming.")
    public ShortcomingResponse shortcoming(@PathParam("id") long id, @PathParam("shortcomingId") long shortcomingId) {
        return shortcomings.get(id, shortcomingId);
    }

    @POST
    @Path("/{id}/shortcomings/{shortcomingId}/remedies")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Add a remedy to a shortcoming", description = "The owner unit lies in the committee's subtree.")
    @APIResponse(responseCode = "200", description = "The shortcoming with its remedies.")
    public ShortcomingResponse addRemedy(@PathParam("id") long id, @PathParam("shortcomingId") long shortcomingId,
                                         @Valid @NotNull RemedyRequest request) {
        return shortcomings.addRemedy(id, shortcomingId, request);
    }

    @POST
    @Path("/{id}/remedies/{remedyId}/start")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Start a remedy (OPEN → IN_PROGRESS)")
    @APIResponse(responseCode = "200", description = "The remedy.")
    public RemedyResponse startRemedy(@PathParam("id") long id, @PathParam("remedyId") long remedyId,
                                      @Valid @NotNull CommitteeDtos.VersionRequest request) {
        return shortcomings.start(id, remedyId, request.version());
    }

    @POST
    @Path("/{id}/remedies/{remedyId}/complete")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Mark a remedy done, with its evidence (→ DONE)")
    @APIResponse(responseCode = "200", description = "The remedy.")
    public RemedyResponse completeRemedy(@PathParam("id") long id, @PathParam("remedyId") long remedyId,
                                         @Valid @NotNull RemedyCompleteRequest request) {
        return shortcomings.complete(id, remedyId, request);
    }
}

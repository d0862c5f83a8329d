package vn.coso.feedback;

import vn.coso.common.rights.DemocracyRight;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import vn.coso.common.abuse.Idempotency;
import vn.coso.common.history.HistoryDtos.HistoryEntry;
import vn.coso.common.paging.ListParams;
import vn.coso.common.paging.KeysetPageRequest;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.common.web.Responses;
import vn.coso.feedback.FeedbackDtos.AnswerRequest;
import vn.coso.feedback.FeedbackDtos.AssignRequest;
import vn.coso.feedback.FeedbackDtos.FeedbackResponse;
import vn.coso.feedback.FeedbackDtos.PriorityRequest;
import vn.coso.feedback.FeedbackDtos.RejectRequest;
import vn.coso.feedback.FeedbackDtos.StaffFeedbackRequest;
import vn.coso.feedback.FeedbackDtos.VersionRequest;
import vn.coso.feedback.FeedbackEnums.Channel;
import vn.coso.feedback.FeedbackEnums.Priority;
import vn.coso.feedback.FeedbackEnums.Status;
import vn.coso.feedback.FeedbackEnums.Type;

@Path("/api/v1/feedback")
@Tag(name = "Feedback", description = "The inbox of citizens' and workers' feedback (ý kiến, phản ánh, kiến nghị): "
        + "deadlines in working time, explicit operations, history. The sender is shown to admin only.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER})
public class FeedbackResource {

    static final String RECORD_OPERATION = "feedback-record";

    private final FeedbackService feedback;
    private final FeedbackIntake intake;
    private final FeedbackWorkflow workflow;
    private final Idempotency idempotency;

    public FeedbackResource(FeedbackService feedback, FeedbackIntake intake, FeedbackWorkflow workflow,
                            Idempotency idempotency) {
        this.feedback = feedback;
        this.intake = intake;
        this.workflow = workflow;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "The feedback inbox in your scope",
            description = "Feedback about a unit of your scope, or assigned to one. `unitId`: about that unit or a unit "
                    + "below it. `from`/`to`/`year`: received on those days (Vietnam time). `overdue=true`: open and past "
                    + "its answer deadline, or still RECEIVED past its acknowledgement deadline. `q` matches title and "
                    + "text ignoring case and diacritics, or the tracking code in any spelling the portal accepts (K7M2Q-X9P4T, "
                    + "k7m2qx9p4t). `sender` is filled for admin only.")
    @APIResponse(responseCode = "200", description = "A page of feedback, newest first unless sorted otherwise.")
    public PageResult<FeedbackResponse> list(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = Status.class)) String status,
            @QueryParam("right") @Parameter(schema = @Schema(implementation = DemocracyRight.class)) String right,
            @QueryParam("type") @Parameter(schema = @Schema(implementation = Type.class)) String type,
            @QueryParam("channel") @Parameter(schema = @Schema(implementation = Channel.class)) String channel,
            @QueryParam("priority") @Parameter(schema = @Schema(implementation = Priority.class)) String priority,
            @QueryParam("overdue") @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) String overdue,
            @BeanParam ListParams params,
            @BeanParam KeysetPageRequest page) {
        FeedbackFilter filter = new FeedbackFilter(
                QueryParams.optionalEnum("status", status, Status.class),
                QueryParams.optionalEnum("right", right, DemocracyRight.class),
                QueryParams.optionalEnum("type", type, Type.class),
                QueryParams.optionalEnum("channel", channel, Channel.class),
                QueryParams.optionalEnum("priority", priority, Priority.class),
                params.unitId(), QueryParams.optionalBoolean("overdue", overdue),
                params.period(), params.q(), params.updatedSince());
        return feedback.list(filter, page);
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INTEGRATION})
    @Operation(summary = "Record a feedback received by hotline, meeting or mailbox, or sent by another system",
            description = "Staff record what reached them otherwise than through the portal (channel HOTLINE, MEETING, "
                    + "MAILBOX), about a unit of their scope. The `integration` role submits with channel INTEGRATION "
                    + "and follows it with GET /api/v1/feedback-tracking/{trackingCode}. Sender data needs `consent`. "
                    + "An `Idempotency-Key` makes a retry return the first answer.")
    @APIResponse(responseCode = "201", description = "Recorded.",
            content = @Content(schema = @Schema(implementation = FeedbackResponse.class)))
    public RestResponse<FeedbackResponse> record(
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried request return the first answer.")
            String idempotencyKey,
            @Valid @NotNull StaffFeedbackRequest request, @Context UriInfo uri) {
        // Only the id is kept for retries, so that no copy of the sender's data waits in the key store.
        long id = idempotency.once(RECORD_OPERATION, idempotencyKey, request, Long.class, () -> intake.record(request)).body();
        FeedbackResponse created = feedback.get(id);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a feedback", description = "`sender` is filled for admin only.")
    @APIResponse(responseCode = "200", description = "The feedback; its ETag is its version.")
    public RestResponse<FeedbackResponse> get(@PathParam("id") long id) {
        FeedbackResponse found = feedback.get(id);
        return Responses.ok(found.version(), found);
    }

    @POST
    @Path("/{id}/assign")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Assign (RECEIVED, ASSIGNED or IN_PROGRESS → ASSIGNED)",
            description = "To a unit of your scope and optionally a person; acknowledges the feedback (the answer "
                    + "deadline then counts from now). May change the priority.")
    @APIResponse(responseCode = "200", description = "The assigned feedback.")
    public FeedbackResponse assign(@PathParam("id") long id, @Valid @NotNull AssignRequest request) {
        return workflow.assign(id, request);
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Start handling (RECEIVED or ASSIGNED → IN_PROGRESS)", description = "Acknowledges it if not yet.")
    @APIResponse(responseCode = "200", description = "The feedback in progress.")
    public FeedbackResponse start(@PathParam("id") long id, @Valid @NotNull VersionRequest request) {
        return workflow.start(id, request.version());
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Answer (IN_PROGRESS → ANSWERED)",
            description = "Published on the tracking page (default) or internal. The sender may then rate it.")
    @APIResponse(responseCode = "200", description = "The answered feedback.")
    public FeedbackResponse answer(@PathParam("id") long id, @Valid @NotNull AnswerRequest request) {
        return workflow.answer(id, request);
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Close (ANSWERED → CLOSED)")
    @APIResponse(responseCode = "200", description = "The closed feedback.")
    public FeedbackResponse close(@PathParam("id") long id, @Valid @NotNull VersionRequest request) {
        return workflow.close(id, request.version());
    }

    @POST
    @Path("/{id}/reject")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Reject (RECEIVED, ASSIGNED or IN_PROGRESS → REJECTED)",
            description = "With a reason; REFERRED for a complaint or denunciation sent to its own procedure. The note "
                    + "is shown to the sender: say where to turn.")
    @APIResponse(responseCode = "200", description = "The rejected feedback.")
    public FeedbackResponse reject(@PathParam("id") long id, @Valid @NotNull RejectRequest request) {
        return workflow.reject(id, request);
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Reopen (ANSWERED or CLOSED, for admin also REJECTED → IN_PROGRESS)",
            description = "Officers after the sender rated the answer 2 or less; admins at any time. The answer deadline "
                    + "restarts now; the rating is cleared (it stays in the history).")
    @APIResponse(responseCode = "200", description = "The reopened feedback.")
    public FeedbackResponse reopen(@PathParam("id") long id, @Valid @NotNull VersionRequest request) {
        return workflow.reopen(id, request.version());
    }

    @POST
    @Path("/{id}/priority")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Set the priority (URGENT or NORMAL) of an open feedback", description = "Recomputes the deadlines.")
    @APIResponse(responseCode = "200", description = "The feedback with its new deadlines.")
    public FeedbackResponse prioritize(@PathParam("id") long id, @Valid @NotNull PriorityRequest request) {
        return workflow.prioritize(id, request);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Who did what to the feedback, and when", description = "Newest first, field by field; "
            + "never the sender's data.")
    @APIResponse(responseCode = "200", description = "A page of history entries.")
    public PageResult<HistoryEntry> history(@PathParam("id") long id, @BeanParam PageRequest page) {
        return feedback.history(id, page);
    }
}

package vn.coso.consultations;

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
import vn.coso.consultations.ConsultationDtos.CommentAnswerRequest;
import vn.coso.consultations.ConsultationDtos.CommentResponse;
import vn.coso.consultations.ConsultationDtos.ConsultationFigures;
import vn.coso.consultations.ConsultationDtos.ConsultationRequest;
import vn.coso.consultations.ConsultationDtos.ConsultationResponse;
import vn.coso.consultations.ConsultationDtos.ConsultationSummary;
import vn.coso.consultations.ConsultationDtos.ConsultationUpdateRequest;
import vn.coso.consultations.ConsultationDtos.VersionRequest;

@Path("/api/v1/consultations")
@Tag(name = "Consultations", description = "Consultations on a unit's draft (lấy ý kiến dự thảo): the comments "
        + "received and the unit's answer to each (tiếp thu, giải trình).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER})
public class ConsultationResource {

    private final ConsultationService consultations;
    private final ConsultationCommentService comments;

    public ConsultationResource(ConsultationService consultations, ConsultationCommentService comments) {
        this.consultations = consultations;
        this.comments = comments;
    }

    @GET
    @Operation(summary = "List consultations in your scope",
            description = "A consultation belongs to the scope of the unit whose draft it is. `unitId` means that unit "
                    + "and its subtree (404 if you cannot see it); `from`/`to`/`year` bound the opening date; `window` "
                    + "compares today (Vietnam time) with the dates; `q` matches the title ignoring case and diacritics.")
    @APIResponse(responseCode = "200", description = "A page of consultations, latest opening first unless sorted otherwise.")
    public PageResult<ConsultationSummary> list(
            @BeanParam ListParams params,
            @BeanParam ConsultationListParams filters,
            @QueryParam("status") @Parameter(schema = @Schema(implementation = ConsultationStatus.class)) String status,
            @BeanParam PageRequest page) {
        ConsultationFilter filter = filters.filter(params,
                QueryParams.optionalEnum("status", status, ConsultationStatus.class));
        return consultations.list(filter, page);
    }

    @GET
    @Path("/figures")
    @Operation(summary = "Consultations held and comments accepted, for the review",
            description = "Counts, in your scope and under `unitId` (its subtree), the consultations published or "
                    + "concluded whose opening date falls in the period (`year`, or `from`/`to`; none: all time), and "
                    + "their comments by the unit's answer. Computed from the records each time.")
    @APIResponse(responseCode = "200", description = "The figures.")
    public ConsultationFigures figures(@BeanParam AreaParams area) {
        return consultations.figures(area.unitId(), area.period());
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Prepare a consultation (a DRAFT)",
            description = "For a unit in your scope. Publish it to put it before the public.")
    @APIResponse(responseCode = "201", description = "Created.",
            content = @Content(schema = @Schema(implementation = ConsultationResponse.class)))
    public RestResponse<ConsultationResponse> create(@Valid @NotNull ConsultationRequest request, @Context UriInfo uri) {
        ConsultationResponse created = consultations.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a consultation with its draft text")
    @APIResponse(responseCode = "200", description = "The consultation; its ETag is its version.")
    public RestResponse<ConsultationResponse> get(@PathParam("id") long id) {
        ConsultationResponse consultation = consultations.get(id);
        return Responses.ok(consultation.version(), consultation);
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Replace a draft consultation",
            description = "Only while it is a DRAFT (409 after), so that everyone comments on the same text. Carries "
                    + "the `version` read (409 when stale); `If-Match` with the ETag is honoured (412).")
    @APIResponse(responseCode = "200", description = "The consultation as changed.")
    public RestResponse<ConsultationResponse> update(@PathParam("id") long id,
                                                     @HeaderParam("If-Match") @Parameter(description = "The ETag read.") String ifMatch,
                                                     @Valid @NotNull ConsultationUpdateRequest request) {
        ConsultationResponse consultation = consultations.update(id, request, ETags.versionOf(ifMatch));
        return Responses.ok(consultation.version(), consultation);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Delete a draft consultation", description = "A published one is cancelled instead (409).")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") long id) {
        consultations.delete(id);
    }

    @POST
    @Path("/{id}/publish")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Publish a draft consultation (DRAFT → PUBLISHED)",
            description = "The public sees it at once and comments from its opening to its closing date. 409 if its "
                    + "closing date has passed.")
    @APIResponse(responseCode = "200", description = "The published consultation.")
    public ConsultationResponse publish(@PathParam("id") long id, @Valid @NotNull VersionRequest request) {
        return consultations.publish(id, request.version());
    }

    @POST
    @Path("/{id}/conclude")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Conclude a consultation (PUBLISHED → CONCLUDED)",
            description = "After its closing date, once every comment has its answer (409 otherwise): the result is final.")
    @APIResponse(responseCode = "200", description = "The concluded consultation.")
    public ConsultationResponse conclude(@PathParam("id") long id, @Valid @NotNull VersionRequest request) {
        return consultations.conclude(id, request.version());
    }

    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Cancel a consultation (DRAFT or PUBLISHED → CANCELLED)",
            description = "Withdrawn: no longer public, no more comments.")
    @APIResponse(responseCode = "200", description = "The cancelled consultation.")
    public ConsultationResponse cancel(@PathParam("id") long id, @Valid @NotNull VersionRequest request) {
        return consultations.cancel(id, request.version());
    }

    @GET
    @Path("/{id}/comments")
    @Operation(summary = "List a consultation's comments with their answers",
            description = "In the order received. Only admin sees who wrote a comment (`author`); for everyone else "
                    + "it is null.")
    @APIResponse(responseCode = "200", description = "A page of comments.")
    public PageResult<CommentResponse> comments(@PathParam("id") long id, @BeanParam PageRequest page) {
        return comments.list(id, page);
    }

    @POST
    @Path("/{id}/comments/{commentId}/answer")
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    @Operation(summary = "Answer a comment: accepted, partly accepted or not, and why (tiếp thu, giải trình)",
            description = "After the closing date and until the consultation is concluded (409 otherwise); answering "
                    + "again corrects the answer. Carries the comment's `version`.")
    @APIResponse(responseCode = "200", description = "The comment with its answer.")
    public CommentResponse answer(@PathParam("id") long id, @PathParam("commentId") long commentId,
                                  @Valid @NotNull CommentAnswerRequest request) {
        return comments.answer(id, commentId, request);
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Who changed the consultation or answered its comments, when, and what",
            description = "Newest first, field by field; an answer appears as comments.{commentId}.outcome and "
                    + ".explanation. The draft's text is kept by its SHA-256 digest.")
    @APIResponse(responseCode = "200", description = "A page of history entries.")
    public PageResult<HistoryEntry> history(@PathParam("id") long id, @BeanParam PageRequest page) {
        return consultations.history(id, page);
    }
}

package vn.coso.consultations;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.coso.common.abuse.Idempotency;
import vn.coso.common.abuse.RateLimiter;
import vn.coso.common.errors.Problem;
import vn.coso.common.paging.ListParams;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.consultations.ConsultationDtos.ConsultationResult;
import vn.coso.consultations.ConsultationDtos.PublicCommentReceipt;
import vn.coso.consultations.ConsultationDtos.PublicCommentRequest;
import vn.coso.consultations.ConsultationDtos.PublicConsultationResponse;
import vn.coso.consultations.ConsultationDtos.PublicConsultationSummary;

@Path("/api/v1/public/consultations")
@Tag(name = "Public consultations", description = "Drafts put out for comment, for everyone, signed out: read them, "
        + "comment while they are open (anonymously if you wish), and read how each comment was answered.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicConsultationResource {

    /** The rate limit (coso.abuse.rate-limits.public-comments.*) and the idempotency operation of comments. */
    static final String COMMENTS = "public-comments";

    private final PublicConsultationService consultations;
    private final ConsultationCommentService comments;
    private final RateLimiter rateLimiter;
    private final Idempotency idempotency;

    public PublicConsultationResource(PublicConsultationService consultations, ConsultationCommentService comments,
                                      RateLimiter rateLimiter, Idempotency idempotency) {
        this.consultations = consultations;
        this.comments = comments;
        this.rateLimiter = rateLimiter;
        this.idempotency = idempotency;
    }

    @GET
    @Operation(summary = "List published consultations",
            description = "Upcoming, open and closed ones (`window`), concluded ones among the closed. `unitId` means "
                    + "that unit and the units below it; `from`/`to`/`year` bound the opening date; `q` matches the "
                    + "title ignoring case and diacritics.")
    @APIResponse(responseCode = "200", description = "A page of consultations, latest opening first unless sorted otherwise.")
    public PageResult<PublicConsultationSummary> list(@BeanParam ListParams params,
                                                      @BeanParam ConsultationListParams filters,
                                                      @BeanParam PageRequest page) {
        return consultations.list(filters.filter(params, null), page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a published consultation and its draft")
    @APIResponse(responseCode = "200", description = "The consultation.")
    public PublicConsultationResponse get(@PathParam("id") long id) {
        return consultations.get(id);
    }

    @POST
    @Path("/{id}/comments")
    @Operation(summary = "Comment on an open consultation, signed out",
            description = "Between its opening and closing dates (Vietnam time); 409 outside them. Name and contact are "
                    + "optional and kept only with `consent`; they are never published. Limited per connection (429 "
                    + "with Retry-After); a retry with the same `Idempotency-Key` gets the first receipt again "
                    + "instead of a second comment.")
    @APIResponse(responseCode = "201", description = "Received (or, for a retry, the first receipt).",
            content = @Content(schema = @Schema(implementation = PublicCommentReceipt.class)))
    public RestResponse<PublicCommentReceipt> comment(
            @PathParam("id") long id,
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "A new random key (e.g. a UUID) per comment, "
                    + "sent again with its retries.") String idempotencyKey,
            @Valid @NotNull PublicCommentRequest request) {
        rateLimiter.check(COMMENTS);
        // Per consultation: the same key on another consultation's comment is another request.
        var outcome = idempotency.once(COMMENTS + ":" + id, idempotencyKey, request, PublicCommentReceipt.class,
                () -> comments.submit(id, request));
        return RestResponse.status(RestResponse.Status.CREATED, outcome.body());
    }

    @GET
    @Path("/{id}/result")
    @Operation(summary = "Read how each comment was answered (tiếp thu, giải trình)",
            description = "After the closing date: every comment, in the order received, with the unit's answer as "
                    + "recorded (final once `consultation.concluded`). 409 while the consultation is upcoming or open.")
    @APIResponse(responseCode = "200", description = "The result, comments paged by `page` and `size`.")
    @APIResponse(responseCode = "409", description = "Not closed yet.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "#/components/schemas/Problem")))
    public ConsultationResult result(@PathParam("id") long id, @BeanParam PageRequest page) {
        return consultations.result(id, page);
    }
}

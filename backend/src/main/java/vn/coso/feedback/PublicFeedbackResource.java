package vn.coso.feedback;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.coso.common.abuse.Idempotency;
import vn.coso.common.abuse.RateLimiter;
import vn.coso.feedback.FeedbackDtos.FeedbackReceipt;
import vn.coso.feedback.FeedbackDtos.FeedbackTracking;
import vn.coso.feedback.FeedbackDtos.PublicFeedbackRequest;
import vn.coso.feedback.FeedbackDtos.RatingRequest;

@Path("/api/v1/public/feedback")
@Tag(name = "Public portal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@SecurityRequirements
public class PublicFeedbackResource {

    static final String SUBMIT_LIMIT = "public-feedback";
    static final String TRACKING_LIMIT = "public-tracking";

    private final FeedbackIntake intake;
    private final FeedbackService feedback;
    private final RateLimiter rateLimiter;
    private final Idempotency idempotency;

    public PublicFeedbackResource(FeedbackIntake intake, FeedbackService feedback, RateLimiter rateLimiter,
                                  Idempotency idempotency) {
        this.intake = intake;
        this.feedback = feedback;
        this.rateLimiter = rateLimiter;
        this.idempotency = idempotency;
    }

    @POST
    @Operation(summary = "Send a feedback, signed out",
            description = "About any active unit (GET /api/v1/public/units). Anonymous if you wish: `anonymous: true`, "
                    + "or give no name or contact. Name, phone and email are kept only with `consent` and are seen by "
                    + "the Steering Committee's secretariat (admin) only, never by the unit concerned. Complaints and "
                    + "denunciations (khiếu nại, tố cáo) have procedures of their own under the Law on Complaints and "
                    + "the Law on Denunciations; they are referred there. Send an `Idempotency-Key` (e.g. a UUID made "
                    + "when the form opens) so that a retry after a lost answer does not send it twice. "
                    + "Rate-limited per connection (429 with Retry-After).")
    @APIResponse(responseCode = "201", description = "Received: keep the tracking code.",
            headers = @Header(name = "Location", description = "The tracking page of the feedback.",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(schema = @Schema(implementation = FeedbackReceipt.class)))
    public RestResponse<FeedbackReceipt> submit(
            @HeaderParam(Idempotency.HEADER) @Parameter(description = "Makes a retried request return the first answer.",
                    example = "3f1c2a9e-6b7d-4c55-9a0e-2f8d4b1e7c60") String idempotencyKey,
            @Valid @NotNull PublicFeedbackRequest request) {
        rateLimiter.check(SUBMIT_LIMIT);
        Idempotency.Outcome<FeedbackReceipt> outcome = idempotency.once(SUBMIT_LIMIT, idempotencyKey, request,
                FeedbackReceipt.class, () -> intake.submit(request));
        FeedbackReceipt receipt = outcome.body();
        return RestResponse.ResponseBuilder.<FeedbackReceipt>created(
                        UriBuilder.fromPath("/api/v1/public/feedback/{code}").build(receipt.trackingCode()))
                .entity(receipt).build();
    }

    @GET
    @Path("/{trackingCode}")
    @Operation(summary = "Follow a feedback by its tracking code",
            description = "Status, dates and the published answer; never the sender. The code may be typed in any "
                    + "case, with or without the dash.")
    @APIResponse(responseCode = "200", description = "The feedback as the public sees it.")
    @APIResponse(responseCode = "429", description = "Too many look-ups from your connection: wait for Retry-After seconds.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
    public FeedbackTracking track(@PathParam("trackingCode") String trackingCode) {
        rateLimiter.check(TRACKING_LIMIT);
        return feedback.track(trackingCode);
    }

    @POST
    @Path("/{trackingCode}/rating")
    @Operation(summary = "Rate the answer (1–5), once",
            description = "After the feedback was answered. A rating of 2 or less lets the unit reopen it.")
    @APIResponse(responseCode = "200", description = "The feedback with its rating.")
    public FeedbackTracking rate(@PathParam("trackingCode") String trackingCode,
                                 @Valid @NotNull RatingRequest request) {
        rateLimiter.check(SUBMIT_LIMIT);
        return feedback.rate(trackingCode, request);
    }
}

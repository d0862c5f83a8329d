package vn.coso.feedback;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.coso.common.security.Roles;
import vn.coso.feedback.FeedbackDtos.FeedbackTracking;

/**
 * A feedback followed by its tracking code, for other systems. Beside {@code /api/v1/feedback}
 * rather than under it: {@code /feedback/tracking/{code}} and {@code /feedback/{id}/answer} would
 * both match {@code /feedback/tracking/answer} (ambiguous paths, which Spectral and Redocly refuse).
 */
@Path("/api/v1/feedback-tracking")
@Tag(name = "Feedback")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION})
public class FeedbackTrackingResource {

    private final FeedbackService feedback;

    public FeedbackTrackingResource(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @GET
    @Path("/{trackingCode}")
    @Operation(summary = "Follow a feedback by its tracking code (for other systems)",
            description = "The public tracking view of a feedback in your scope: status, dates, published answer.")
    @APIResponse(responseCode = "200", description = "The feedback as the public sees it.")
    public FeedbackTracking get(@PathParam("trackingCode") String trackingCode) {
        return feedback.trackInScope(trackingCode);
    }
}

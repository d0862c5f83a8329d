package vn.coso.notifications;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.coso.notifications.NotificationDtos.UnsubscribeResult;

@Path("/api/v1/public/unsubscribe")
@Tag(name = "Public portal")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicUnsubscribeResource {

    private final NotificationService notifications;

    public PublicUnsubscribeResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @Operation(summary = "Stop mails to a citizen's address (the link in each mail)",
            description = "No account needed: the token is signed. Idempotent.")
    @APIResponse(responseCode = "200", description = "No more mail goes to that address.")
    public UnsubscribeResult unsubscribe(@QueryParam("token") String token) {
        return notifications.unsubscribe(token);
    }

    @POST
    @Operation(summary = "Stop mails to a citizen's address (one-click, RFC 8058)")
    @APIResponse(responseCode = "200", description = "No more mail goes to that address.")
    public UnsubscribeResult unsubscribeOneClick(@QueryParam("token") String token) {
        return notifications.unsubscribe(token);
    }
}

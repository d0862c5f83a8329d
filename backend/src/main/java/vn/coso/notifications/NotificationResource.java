package vn.coso.notifications;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.security.Roles;
import vn.coso.notifications.NotificationDtos.NotificationResponse;
import vn.coso.notifications.NotificationDtos.PreferencesRequest;
import vn.coso.notifications.NotificationDtos.PreferencesResponse;
import vn.coso.notifications.NotificationDtos.UnreadCount;


@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "The caller's in-app notifications (new feedback of their unit, escalations) "
        + "and how they want to be told: a mail each, a daily digest, in the app only, or not at all.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.OFFICER, Roles.INSPECTOR, Roles.VIEWER})
public class NotificationResource {

    private final NotificationService notifications;

    public NotificationResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GET
    @Operation(summary = "List my notifications", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of notifications.")
    public PageResult<NotificationResponse> list(
            @QueryParam("unread") @Parameter(description = "true: unread ones only.") String unread,
            @BeanParam PageRequest page) {
        return notifications.list(Boolean.TRUE.equals(QueryParams.optionalBoolean("unread", unread)), page);
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "How many of my notifications are unread", description = "For the bell.")
    @APIResponse(responseCode = "200", description = "The count.")
    public UnreadCount unread() {
        return notifications.unread();
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark a notification read")
    @APIResponse(responseCode = "200", description = "The notification, read.")
    public NotificationResponse read(@PathParam("id") long id) {
        return notifications.markRead(id);
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark all my notifications read")
    @APIResponse(responseCode = "200", description = "Nothing unread any more.")
    public UnreadCount readAll() {
        return notifications.markAllRead();
    }

    @GET
    @Path("/preferences")
    @Operation(summary = "My notification preferences", description = "Per event type (MAIL when never chosen) and "
            + "the language of my mails and notifications.")
    @APIResponse(responseCode = "200", description = "The preferences.")
    public PreferencesResponse preferences() {
        return notifications.preferences();
    }

    @PUT
    @Path("/preferences")
    @Operation(summary = "Change my notification preferences", description = "Event types not named keep their "
            + "choice; without language, the language stays.")
    @APIResponse(responseCode = "200", description = "The preferences as changed.")
    public PreferencesResponse setPreferences(@Valid @NotNull PreferencesRequest request) {
        return notifications.setPreferences(request);
    }
}

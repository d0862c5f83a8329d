package vn.coso.webhooks;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.security.Roles;
import vn.coso.common.web.Responses;
import vn.coso.webhooks.WebhookDtos.DeliveryResponse;
import vn.coso.webhooks.WebhookDtos.SubscriptionRequest;
import vn.coso.webhooks.WebhookDtos.SubscriptionResponse;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Subscriptions of admins and integrating systems to events, signed per "
        + "Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature). Delivery is at least once: a "
        + "repeat carries the same webhook-id. Payloads never carry a sender's name or contact.")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.INTEGRATION})
public class WebhookResource {

    private final WebhookService webhooks;

    public WebhookResource(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @POST
    @Operation(summary = "Subscribe to events", description = "Events of the unit's subtree (default: the caller's "
            + "whole scope; an integration client never gets events outside its own scope). The answer carries the "
            + "signing secret (whsec_…) — the only time it is shown.")
    @APIResponse(responseCode = "201", description = "Subscribed; keep the secret.",
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    public RestResponse<SubscriptionResponse> create(@Valid @NotNull SubscriptionRequest request, @Context UriInfo uri) {
        SubscriptionResponse created = webhooks.create(request);
        return Responses.created(uri, created.id(), created.version(), created);
    }

    @GET
    @Operation(summary = "List webhook subscriptions", description = "Admins see all; a system sees its own.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions, without their secrets.")
    public PageResult<SubscriptionResponse> list(@BeanParam PageRequest page) {
        return webhooks.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Get a webhook subscription")
    @APIResponse(responseCode = "200", description = "The subscription, without its secret.")
    public SubscriptionResponse get(@PathParam("id") long id) {
        return webhooks.get(id);
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a webhook subscription", description = "Carries the `version` read (stale: 409). "
            + "`enabled: false` pauses it (pending deliveries fail); `enabled: true` resumes it after a pause or "
            + "after it was disabled for failing.")
    @APIResponse(responseCode = "200", description = "The subscription as changed.")
    public SubscriptionResponse update(@PathParam("id") long id, @Valid @NotNull SubscriptionRequest request) {
        return webhooks.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook subscription", description = "Its deliveries and their log go with it.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") long id) {
        webhooks.delete(id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "The delivery log of a subscription", description = "Newest first, each with its attempts "
            + "(time, HTTP status or error, duration).")
    @APIResponse(responseCode = "200", description = "A page of deliveries.")
    public PageResult<DeliveryResponse> deliveries(@PathParam("id") long id,
                                                   @QueryParam("status") @Parameter(description = "PENDING, DELIVERED or FAILED.") String status,
                                                   @BeanParam PageRequest page) {
        return webhooks.deliveries(id, status, page);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a delivery again", description = "A fresh series of attempts with the same webhook-id.")
    @APIResponse(responseCode = "200", description = "The delivery, due now.")
    public DeliveryResponse redeliver(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return webhooks.redeliver(id, deliveryId);
    }
}

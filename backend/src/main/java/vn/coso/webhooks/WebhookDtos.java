package vn.coso.webhooks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The wire shapes of /api/v1/webhooks. */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    @Schema(name = "WebhookSubscriptionRequest")
    public record SubscriptionRequest(
            @NotBlank @Size(max = 2000) @Schema(description = "Absolute http(s) URL that receives POSTs.",
                    example = "https://tich-hop.example.vn/coso/events") String url,
            @NotEmpty @Schema(description = "Event types, e.g. feedback.received.") List<String> eventTypes,
            @Schema(description = "Only events of this unit and its subtree; default the caller's whole scope.")
            Long unitId,
            @Size(max = 255) String description,
            @Schema(description = "On update: false pauses, true resumes (and clears the failure streak).")
            Boolean enabled,
            @Schema(description = "On update: the version read (stale: 409).") Long version) {
    }

    @Schema(name = "WebhookSubscription")
    public record SubscriptionResponse(
            @Schema(required = true) long id,
            @Schema(required = true) String url,
            @Schema(required = true) List<String> eventTypes,
            @Schema(nullable = true) Long unitId,
            @Schema(nullable = true) String description,
            @Schema(required = true) boolean enabled,
            @Schema(nullable = true, description = "Why it was disabled: FAILING (too many failed attempts in a row) or PAUSED.")
            String disabledReason,
            @Schema(required = true) int failureStreak,
            @Schema(required = true) String owner,
            @Schema(nullable = true, description = "The signing secret (whsec_…): only in the answer to the creation.") String secret,
            @Schema(required = true) long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) {
    }

    @Schema(name = "WebhookDelivery")
    public record DeliveryResponse(
            @Schema(required = true) long id,
            @Schema(required = true, description = "The webhook-id header: the same on every attempt.") String messageId,
            @Schema(required = true) String eventType,
            @Schema(required = true, description = "PENDING, DELIVERED or FAILED.") String status,
            @Schema(required = true) int attempts,
            @Schema(nullable = true) Instant nextAttemptAt,
            @Schema(nullable = true) Instant lastAttemptAt,
            @Schema(nullable = true) Integer lastStatusCode,
            @Schema(nullable = true) String lastError,
            @Schema(nullable = true) Instant deliveredAt,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) List<AttemptResponse> attemptLog) {
    }

    @Schema(name = "WebhookAttempt")
    public record AttemptResponse(@Schema(required = true) int attempt, @Schema(required = true) Instant attemptedAt,
                                  @Schema(nullable = true) Integer statusCode, @Schema(nullable = true) String error,
                                  @Schema(required = true) int durationMs) {
    }
}

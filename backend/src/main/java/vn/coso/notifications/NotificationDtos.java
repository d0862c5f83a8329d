package vn.coso.notifications;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Map;

public final class NotificationDtos {

    private NotificationDtos() {
    }

    @Schema(name = "Notification")
    public record NotificationResponse(
            @Schema(required = true) long id,
            @Schema(required = true, example = "feedback.received") String eventType,
            @Schema(required = true, description = "In the recipient's language.") String title,
            Long feedbackId,
            @Schema(required = true) long unitId,
            @Schema(required = true) Instant createdAt,
            Instant readAt) {
    }

    @Schema(name = "NotificationPreferences", description = "Per event type: MAIL, DIGEST, APP or NONE.")
    public record PreferencesRequest(
            @NotNull @Schema(required = true) Map<String, NotificationPreferences.Delivery> events) {
    }

    @Schema(name = "NotificationUnread")
    public record UnreadCount(@Schema(required = true) long unread) {
    }

    @Schema(name = "UnsubscribeResult")
    public record UnsubscribeResult(@Schema(required = true) boolean unsubscribed,
                                    @Schema(required = true) String message) {
    }
}

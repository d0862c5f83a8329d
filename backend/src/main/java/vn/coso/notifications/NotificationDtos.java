package vn.coso.notifications;

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
            @Schema(nullable = true, description = "The feedback it is about, if it is about one (as recordId).") Long feedbackId,
            @Schema(nullable = true, description = "What it is about: feedback, consultation or inspection.") String recordType,
            @Schema(nullable = true, description = "That record's id.") Long recordId,
            @Schema(required = true) long unitId,
            @Schema(required = true) Instant createdAt,
            @Schema(nullable = true) Instant readAt) {
    }

    @Schema(name = "NotificationPreferencesRequest", description = "What to change; what is left out keeps its choice.")
    public record PreferencesRequest(
            @Schema(description = "Per event type: MAIL, DIGEST, APP or NONE.")
            Map<String, NotificationPreferences.Delivery> events,
            @Schema(description = "The language of my mails and notifications: vi or en.", example = "vi") String language) {
    }

    @Schema(name = "NotificationPreferences")
    public record PreferencesResponse(
            @Schema(required = true, description = "Per event type that staff are told of: MAIL, DIGEST, APP or NONE.")
            Map<String, NotificationPreferences.Delivery> events,
            @Schema(required = true, description = "The language of my mails and notifications (vi or en): the one "
                    + "chosen here, else my account's, else vi.") String language) {
    }

    @Schema(name = "NotificationUnread")
    public record UnreadCount(@Schema(required = true) long unread) {
    }

    @Schema(name = "UnsubscribeResult")
    public record UnsubscribeResult(@Schema(required = true) boolean unsubscribed,
                                    @Schema(required = true) String message) {
    }
}

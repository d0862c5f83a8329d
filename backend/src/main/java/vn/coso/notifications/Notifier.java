package vn.coso.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import vn.coso.common.events.CitizenNotice;
import vn.coso.common.events.DomainEvent;
import vn.coso.common.events.EventTypes;
import vn.coso.common.events.WebhookDisabled;
import vn.coso.common.i18n.Messages;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns events into mails and in-app notifications, in the transaction of the change (outbox rows only:
 * sending is {@link MailDelivery}'s job). Citizens: receipt, answer published, reopened. Staff: new
 * feedback, a comment on a consultation and a recommendation falling due to the officers of the unit (or of the
 * nearest unit above that has some), escalations to the officers of the unit escalated to; each as their
 * preference says, in their language.
 */
@ApplicationScoped
class Notifier {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MailOutbox outbox;
    private final MailTemplates templates;
    private final StaffContacts contacts;
    private final NotificationPreferences preferences;
    private final UnitService units;
    private final Messages messages;
    private final NotificationConfig config;
    private final UnsubscribeTokens tokens;
    private final Clock clock;

    Notifier(MailOutbox outbox, MailTemplates templates, StaffContacts contacts, NotificationPreferences preferences,
             UnitService units, Messages messages, NotificationConfig config, Clock clock) {
        this.outbox = outbox;
        this.templates = templates;
        this.contacts = contacts;
        this.preferences = preferences;
        this.units = units;
        this.messages = messages;
        this.config = config;
        this.tokens = new UnsubscribeTokens(config.secret());
        this.clock = clock;
    }

    void onCitizenNotice(@Observes(during = TransactionPhase.IN_PROGRESS) CitizenNotice notice) {
        if (outbox.unsubscribed(notice.email())) {
            return;
        }
        String unsubscribeUrl = config.apiUrl() + "/api/v1/public/unsubscribe?token=" + tokens.tokenFor(notice.email());
        String trackingUrl = config.publicUrl() + "/portal/track/" + notice.trackingCode();
        var mail = templates.render(notice.type().replace('.', '-'), notice.locale(), Map.of(
                "trackingCode", notice.trackingCode(), "trackingUrl", trackingUrl, "unitName", notice.unitName(),
                "unsubscribeUrl", unsubscribeUrl), notice.trackingCode());
        outbox.enqueue(notice.email(), mail.subject(), mail.body(), unsubscribeUrl, now());
    }

    /** Every admin is told by mail that a subscription stopped receiving events, in their language. */
    void onWebhookDisabled(@Observes(during = TransactionPhase.IN_PROGRESS) WebhookDisabled disabled) {
        for (StaffContacts.Contact admin : contacts.admins()) {
            if (admin.email() == null) {
                continue;
            }
            var mail = templates.render("webhook-disabled", Locale.forLanguageTag(admin.locale()), Map.of(
                    "name", admin.name(), "subscriptionId", String.valueOf(disabled.subscriptionId()),
                    "url", disabled.targetUrl(), "owner", disabled.owner(), "streak", disabled.failureStreak(),
                    "link", config.publicUrl() + "/webhooks/" + disabled.subscriptionId()),
                    String.valueOf(disabled.subscriptionId()));
            outbox.enqueue(admin.email(), mail.subject(), mail.body(), null, now());
        }
    }

    void onEvent(@Observes(during = TransactionPhase.IN_PROGRESS) DomainEvent event) {
        switch (event.type()) {
            case EventTypes.FEEDBACK_RECEIVED, EventTypes.CONSULTATION_COMMENTED, EventTypes.RECOMMENDATION_DUE ->
                    tellStaff(event, officersAtOrAbove(event.unitId()), null);
            case EventTypes.FEEDBACK_OVERDUE -> {
                Object to = event.data().get("escalatedToUnitId");
                if (to instanceof Number unitId) {
                    Unit target = units.byIds(List.of(unitId.longValue())).stream().findFirst().orElse(null);
                    if (target != null) {
                        tellStaff(event, contacts.ofUnit(target.id), target.name);
                    }
                }
            }
            default -> {
                // other events reach webhooks only
            }
        }
    }

    /** The officers of the unit, or of the nearest unit above it that has officers. */
    private List<StaffContacts.Contact> officersAtOrAbove(long unitId) {
        Unit unit = units.byIds(List.of(unitId)).stream().findFirst().orElse(null);
        while (unit != null) {
            List<StaffContacts.Contact> found = contacts.ofUnit(unit.id);
            if (!found.isEmpty()) {
                return found;
            }
            unit = unit.parent;
        }
        return List.of();
    }

    /** What a staff notification points at: the record's type, its id, and the SPA page that shows it. */
    private record Subject(String type, long id, String path) {
    }

    private Subject subjectOf(DomainEvent event) {
        return switch (event.type()) {
            case EventTypes.CONSULTATION_COMMENTED -> new Subject("consultation", event.subjectId(),
                    "/consultations/" + event.subjectId());
            case EventTypes.RECOMMENDATION_DUE -> {
                long inspectionId = ((Number) event.data().get("inspectionId")).longValue();
                yield new Subject("inspection", inspectionId, "/inspections/" + inspectionId);
            }
            default -> new Subject("feedback", event.subjectId(), "/feedback?q="
                    + URLEncoder.encode(String.valueOf(event.data().get("trackingCode")), StandardCharsets.UTF_8));
        };
    }

    /** The title's arguments, by the event's bundle key (notification.title.<type>). */
    private Object[] titleArgs(DomainEvent event, Locale locale, String unitName, String escalatedTo) {
        return switch (event.type()) {
            case EventTypes.CONSULTATION_COMMENTED -> new Object[]{event.data().get("title"), unitName};
            case EventTypes.RECOMMENDATION_DUE -> new Object[]{String.valueOf(event.data().get("inspectionId")), unitName,
                    DAY.format((LocalDate) event.data().get("dueDate"))};
            default -> {
                Object deadline = event.data().get("deadline");
                yield new Object[]{String.valueOf(event.data().get("trackingCode")), unitName,
                        escalatedTo == null ? "" : escalatedTo,
                        deadline == null ? "" : messages.text(locale, "notification.deadline." + deadline)};
            }
        };
    }

    private void tellStaff(DomainEvent event, List<StaffContacts.Contact> recipients, String escalatedTo) {
        Unit unit = units.byIds(List.of(event.unitId())).stream().findFirst().orElse(null);
        String unitName = unit == null ? String.valueOf(event.unitId()) : unit.name;
        Subject subject = subjectOf(event);
        for (StaffContacts.Contact c : recipients) {
            NotificationPreferences.Delivery delivery = preferences.of(c.username(), event.type());
            if (delivery == NotificationPreferences.Delivery.NONE) {
                continue;
            }
            Locale locale = Locale.forLanguageTag(c.locale());
            String title = messages.text(locale, "notification.title." + event.type(),
                    titleArgs(event, locale, unitName, escalatedTo));
            Notification n = new Notification();
            n.username = c.username();
            n.eventType = event.type();
            n.feedbackId = subject.type().equals("feedback") ? subject.id() : null;
            n.recordType = subject.type();
            n.recordId = subject.id();
            n.unitId = event.unitId();
            n.title = title.length() > 500 ? title.substring(0, 500) : title;
            n.createdAt = now();
            n.digestPending = delivery == NotificationPreferences.Delivery.DIGEST && c.email() != null;
            n.persist();
            if (delivery == NotificationPreferences.Delivery.MAIL && c.email() != null) {
                var mail = templates.render("staff-event", locale, Map.of("name", c.name(), "title", title,
                        "link", config.publicUrl() + subject.path(),
                        "preferencesUrl", config.publicUrl() + "/notifications/preferences"), title);
                outbox.enqueue(c.email(), mail.subject(), mail.body(), null, now());
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

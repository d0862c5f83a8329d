package vn.coso.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import vn.coso.common.events.CitizenNotice;
import vn.coso.common.events.DomainEvent;
import vn.coso.common.events.EventTypes;
import vn.coso.common.i18n.Messages;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns events into mails and in-app notifications, in the transaction of the change (outbox rows only:
 * sending is {@link MailDelivery}'s job). Citizens: receipt, answer published, reopened. Staff: new
 * feedback to the officers of its unit (or of the nearest unit above that has some), escalations to the
 * officers of the unit escalated to; each as their preference says.
 */
@ApplicationScoped
class Notifier {

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

    void onEvent(@Observes(during = TransactionPhase.IN_PROGRESS) DomainEvent event) {
        switch (event.type()) {
            case EventTypes.FEEDBACK_RECEIVED -> tellStaff(event, officersAtOrAbove(event.unitId()), null);
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

    private void tellStaff(DomainEvent event, List<StaffContacts.Contact> recipients, String escalatedTo) {
        Unit unit = units.byIds(List.of(event.unitId())).stream().findFirst().orElse(null);
        String unitName = unit == null ? String.valueOf(event.unitId()) : unit.name;
        String code = String.valueOf(event.data().get("trackingCode"));
        for (StaffContacts.Contact c : recipients) {
            NotificationPreferences.Delivery delivery = preferences.of(c.username(), event.type());
            if (delivery == NotificationPreferences.Delivery.NONE) {
                continue;
            }
            Locale locale = Locale.forLanguageTag(c.locale());
            Object deadline = event.data().get("deadline");
            String title = messages.text(locale, "notification.title." + event.type(), code, unitName,
                    escalatedTo == null ? "" : escalatedTo,
                    deadline == null ? "" : messages.text(locale, "notification.deadline." + deadline));
            Notification n = new Notification();
            n.username = c.username();
            n.eventType = event.type();
            n.feedbackId = event.subjectId();
            n.unitId = event.unitId();
            n.title = title.length() > 500 ? title.substring(0, 500) : title;
            n.createdAt = now();
            n.digestPending = delivery == NotificationPreferences.Delivery.DIGEST && c.email() != null;
            n.persist();
            if (delivery == NotificationPreferences.Delivery.MAIL && c.email() != null) {
                var mail = templates.render("staff-event", locale, Map.of("name", c.name(), "title", title,
                        "link", config.publicUrl() + "/feedback?q=" + URLEncoder.encode(code, StandardCharsets.UTF_8),
                        "preferencesUrl", config.publicUrl() + "/notifications/preferences"), title);
                outbox.enqueue(c.email(), mail.subject(), mail.body(), null, now());
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}

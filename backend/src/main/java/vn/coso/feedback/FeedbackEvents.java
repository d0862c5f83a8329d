package vn.coso.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import vn.coso.common.events.CitizenNotice;
import vn.coso.common.events.DomainEvent;
import vn.coso.common.i18n.Messages;
import vn.coso.common.i18n.RequestLocale;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Fires the feedback's domain events inside the transaction of the change (see {@link DomainEvent}). */
@ApplicationScoped
class FeedbackEvents {

    private final Event<DomainEvent> events;
    private final Event<CitizenNotice> notices;
    private final FeedbackRepository feedback;
    private final RequestLocale locale;
    private final Clock clock;

    FeedbackEvents(Event<DomainEvent> events, Event<CitizenNotice> notices, FeedbackRepository feedback,
                   RequestLocale locale, Clock clock) {
        this.events = events;
        this.notices = notices;
        this.feedback = feedback;
        this.locale = locale;
        this.clock = clock;
    }

    /** Tells the sender, if they left an e-mail address: in the request's language when they are the caller. */
    void tellSender(String type, Feedback f, boolean senderIsCaller) {
        feedback.senderOf(f.id).map(s -> s.email).filter(e -> e != null && !e.isBlank()).ifPresent(email ->
                notices.fire(new CitizenNotice(type, f.id, TrackingCodes.display(f.trackingCode), f.unit.name, email,
                        senderIsCaller ? locale.get() : Messages.VIETNAMESE)));
    }

    void fire(String type, Feedback f) {
        fire(type, f, Map.of());
    }

    void fire(String type, Feedback f, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("feedbackId", f.id);
        data.put("trackingCode", TrackingCodes.display(f.trackingCode));
        data.put("unitId", f.unit.id);
        data.put("unitCode", f.unit.code);
        data.put("status", f.status.name());
        data.put("type", f.type.name());
        data.put("democracyRight", f.right.name());
        data.put("channel", f.channel.name());
        data.put("receivedAt", f.receivedAt);
        data.put("acknowledgeDueAt", f.acknowledgeDueAt);
        data.put("answerDueAt", f.answerDueAt);
        if (f.answeredAt != null) {
            data.put("answeredAt", f.answeredAt);
        }
        data.putAll(extra);
        events.fire(new DomainEvent(type, f.id, f.unit.id, f.unit.path, clock.instant(), data));
    }
}

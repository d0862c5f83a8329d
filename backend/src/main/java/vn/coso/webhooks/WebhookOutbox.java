package vn.coso.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import vn.coso.common.events.DomainEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Writes each domain event to the outbox, with one delivery per subscription that wants it, in the
 * transaction of the change: a rolled-back change leaves no event, a committed one cannot lose it.
 */
@ApplicationScoped
class WebhookOutbox {

    private final WebhookStore store;
    private final ObjectMapper json;

    WebhookOutbox(WebhookStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    void onEvent(@Observes(during = TransactionPhase.IN_PROGRESS) DomainEvent event) {
        var subscribers = store.enabled().stream().filter(s -> s.wants(event.type(), event.unitPath())).toList();
        if (subscribers.isEmpty()) {
            return;
        }
        String messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        long eventId = store.insertEvent(messageId, event.type(), event.unitId(), event.unitPath(), payload(event),
                event.occurredAt());
        for (WebhookSubscription subscription : subscribers) {
            store.insertDelivery(subscription.id, eventId, event.occurredAt());
        }
    }

    private String payload(DomainEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", event.type());
        body.put("timestamp", event.occurredAt());
        body.put("data", event.data());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the payload of " + event.type(), e);
        }
    }
}

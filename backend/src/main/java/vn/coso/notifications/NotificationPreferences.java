package vn.coso.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.coso.common.events.EventTypes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How each person wants each event type; without a choice, a mail each (MAIL). */
@ApplicationScoped
public class NotificationPreferences {

    @Schema(name = "NotificationDelivery", description = "MAIL: a mail each and in the app; DIGEST: one mail a day "
            + "and in the app; APP: in the app only; NONE: not at all.")
    public enum Delivery { MAIL, DIGEST, APP, NONE }


    private final EntityManager em;

    NotificationPreferences(EntityManager em) {
        this.em = em;
    }

    public Delivery of(String username, String eventType) {
        @SuppressWarnings("unchecked")
        List<String> found = em.createNativeQuery("SELECT delivery FROM notification_preference WHERE username = ?1"
                + " AND event_type = ?2").setParameter(1, username).setParameter(2, eventType).getResultList();
        return found.isEmpty() ? Delivery.MAIL : Delivery.valueOf(found.get(0));
    }

    public Map<String, Delivery> all(String username) {
        Map<String, Delivery> result = new LinkedHashMap<>();
        EventTypes.STAFF.forEach(type -> result.put(type, of(username, type)));
        return result;
    }

    public void set(String username, String eventType, Delivery delivery) {
        em.createNativeQuery("INSERT INTO notification_preference (username, event_type, delivery) VALUES (?1, ?2, ?3)"
                        + " ON DUPLICATE KEY UPDATE delivery = VALUES(delivery)")
                .setParameter(1, username).setParameter(2, eventType).setParameter(3, delivery.name()).executeUpdate();
    }
}

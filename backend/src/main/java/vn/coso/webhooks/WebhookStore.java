package vn.coso.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Subscriptions, the outbox and deliveries. Callers own the transactions. */
@ApplicationScoped
public class WebhookStore implements PanacheRepository<WebhookSubscription> {

    public List<WebhookSubscription> enabled() {
        return list("enabled", true);
    }

    public List<WebhookSubscription> ownedBy(String owner, int offset, int limit) {
        return find(owner == null ? "order by id" : "owner = ?1 order by id", owner == null ? new Object[0] : new Object[]{owner})
                .range(offset, offset + limit - 1).list();
    }

    public long countOwnedBy(String owner) {
        return owner == null ? count() : count("owner", owner);
    }

    /** The outbox row of an event; its id. */
    public long insertEvent(String messageId, String type, long unitId, String unitPath, String payload, Instant at) {
        EntityManager em = getEntityManager();
        em.createNativeQuery("INSERT INTO outbox_event (message_id, type, unit_id, unit_path, payload, occurred_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, messageId).setParameter(2, type).setParameter(3, unitId).setParameter(4, unitPath)
                .setParameter(5, payload).setParameter(6, at).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    public void insertDelivery(long subscriptionId, long eventId, Instant due) {
        getEntityManager().createNativeQuery("INSERT INTO webhook_delivery (subscription_id, event_id, status, attempts,"
                        + " next_attempt_at, created_at) VALUES (?1, ?2, 'PENDING', 0, ?3, ?3)")
                .setParameter(1, subscriptionId).setParameter(2, eventId).setParameter(3, due).executeUpdate();
    }

    /**
     * Claims due deliveries for this instance: locks them with FOR UPDATE SKIP LOCKED (rows another
     * instance is claiming are passed over, not waited for), counts the attempt and pushes their due
     * time by the lease, so that nobody else takes them until the lease ends.
     */
    public List<Long> claimDue(Instant now, Instant leaseEnd, int limit) {
        EntityManager em = getEntityManager();
        // Candidates by a plain read, then locked by primary key: a locking range scan of the due index
        // would take gap locks that deadlock with the inserts of concurrent requests.
        @SuppressWarnings("unchecked")
        List<Number> candidates = em.createNativeQuery("SELECT id FROM webhook_delivery WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?2")
                .setParameter(1, now).setParameter(2, limit).getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        // Row by row, by primary key: a statement over a list of ids may scan the key range and take
        // next-key locks on other requests' fresh rows, which deadlocked with their inserts (bench, 2 instances).
        List<Long> claimed = new ArrayList<>();
        for (Number candidate : candidates) {
            if (!em.createNativeQuery("SELECT id FROM webhook_delivery WHERE id = ?2 AND status = 'PENDING'"
                            + " AND next_attempt_at <= ?1 FOR UPDATE SKIP LOCKED")
                    .setParameter(1, now).setParameter(2, candidate.longValue()).getResultList().isEmpty()) {
                em.createNativeQuery("UPDATE webhook_delivery SET attempts = attempts + 1, last_attempt_at = ?1,"
                                + " next_attempt_at = ?2 WHERE id = ?3")
                        .setParameter(1, now).setParameter(2, leaseEnd).setParameter(3, candidate.longValue())
                        .executeUpdate();
                claimed.add(candidate.longValue());
            }
        }
        return claimed;
    }

    /** Hands back claimed deliveries that were not sent: due now, the claim's attempt not counted. */
    public int release(List<Long> deliveryIds, Instant leaseEnd, Instant now) {
        int released = 0;
        for (long id : deliveryIds) {
            released += getEntityManager().createNativeQuery("UPDATE webhook_delivery SET attempts = attempts - 1,"
                            + " next_attempt_at = ?1 WHERE id = ?2 AND status = 'PENDING' AND next_attempt_at = ?3")
                    .setParameter(1, now).setParameter(2, id).setParameter(3, leaseEnd).executeUpdate();
        }
        return released;
    }

    /** What a claimed delivery sends. */
    public record Outgoing(long deliveryId, long subscriptionId, int attempt, String url, String secret,
                           String messageId, String payload) {
    }

    public List<Outgoing> outgoing(List<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT d.id, d.subscription_id, d.attempts,"
                        + " s.target_url, s.secret, e.message_id, e.payload FROM webhook_delivery d"
                        + " JOIN webhook_subscription s ON s.id = d.subscription_id JOIN outbox_event e ON e.id = d.event_id"
                        + " WHERE d.id IN (?1) ORDER BY d.id")
                .setParameter(1, deliveryIds).getResultList();
        List<Outgoing> out = new ArrayList<>();
        for (Object[] r : rows) {
            out.add(new Outgoing(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).intValue(),
                    (String) r[3], (String) r[4], (String) r[5], (String) r[6]));
        }
        return out;
    }

    public void recordAttempt(long deliveryId, int attempt, Instant at, Integer statusCode, String error, int durationMs) {
        getEntityManager().createNativeQuery("INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, status_code,"
                        + " error, duration_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, deliveryId).setParameter(2, attempt).setParameter(3, at).setParameter(4, statusCode)
                .setParameter(5, error).setParameter(6, durationMs).executeUpdate();
    }

    public void delivered(long deliveryId, Instant at, int statusCode) {
        getEntityManager().createNativeQuery("UPDATE webhook_delivery SET status = 'DELIVERED', delivered_at = ?1,"
                        + " last_status_code = ?2, last_error = NULL WHERE id = ?3")
                .setParameter(1, at).setParameter(2, statusCode).setParameter(3, deliveryId).executeUpdate();
    }

    /** A failed attempt: due again at {@code retryAt}, or FAILED when that is null. */
    public void failed(long deliveryId, Integer statusCode, String error, Instant retryAt) {
        getEntityManager().createNativeQuery("UPDATE webhook_delivery SET status = ?1, next_attempt_at = COALESCE(?2,"
                        + " next_attempt_at), last_status_code = ?3, last_error = ?4 WHERE id = ?5")
                .setParameter(1, retryAt == null ? "FAILED" : "PENDING").setParameter(2, retryAt)
                .setParameter(3, statusCode).setParameter(4, error).setParameter(5, deliveryId).executeUpdate();
    }

    /** The subscription's pending deliveries are given up (it was disabled). */
    public int failPending(long subscriptionId, String error) {
        return getEntityManager().createNativeQuery("UPDATE webhook_delivery SET status = 'FAILED', last_error = ?1"
                        + " WHERE subscription_id = ?2 AND status = 'PENDING'")
                .setParameter(1, error).setParameter(2, subscriptionId).executeUpdate();
    }

    /** Due again now, counting attempts afresh; false when there is no such delivery of the subscription. */
    public boolean redeliver(long subscriptionId, long deliveryId, Instant now) {
        return getEntityManager().createNativeQuery("UPDATE webhook_delivery SET status = 'PENDING', attempts = 0,"
                        + " next_attempt_at = ?1 WHERE id = ?2 AND subscription_id = ?3")
                .setParameter(1, now).setParameter(2, deliveryId).setParameter(3, subscriptionId).executeUpdate() == 1;
    }

    public record DeliveryRow(long id, String messageId, String eventType, String status, int attempts,
                              Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatusCode, String lastError,
                              Instant deliveredAt, Instant createdAt) {
    }

    public record AttemptRow(long deliveryId, int attempt, Instant attemptedAt, Integer statusCode, String error,
                             int durationMs) {
    }

    public List<DeliveryRow> deliveries(long subscriptionId, Long deliveryId, String status, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT d.id, e.message_id, e.type, d.status,"
                        + " d.attempts, d.next_attempt_at, d.last_attempt_at, d.last_status_code, d.last_error,"
                        + " d.delivered_at, d.created_at FROM webhook_delivery d JOIN outbox_event e ON e.id = d.event_id"
                        + " WHERE d.subscription_id = ?1 AND (?2 IS NULL OR d.id = ?2) AND (?3 IS NULL OR d.status = ?3)"
                        + " ORDER BY d.id DESC LIMIT ?4 OFFSET ?5")
                .setParameter(1, subscriptionId).setParameter(2, deliveryId).setParameter(3, status)
                .setParameter(4, limit).setParameter(5, offset).getResultList();
        return rows.stream().map(r -> new DeliveryRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], ((Number) r[4]).intValue(), instant(r[5]), instant(r[6]),
                r[7] == null ? null : ((Number) r[7]).intValue(), (String) r[8], instant(r[9]), instant(r[10]))).toList();
    }

    public long countDeliveries(long subscriptionId, String status) {
        return ((Number) getEntityManager().createNativeQuery("SELECT COUNT(*) FROM webhook_delivery"
                        + " WHERE subscription_id = ?1 AND (?2 IS NULL OR status = ?2)")
                .setParameter(1, subscriptionId).setParameter(2, status).getSingleResult()).longValue();
    }

    public List<AttemptRow> attempts(List<Long> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("SELECT delivery_id, attempt, attempted_at,"
                        + " status_code, error, duration_ms FROM webhook_attempt WHERE delivery_id IN (?1) ORDER BY id")
                .setParameter(1, deliveryIds).getResultList();
        return rows.stream().map(r -> new AttemptRow(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                instant(r[2]), r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4],
                ((Number) r[5]).intValue())).toList();
    }

    /** Deletes settled deliveries (their attempts go with them) and events older than the cutoff. */
    public int deleteSettledBefore(Instant cutoff) {
        EntityManager em = getEntityManager();
        int deliveries = em.createNativeQuery("DELETE FROM webhook_delivery WHERE status <> 'PENDING' AND created_at < ?1")
                .setParameter(1, cutoff).executeUpdate();
        em.createNativeQuery("DELETE FROM outbox_event WHERE occurred_at < ?1 AND NOT EXISTS"
                        + " (SELECT 1 FROM webhook_delivery d WHERE d.event_id = outbox_event.id)")
                .setParameter(1, cutoff).executeUpdate();
        return deliveries;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            // The database keeps UTC wall-clock times (quarkus.hibernate-orm.jdbc.timezone=UTC).
            return t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}

package vn.coso.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Mails to send, written in the transaction that caused them; claimed like webhook deliveries. */
@ApplicationScoped
public class MailOutbox {

    private final EntityManager em;

    MailOutbox(EntityManager em) {
        this.em = em;
    }

    public record Mail(long id, String messageId, String recipient, String subject, String body, String unsubscribeUrl,
                       int attempt) {
    }

    public void enqueue(String recipient, String subject, String body, String unsubscribeUrl, Instant now) {
        em.createNativeQuery("INSERT INTO mail_outbox (message_id, recipient, subject, body, unsubscribe_url,"
                        + " status, attempts, next_attempt_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, 'PENDING', 0, ?6, ?6)")
                .setParameter(1, "<" + UUID.randomUUID() + "@coso>").setParameter(2, recipient).setParameter(3, subject)
                .setParameter(4, body).setParameter(5, unsubscribeUrl).setParameter(6, now).executeUpdate();
    }

    /** As WebhookStore.claimDue: FOR UPDATE SKIP LOCKED, the attempt counted, the due time pushed by the lease. */
    public List<Mail> claimDue(Instant now, Instant leaseEnd, int limit) {
        // Candidates by a plain read, then locked by primary key: a locking range scan of the due index
        // would take gap locks that deadlock with the inserts of concurrent requests.
        @SuppressWarnings("unchecked")
        List<Number> candidates = em.createNativeQuery("SELECT id FROM mail_outbox WHERE status = 'PENDING'"
                        + " AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?2")
                .setParameter(1, now).setParameter(2, limit).getResultList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        // Row by row, by primary key (see WebhookStore.claimDue: list statements deadlocked with inserts).
        List<Mail> mails = new ArrayList<>();
        for (Number candidate : candidates) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, message_id, recipient, subject, body,"
                            + " unsubscribe_url, attempts FROM mail_outbox WHERE id = ?2 AND status = 'PENDING'"
                            + " AND next_attempt_at <= ?1 FOR UPDATE SKIP LOCKED")
                    .setParameter(1, now).setParameter(2, candidate.longValue()).getResultList();
            for (Object[] r : rows) {
                em.createNativeQuery("UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = ?1 WHERE id = ?2")
                        .setParameter(1, leaseEnd).setParameter(2, candidate.longValue()).executeUpdate();
                mails.add(new Mail(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], ((Number) r[6]).intValue() + 1));
            }
        }
        return mails;
    }

    /** Hands back claimed mails that were not sent: due now, the claim's attempt not counted. */
    public int release(List<Long> ids, Instant leaseEnd, Instant now) {
        int released = 0;
        for (long id : ids) {
            released += em.createNativeQuery("UPDATE mail_outbox SET attempts = attempts - 1, next_attempt_at = ?1"
                            + " WHERE id = ?2 AND status = 'PENDING' AND next_attempt_at = ?3")
                    .setParameter(1, now).setParameter(2, id).setParameter(3, leaseEnd).executeUpdate();
        }
        return released;
    }

    public void sent(long id, Instant at) {
        em.createNativeQuery("UPDATE mail_outbox SET status = 'SENT', sent_at = ?1, last_error = NULL WHERE id = ?2")
                .setParameter(1, at).setParameter(2, id).executeUpdate();
    }

    public void failed(long id, String error, Instant retryAt) {
        em.createNativeQuery("UPDATE mail_outbox SET status = ?1, next_attempt_at = COALESCE(?2, next_attempt_at),"
                        + " last_error = ?3 WHERE id = ?4")
                .setParameter(1, retryAt == null ? "FAILED" : "PENDING").setParameter(2, retryAt).setParameter(3, error)
                .setParameter(4, id).executeUpdate();
    }

    public int deleteSettledBefore(Instant cutoff) {
        return em.createNativeQuery("DELETE FROM mail_outbox WHERE status <> 'PENDING' AND created_at < ?1")
                .setParameter(1, cutoff).executeUpdate();
    }

    public boolean unsubscribed(String address) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM mail_unsubscribe WHERE address_hash = ?1")
                .setParameter(1, UnsubscribeTokens.hash(address)).getSingleResult()).intValue() > 0;
    }

    public void unsubscribe(String address, Instant now) {
        em.createNativeQuery("INSERT IGNORE INTO mail_unsubscribe (address_hash, created_at) VALUES (?1, ?2)")
                .setParameter(1, UnsubscribeTokens.hash(address)).setParameter(2, now).executeUpdate();
    }
}

package vn.coso.common.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The SQL of the abuse protections; each method runs in the caller's transaction. */
@ApplicationScoped
class AbuseStore {

    private final EntityManager em;

    AbuseStore(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    Optional<String> salt(long period) {
        List<?> found = em.createNativeQuery("SELECT salt FROM abuse_salt WHERE period = ?1")
                .setParameter(1, period).getResultList();
        return found.stream().findFirst().map(Object::toString);
    }

    /**
     * The period's salt as committed, even by a transaction that began after this one: a locking
     * read, for just after {@link #offerSalt}, where another instance may have won the race.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<String> committedSalt(long period) {
        List<?> found = em.createNativeQuery("SELECT salt FROM abuse_salt WHERE period = ?1 LOCK IN SHARE MODE")
                .setParameter(1, period).getResultList();
        return found.stream().findFirst().map(Object::toString);
    }

    /** Adds the period's salt unless another instance was first. */
    @Transactional(Transactional.TxType.MANDATORY)
    void offerSalt(long period, String salt, Instant expiresAt) {
        em.createNativeQuery("INSERT IGNORE INTO abuse_salt (period, salt, expires_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, period).setParameter(2, salt).setParameter(3, expiresAt)
                .executeUpdate();
    }

    /** Counts one request in its window and answers the window's count, this one included. */
    @Transactional(Transactional.TxType.MANDATORY)
    int hit(String bucket, String clientHash, Instant windowStart, Instant expiresAt) {
        em.createNativeQuery("INSERT INTO rate_limit_window (bucket, client_hash, window_start, hits, expires_at)"
                        + " VALUES (?1, ?2, ?3, 1, ?4) ON DUPLICATE KEY UPDATE hits = hits + 1")
                .setParameter(1, bucket).setParameter(2, clientHash).setParameter(3, windowStart)
                .setParameter(4, expiresAt)
                .executeUpdate();
        Number hits = (Number) em.createNativeQuery("SELECT hits FROM rate_limit_window"
                        + " WHERE bucket = ?1 AND client_hash = ?2 AND window_start = ?3")
                .setParameter(1, bucket).setParameter(2, clientHash).setParameter(3, windowStart)
                .getSingleResult();
        return hits.intValue();
    }

    /** Inserts the key's row; a concurrent transaction inserting the same key waits here for this one. */
    @Transactional(Transactional.TxType.MANDATORY)
    void claim(String operation, String keyHash, String requestHash, Instant now, Instant expiresAt) {
        // Delete only a row that is there: a DELETE that finds nothing takes a gap lock, and two
        // requests with different new keys then deadlock on each other's INSERT (measured: 409s
        // idempotency.in-progress and a quarter of the throughput under 16 concurrent clients).
        boolean expiredRow = !em.createNativeQuery("SELECT 1 FROM idempotency_key"
                        + " WHERE operation = ?1 AND key_hash = ?2 AND expires_at <= ?3")
                .setParameter(1, operation).setParameter(2, keyHash).setParameter(3, now)
                .getResultList().isEmpty();
        if (expiredRow) {
            em.createNativeQuery("DELETE FROM idempotency_key WHERE operation = ?1 AND key_hash = ?2 AND expires_at <= ?3")
                    .setParameter(1, operation).setParameter(2, keyHash).setParameter(3, now)
                    .executeUpdate();
        }
        em.createNativeQuery("INSERT INTO idempotency_key (operation, key_hash, request_hash, created_at, expires_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, operation).setParameter(2, keyHash).setParameter(3, requestHash)
                .setParameter(4, now).setParameter(5, expiresAt)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void complete(String operation, String keyHash, String responseBody) {
        em.createNativeQuery("UPDATE idempotency_key SET response_body = ?3 WHERE operation = ?1 AND key_hash = ?2")
                .setParameter(1, operation).setParameter(2, keyHash).setParameter(3, responseBody)
                .executeUpdate();
    }

    /** The stored request hash and answer of a key that has not expired. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<StoredAnswer> answer(String operation, String keyHash, Instant now) {
        List<?> rows = em.createNativeQuery("SELECT request_hash, response_body FROM idempotency_key"
                        + " WHERE operation = ?1 AND key_hash = ?2 AND expires_at > ?3")
                .setParameter(1, operation).setParameter(2, keyHash).setParameter(3, now)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new StoredAnswer((String) columns[0], (String) columns[1]);
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    int deleteExpired(Instant now) {
        int deleted = 0;
        for (String table : List.of("rate_limit_window", "idempotency_key", "abuse_salt")) {
            deleted += em.createNativeQuery("DELETE FROM " + table + " WHERE expires_at <= ?1")
                    .setParameter(1, now).executeUpdate();
        }
        return deleted;
    }

    record StoredAnswer(String requestHash, String responseBody) {
    }
}

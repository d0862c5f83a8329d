package vn.coso.common.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.coso.common.config.CosoConfig;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Access tokens refused before they expire: when Coso disables a staff account, every token of that
 * subject issued up to then stops working. Chosen over shorter access tokens because it acts within
 * seconds without making every browser and integrating system fetch a token each minute, and over
 * a call to Keycloak per request because Keycloak then stays out of the request path (its outage
 * must not stop the API, see the fault tests).
 *
 * <p>The list is in the database (table {@code token_revocation}) so that every backend instance
 * honours it. Each instance keeps a copy in memory, read again every
 * {@code coso.security.revocation.refresh} (10 s by default), and checks each request's token
 * against it without touching the database: a revocation made on one instance is enforced there at
 * once, and on the others within the refresh interval. A row lives as long as a token issued before it
 * could (retention, longer than the realm's access-token lifespan), then is deleted.
 */
@ApplicationScoped
public class TokenRevocations {

    private static final Logger LOG = Logger.getLogger(TokenRevocations.class);

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final CosoConfig.Security config;
    /** Subject → tokens issued at or before this instant are refused. Replaced whole at each refresh. */
    private volatile Map<String, Instant> notBefore = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;

    TokenRevocations(EntityManager em, TransactionSynchronizationRegistry transactions, CosoConfig config) {
        this.em = em;
        this.transactions = transactions;
        this.config = config.security();
    }

    void start(@Observes StartupEvent event) {
        refresh();
        long every = Math.max(1, config.revocation().refresh().toMillis());
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "coso-token-revocations");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /**
     * Refuses, from now on, every token of this subject issued until now. Runs in the caller's
     * transaction; this instance enforces it as soon as that transaction commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(String subject) {
        Instant now = Instant.now();
        Instant expires = now.plus(config.revocation().retention());
        em.createNativeQuery("INSERT INTO token_revocation (subject, not_before, expires_at) VALUES (?1, ?2, ?3)"
                        + " ON DUPLICATE KEY UPDATE not_before = VALUES(not_before), expires_at = VALUES(expires_at)")
                .setParameter(1, subject).setParameter(2, Timestamp.from(now)).setParameter(3, Timestamp.from(expires))
                .executeUpdate();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    notBefore.merge(subject, now, (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        });
    }

    /** Whether a token of this subject issued at {@code issuedAt} (seconds since the epoch) is revoked. */
    public boolean isRevoked(String subject, long issuedAt) {
        if (subject == null) {
            return false;
        }
        Instant limit = notBefore.get(subject);
        // iat has whole seconds: a token of the revocation's own second counts as issued before it.
        return limit != null && issuedAt <= limit.getEpochSecond();
    }

    /** Reads the list again (and deletes expired rows); on failure the previous copy stays in force. */
    void refresh() {
        try {
            Map<String, Instant> fresh = QuarkusTransaction.requiringNew().call(() -> {
                Timestamp now = Timestamp.from(Instant.now());
                em.createNativeQuery("DELETE FROM token_revocation WHERE expires_at < ?1")
                        .setParameter(1, now).executeUpdate();
                @SuppressWarnings("unchecked")
                List<Object[]> rows = em.createNativeQuery("SELECT subject, not_before FROM token_revocation")
                        .getResultList();
                Map<String, Instant> map = new HashMap<>();
                for (Object[] row : rows) {
                    map.put((String) row[0], instantOf(row[1]));
                }
                return map;
            });
            notBefore = new ConcurrentHashMap<>(fresh);
        } catch (RuntimeException e) {
            LOG.warnf("Could not read the token revocation list (%s); the previous copy stays in force",
                    Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName()));
        }
    }

    private static Instant instantOf(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return Instant.parse(value.toString());
    }
}

package vn.coso.common.abuse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Instant;

/**
 * Deletes expired counters, answers and salts every few minutes, on one instance at a time
 * (vn.coso.scheduling); the deletes are idempotent anyway.
 */
@ApplicationScoped
class AbuseCleanup {

    private static final Logger LOG = Logger.getLogger(AbuseCleanup.class);

    private final AbuseStore store;

    AbuseCleanup(AbuseStore store) {
        this.store = store;
    }

    @Scheduled(identity = "abuse-cleanup", every = "${coso.jobs.abuse-cleanup.every}",
            delayed = "${coso.jobs.first-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        cleanUp();
    }

    int cleanUp() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> store.deleteExpired(Instant.now()));
        } catch (RuntimeException e) {
            LOG.warn("Could not delete expired rate-limit and idempotency rows; will try again", e);
            return 0;
        }
    }
}

package vn.coso.common.abuse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes expired counters, answers and salts every few minutes. Every instance does it; the
 * deletes are idempotent, so two at once do no harm.
 */
@ApplicationScoped
class AbuseCleanup {

    private static final Logger LOG = Logger.getLogger(AbuseCleanup.class);
    private static final long EVERY_MINUTES = 5;

    private final AbuseStore store;
    private ScheduledExecutorService timer;

    AbuseCleanup(AbuseStore store) {
        this.store = store;
    }

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "coso-abuse-cleanup");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::cleanUp, EVERY_MINUTES, EVERY_MINUTES, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
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

package vn.coso.feedback;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.coso.common.config.CosoConfig;

import java.time.Clock;
import java.time.Duration;

/**
 * Deletes the sender's data of feedback settled longer ago than {@code coso.feedback.sender-retention}.
 * Runs hourly on one instance (vn.coso.scheduling); the delete is idempotent anyway. The feedback
 * itself stays, as anonymous as if it had been sent so.
 */
@ApplicationScoped
class SenderRetention {

    private static final Logger LOG = Logger.getLogger(SenderRetention.class);

    private final FeedbackRepository feedback;
    private final Duration retention;
    private final Clock clock;

    SenderRetention(FeedbackRepository feedback, CosoConfig config, Clock clock) {
        this.feedback = feedback;
        this.retention = config.feedback().senderRetention();
        this.clock = clock;
    }

    @Scheduled(identity = "sender-retention", every = "${coso.jobs.sender-retention.every}",
            delayed = "${coso.jobs.first-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    int purge() {
        try {
            int deleted = QuarkusTransaction.requiringNew()
                    .call(() -> feedback.deleteSendersClosedBefore(clock.instant().minus(retention)));
            if (deleted > 0) {
                LOG.infof("Deleted the sender data of %d feedback settled more than %s ago", deleted, retention);
            }
            return deleted;
        } catch (RuntimeException e) {
            LOG.warn("Could not delete expired sender data; will try again", e);
            return 0;
        }
    }
}

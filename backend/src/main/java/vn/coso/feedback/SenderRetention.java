package vn.coso.feedback;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.coso.attachments.AttachmentService;
import vn.coso.common.config.CosoConfig;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes the sender's data of feedback settled longer ago than {@code coso.feedback.sender-retention}.
 * Runs hourly on one instance (vn.coso.scheduling); the delete is idempotent anyway. The feedback
 * itself stays, as anonymous as if it had been sent so.
 */
@ApplicationScoped
class SenderRetention {

    private static final Logger LOG = Logger.getLogger(SenderRetention.class);

    private final FeedbackRepository feedback;
    private final AttachmentService attachments;
    private final Duration retention;
    private final Clock clock;

    SenderRetention(FeedbackRepository feedback, AttachmentService attachments, CosoConfig config, Clock clock) {
        this.feedback = feedback;
        this.attachments = attachments;
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
            Instant cutoff = clock.instant().minus(retention);
            // The sender's files go with the sender's data, except those the sender made public.
            int files = QuarkusTransaction.requiringNew().call(() -> attachments.deleteSenderFiles(
                    FeedbackAttachments.KIND, "SELECT f.id FROM feedback f WHERE f.status IN ('CLOSED', 'REJECTED')"
                            + " AND f.closed_at < ?2", cutoff));
            if (files > 0) {
                LOG.infof("Deleted %d files sent with feedback settled more than %s ago", files, retention);
            }
            int deleted = QuarkusTransaction.requiringNew()
                    .call(() -> feedback.deleteSendersClosedBefore(cutoff));
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

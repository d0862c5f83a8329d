package vn.coso.feedback;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import vn.coso.attachments.AttachmentService;
import vn.coso.common.config.CosoConfig;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes the sender's data of feedback settled longer ago than {@code coso.feedback.sender-retention}.
 * Runs hourly on every instance; the delete is idempotent, so two at once do no harm. The feedback
 * itself stays, as anonymous as if it had been sent so.
 */
@ApplicationScoped
class SenderRetention {

    private static final Logger LOG = Logger.getLogger(SenderRetention.class);

    private final FeedbackRepository feedback;
    private final AttachmentService attachments;
    private final Duration retention;
    private ScheduledExecutorService timer;

    SenderRetention(FeedbackRepository feedback, AttachmentService attachments, CosoConfig config) {
        this.feedback = feedback;
        this.attachments = attachments;
        this.retention = config.feedback().senderRetention();
    }

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "coso-sender-retention");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::purge, 1, 60, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    int purge() {
        try {
            Instant cutoff = Instant.now().minus(retention);
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

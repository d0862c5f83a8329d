package vn.coso.attachments;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Deletes the files of deleted records and content no file names, on every instance: each sweep is a few
 * idempotent statements, so two instances at once do no harm.
 */
@ApplicationScoped
class AttachmentSweep {

    private static final Logger LOG = Logger.getLogger(AttachmentSweep.class);

    private final AttachmentService attachments;
    private final long intervalSeconds;
    private ScheduledExecutorService timer;

    AttachmentSweep(AttachmentService attachments, AttachmentConfig config) {
        this.attachments = attachments;
        this.intervalSeconds = Math.max(1, config.sweepInterval().toSeconds());
    }

    void start(@Observes StartupEvent event) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "coso-attachment-sweep");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::sweep, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    int sweep() {
        try {
            return attachments.sweepOrphans();
        } catch (RuntimeException e) {
            LOG.warn("Attachment sweep failed; will try again", e);
            return 0;
        }
    }
}

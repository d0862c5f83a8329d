package vn.coso.scheduling;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** Says at start how often each job runs (the intervals live in {@link JobsConfig}). */
@ApplicationScoped
class JobSchedule {

    private static final Logger LOG = Logger.getLogger(JobSchedule.class);

    void log(@Observes StartupEvent event, JobsConfig jobs) {
        LOG.infof("Scheduled jobs (clustered, one instance at a time each): sender-retention every %s, abuse-cleanup "
                        + "every %s, import-housekeeping every %s, webhook-delivery every %s, webhook-retention every %s, "
                        + "mail-delivery every %s, staff-directory every %s, feedback-deadlines every %s, "
                        + "notification-digest at %s, recommendation-reminders at %s (Asia/Ho_Chi_Minh)",
                jobs.senderRetention().every(), jobs.abuseCleanup().every(), jobs.importHousekeeping().every(),
                jobs.webhookDelivery().every(), jobs.webhookRetention().every(), jobs.mailDelivery().every(),
                jobs.staffDirectory().every(), jobs.feedbackDeadlines().every(), jobs.notificationDigest().cron(),
                jobs.recommendationReminders().cron());
    }
}

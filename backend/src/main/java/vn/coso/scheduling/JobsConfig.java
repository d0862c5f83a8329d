package vn.coso.scheduling;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The intervals of the scheduled jobs (prefix {@code coso.jobs}), read by their {@code @Scheduled}
 * annotations; "off" turns a job off. Declared here so that a misspelt key fails the start.
 */
@ConfigMapping(prefix = "coso.jobs")
public interface JobsConfig {

    /** Wait after start before a job first fires. */
    @WithDefault("30s")
    String firstDelay();

    Job senderRetention();

    Job abuseCleanup();

    Job importHousekeeping();

    Job webhookDelivery();

    Job webhookRetention();

    Job mailDelivery();

    Job staffDirectory();

    Job feedbackDeadlines();

    Daily notificationDigest();

    Daily recommendationReminders();

    interface Daily {
        /** Quartz cron expression, Asia/Ho_Chi_Minh. */
        String cron();
    }

    interface Job {
        /** Quarkus Scheduler's interval ("5s", "1h") or "off". */
        String every();
    }
}

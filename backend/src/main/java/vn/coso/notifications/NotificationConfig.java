package vn.coso.notifications;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** Notification settings (prefix {@code coso.notifications}); SMTP itself is Quarkus Mailer's (README "Configure"). */
@ConfigMapping(prefix = "coso.notifications")
public interface NotificationConfig {

    /** The SPA's public address, for links in mails (tracking page, unsubscribe, inbox). Env: COSO_PUBLIC_URL. */
    @WithDefault("http://localhost:5173")
    String publicUrl();

    /** The API's public address, for the unsubscribe link (it works without the SPA). Env: COSO_API_URL. */
    @WithDefault("http://localhost:8080")
    String apiUrl();

    /** Key of the unsubscribe links' signatures; set a long random value in production. Env: COSO_NOTIFICATIONS_SECRET. */
    String secret();

    /** Waits after each failed sending of a mail; then it is FAILED. */
    @WithDefault("1m,5m,30m,2h,6h,12h")
    List<Duration> mailRetryDelays();

    /** Mails one run of the job claims. */
    @WithDefault("50")
    int mailBatchSize();

    /** How long a claimed mail stays reserved; a dead instance's claim expires after it. */
    @WithDefault("2m")
    Duration mailLease();

    /** Sent and failed mails (with their addresses) are deleted after this long. */
    @WithDefault("7d")
    Duration mailRetention();
}

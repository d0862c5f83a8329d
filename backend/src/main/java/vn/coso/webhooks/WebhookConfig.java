package vn.coso.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Webhook delivery settings (prefix {@code coso.webhooks}). */
@ConfigMapping(prefix = "coso.webhooks")
public interface WebhookConfig {

    /**
     * The waits after each failed attempt; when they are used up the delivery is FAILED. The default
     * (Standard Webhooks' usual schedule) spreads eight attempts over about 27 hours.
     */
    @WithDefault("5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retryDelays();

    /** Consecutive failed attempts after which a subscription is disabled (and the admins told). */
    @WithDefault("40")
    int disableAfter();

    /** Deliveries one run of the job claims. */
    @WithDefault("50")
    int batchSize();

    /** How long a claimed delivery stays reserved; a dead instance's claim expires after it. */
    @WithDefault("2m")
    Duration lease();

    /** Time allowed to a receiver to answer. */
    @WithDefault("10s")
    Duration timeout();

    /**
     * Hosts or addresses (as written in the URL, or the address a name resolves to) that a subscription may
     * target although they are loopback, private or link-local: for tests and local runs only; empty in
     * production. Env: COSO_WEBHOOKS_ALLOWED_HOSTS.
     */
    Optional<List<String>> allowedHosts();

    /** Delivered and failed deliveries, their attempts and old events are deleted after this long. */
    @WithDefault("30d")
    Duration retention();
}

package vn.coso.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import org.jboss.logging.Logger;
import vn.coso.common.events.WebhookDisabled;
import vn.coso.webhooks.WebhookStore.Outgoing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends due deliveries after their transaction committed: claimed with SKIP LOCKED and a lease, signed
 * per Standard Webhooks, retried with the configured backoff, then FAILED. Runs of this job may overlap
 * on several instances; each takes different rows. An instance killed mid-send leaves its claims to
 * expire, and another sends them again with the same webhook-id (at least once).
 */
@ApplicationScoped
public class WebhookDelivery {

    private static final Logger LOG = Logger.getLogger(WebhookDelivery.class);

    private final WebhookStore store;
    private final WebhookConfig config;
    private final Clock clock;
    private final HttpClient http;
    private final Event<WebhookDisabled> disabled;
    private final WebhookTargets targets;

    WebhookDelivery(WebhookStore store, WebhookConfig config, Clock clock, Event<WebhookDisabled> disabled,
                    WebhookTargets targets) {
        this.disabled = disabled;
        this.targets = targets;
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(identity = "webhook-delivery", every = "${coso.jobs.webhook-delivery.every}",
            delayed = "${coso.jobs.first-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            while (deliverDue() == config.batchSize()) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            LOG.warn("Webhook delivery failed; will try again", e);
        }
    }

    @Scheduled(identity = "webhook-retention", every = "${coso.jobs.webhook-retention.every}",
            delayed = "${coso.jobs.first-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        QuarkusTransaction.requiringNew().run(() -> store.deleteSettledBefore(clock.instant().minus(config.retention())));
    }

    /** One batch: the number of deliveries attempted. */
    public int deliverDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant leaseEnd = now.plus(config.lease());
        List<Outgoing> batch = QuarkusTransaction.requiringNew().call(() ->
                store.outgoing(store.claimDue(now, leaseEnd, config.batchSize())));
        // A send started late in the lease could still be under way when the lease ends and another
        // instance claims the row: it would go out twice. What is left by then is handed back instead.
        Duration reserve = config.timeout().multipliedBy(3).dividedBy(2);
        Instant lastStart = leaseEnd.minus(reserve.compareTo(config.lease().dividedBy(2)) > 0 ? reserve
                : config.lease().dividedBy(2));
        List<Long> unsent = new ArrayList<>();
        for (Outgoing delivery : batch) {
            if (clock.instant().isAfter(lastStart)) {
                unsent.add(delivery.deliveryId());
            } else {
                send(delivery);
            }
        }
        if (!unsent.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> store.release(unsent, leaseEnd,
                    clock.instant().truncatedTo(ChronoUnit.MICROS)));
        }
        return batch.size();
    }

    private void send(Outgoing d) {
        Instant started = clock.instant();
        long timestamp = started.getEpochSecond();
        Integer status = null;
        String error = null;
        try {
            // Checked again at each attempt: a name may have been pointed at an inner address since.
            targets.requirePublic(URI.create(d.url()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.url()))
                    .timeout(config.timeout())
                    .header("content-type", "application/json")
                    .header("user-agent", "Coso-Webhooks/1.0")
                    .header("webhook-id", d.messageId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(d.secret(), d.messageId(), timestamp, d.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(d.payload()))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status > 299) {
                error = "HTTP " + status;
            }
        } catch (WebhookTargets.RefusedTarget e) {
            error = truncate("refused: " + e.getMessage());
        } catch (IOException | IllegalArgumentException e) {
            error = truncate(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        int duration = (int) Duration.between(started, clock.instant()).toMillis();
        Integer code = status;
        String failure = error;
        QuarkusTransaction.requiringNew().run(() -> record(d, code, failure, duration));
    }

    private void record(Outgoing d, Integer status, String error, int durationMs) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.recordAttempt(d.deliveryId(), d.attempt(), now, status, error, durationMs);
        WebhookSubscription subscription = store.findById(d.subscriptionId());
        if (error == null) {
            store.delivered(d.deliveryId(), now, status);
            if (subscription != null && subscription.failureStreak != 0) {
                subscription.failureStreak = 0;
            }
            return;
        }
        List<Duration> delays = config.retryDelays();
        Instant retryAt = d.attempt() <= delays.size() ? now.plus(delays.get(d.attempt() - 1)) : null;
        store.failed(d.deliveryId(), status, error, retryAt);
        LOG.debugf("Webhook delivery %d attempt %d to subscription %d failed (%s); %s", d.deliveryId(), d.attempt(),
                d.subscriptionId(), error, retryAt == null ? "given up" : "again at " + retryAt);
        if (subscription != null && subscription.enabled) {
            subscription.failureStreak++;
            if (subscription.failureStreak >= config.disableAfter()) {
                subscription.enabled = false;
                subscription.disabledReason = WebhookService.FAILING;
                store.failPending(subscription.id, "subscription disabled after " + subscription.failureStreak
                        + " failed attempts in a row");
                LOG.warnf("Webhook subscription %d disabled after %d failed attempts in a row", subscription.id,
                        subscription.failureStreak);
                disabled.fire(new WebhookDisabled(subscription.id, subscription.targetUrl, subscription.owner,
                        subscription.failureStreak));
            }
        }
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}

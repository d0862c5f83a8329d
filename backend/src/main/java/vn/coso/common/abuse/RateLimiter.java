package vn.coso.common.abuse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.config.CosoConfig;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.i18n.Msg;

import java.time.Duration;
import java.time.Instant;

/**
 * Per-client request limits that hold across backend instances: each request is counted in the
 * database in a fixed window per limit name and hashed client; past the limit it answers 429
 * problem+json with {@code Retry-After}. Call {@link #check} before doing any work.
 */
@ApplicationScoped
public class RateLimiter {

    private final AbuseStore store;
    private final ClientHashes hashes;
    private final ClientAddress address;
    private final CosoConfig.Abuse config;

    RateLimiter(AbuseStore store, ClientHashes hashes, ClientAddress address, CosoConfig config) {
        this.store = store;
        this.hashes = hashes;
        this.address = address;
        this.config = config.abuse();
    }

    /** Counts this request against the limit {@code name}; 429 when the client is past it. */
    public void check(String name) {
        CosoConfig.RateLimit limit = limitOf(name);
        long windowMillis = Math.max(1000, limit.window().toMillis());
        Instant now = Instant.now();
        Instant windowStart = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        Instant windowEnd = windowStart.plusMillis(windowMillis);
        String client = hashes.hashOf(address.current());
        int hits = QuarkusTransaction.requiringNew().call(() -> store.hit(name, client, windowStart, windowEnd));
        if (hits > limit.requests()) {
            long retryAfter = Math.max(1, (Duration.between(now, windowEnd).toMillis() + 999) / 1000);
            throw ProblemException.tooManyRequests("rate-limit.exceeded", Msg.of("rate-limit.exceeded",
                    limit.requests(), describe(limit.window()), retryAfter), retryAfter);
        }
    }

    CosoConfig.RateLimit limitOf(String name) {
        return config.rateLimits().getOrDefault(name, config.defaultRateLimit());
    }

    private static Msg describe(Duration window) {
        long seconds = window.toSeconds();
        if (seconds % 3600 == 0) {
            return Msg.of("duration.hours", seconds / 3600);
        }
        if (seconds % 60 == 0) {
            return Msg.of("duration.minutes", seconds / 60);
        }
        return Msg.of("duration.seconds", seconds);
    }
}

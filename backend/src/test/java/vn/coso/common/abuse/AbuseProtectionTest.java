package vn.coso.common.abuse;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.common.errors.ProblemException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared pieces on their own; the public endpoints test them through HTTP as well. */
@QuarkusTest
class AbuseProtectionTest {

    @Inject
    Idempotency idempotency;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    ClientHashes hashes;

    @Inject
    AbuseCleanup cleanup;

    @Inject
    EntityManager em;

    private ManagedContext requestContext;

    record Thing(String id, int run) {
    }

    record ThingRequest(String text) {
    }

    @BeforeEach
    void activate() {
        requestContext = Arc.container().requestContext();
        requestContext.activate();
    }

    @AfterEach
    void deactivate() {
        requestContext.terminate();
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndRunsNothing() {
        AtomicInteger runs = new AtomicInteger();
        String key = UUID.randomUUID().toString();
        var first = idempotency.once("test-op", key, new ThingRequest("a"), Thing.class,
                () -> new Thing(UUID.randomUUID().toString(), runs.incrementAndGet()));
        var second = idempotency.once("test-op", key, new ThingRequest("a"), Thing.class,
                () -> new Thing(UUID.randomUUID().toString(), runs.incrementAndGet()));

        assertEquals(1, runs.get());
        assertFalse(first.replayed());
        assertTrue(second.replayed());
        assertEquals(first.body(), second.body());
        // Another operation with the same key is another request.
        var other = idempotency.once("test-other-op", key, new ThingRequest("a"), Thing.class,
                () -> new Thing("x", runs.incrementAndGet()));
        assertFalse(other.replayed());
        assertEquals(2, runs.get());
    }

    @Test
    void theSameKeyWithAnotherBodyAnswers422() {
        String key = UUID.randomUUID().toString();
        idempotency.once("test-op", key, new ThingRequest("a"), Thing.class, () -> new Thing("1", 1));
        ProblemException e = assertThrows(ProblemException.class, () ->
                idempotency.once("test-op", key, new ThingRequest("b"), Thing.class, () -> new Thing("2", 2)));
        assertEquals(422, e.status());
        assertEquals("idempotency.key-reused", e.code());
    }

    @Test
    void aFailedActionLeavesTheKeyFreeForTheRetry() {
        String key = UUID.randomUUID().toString();
        assertThrows(ProblemException.class, () -> idempotency.once("test-op", key, new ThingRequest("a"), Thing.class,
                () -> {
                    throw ProblemException.invalidField("text", "field.not-blank");
                }));
        var retry = idempotency.once("test-op", key, new ThingRequest("a"), Thing.class, () -> new Thing("ok", 1));
        assertFalse(retry.replayed());
        assertEquals("ok", retry.body().id());
    }

    @Test
    void malformedKeysAnswer400() {
        for (String key : List.of("", "with space", "x".repeat(Idempotency.MAX_KEY_LENGTH + 1), "khóa")) {
            ProblemException e = assertThrows(ProblemException.class, () ->
                    idempotency.once("test-op", key, new ThingRequest("a"), Thing.class, () -> new Thing("1", 1)));
            assertEquals(400, e.status(), key);
        }
    }

    @Test
    void concurrentRequestsWithOneKeyRunOnce() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        String key = UUID.randomUUID().toString();
        Callable<Idempotency.Outcome<Thing>> call = () -> {
            ManagedContext context = Arc.container().requestContext();
            context.activate();
            try {
                return idempotency.once("test-op", key, new ThingRequest("a"), Thing.class, () -> {
                    int run = runs.incrementAndGet();
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return new Thing("concurrent", run);
                });
            } finally {
                context.terminate();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Idempotency.Outcome<Thing>>> results = pool.invokeAll(List.of(call, call, call, call));
            long fresh = 0;
            for (Future<Idempotency.Outcome<Thing>> result : results) {
                assertEquals(new Thing("concurrent", 1), result.get().body());
                fresh += result.get().replayed() ? 0 : 1;
            }
            assertEquals(1, runs.get());
            assertEquals(1, fresh);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pastTheLimitAnswers429WithRetryAfter() {
        // Outside an HTTP request the client is "unknown"; test-limit allows 3 an hour (application.properties).
        String name = "test-limit";
        for (int i = 0; i < 3; i++) {
            rateLimiter.check(name);
        }
        ProblemException e = assertThrows(ProblemException.class, () -> rateLimiter.check(name));
        assertEquals(429, e.status());
        long retryAfter = Long.parseLong(e.headers().get("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter);
        // Counters are per limit name.
        rateLimiter.check("test-other-limit");
    }

    @Test
    void addressesAreStoredOnlyAsSaltedHashes() {
        String hash = hashes.hashOf("203.0.113.7");
        assertEquals(64, hash.length());
        assertEquals(hash, hashes.hashOf("203.0.113.7"));
        assertNotEquals(hash, hashes.hashOf("203.0.113.8"));
        // Not the plain hash of the address: without the salt nobody can recompute it.
        assertNotEquals(Hashing.sha256("203.0.113.7"), hash);
        assertEquals("2001:0db8:0001:0002::/64", ClientAddress.networkOf("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals(ClientAddress.networkOf("2001:db8:1:2::1"), ClientAddress.networkOf("2001:db8:1:2::ffff"));
    }

    @Test
    void expiredRowsAreDeleted() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO rate_limit_window (bucket, client_hash, window_start, hits, expires_at)"
                                + " VALUES ('test-expired', REPEAT('a', 64), ?1, 1, ?1)")
                .setParameter(1, Instant.parse("2020-01-01T00:00:00Z")).executeUpdate());
        assertTrue(cleanup.cleanUp() >= 1);
        long left = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM rate_limit_window WHERE bucket = 'test-expired'").getSingleResult()).longValue());
        assertEquals(0, left);
    }
}

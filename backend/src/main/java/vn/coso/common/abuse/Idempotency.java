package vn.coso.common.abuse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.config.CosoConfig;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.security.CurrentUser;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@code Idempotency-Key} header of POSTs that create: the first request with a key runs, and
 * its answer is stored in the same transaction as what it created; a retry with the same key gets
 * that answer again instead of a duplicate. Keys are per operation and per caller, and expire after
 * {@code coso.abuse.idempotency-retention}: a signed-in caller is the token's subject, a signed-out
 * one the client's address (its /64 for IPv6, see {@link ClientAddress}), so that nobody replays
 * another person's answer (a public tracking code) by sending the same key and body. Only a hash of
 * operation, caller and key is stored.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 200;

    private final AbuseStore store;
    private final CurrentUser user;
    private final ClientAddress address;
    private final ObjectMapper json;
    private final Duration retention;

    Idempotency(AbuseStore store, CurrentUser user, ClientAddress address, ObjectMapper json, CosoConfig config) {
        this.store = store;
        this.user = user;
        this.address = address;
        this.json = json;
        this.retention = config.abuse().idempotencyRetention();
    }

    /** What a POST answers: the body, and whether it is the stored answer to an earlier request. */
    public record Outcome<T>(T body, boolean replayed) {
    }

    /**
     * Runs {@code action} (which may be a {@code @Transactional} service method: it joins the
     * transaction opened here) unless a request with the same key ran before.
     *
     * @param key     the header's value; null runs the action without protection
     * @param request the request body, to tell a retry from another request reusing the key (422)
     */
    public <T> Outcome<T> once(String operation, String key, Object request, Class<T> type, Supplier<T> action) {
        if (key == null) {
            return new Outcome<>(action.get(), false);
        }
        checkKey(key);
        String keyHash = Hashing.sha256(operation + "\n" + caller() + "\n" + key);
        String requestHash = fingerprint(request);
        Optional<Outcome<T>> earlier = replay(operation, keyHash, requestHash, type);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Instant now = Instant.now();
                try {
                    store.claim(operation, keyHash, requestHash, now, now.plus(retention));
                } catch (RuntimeException e) {
                    throw new AlreadyClaimed(e);
                }
                T body = action.get();
                store.complete(operation, keyHash, write(body));
                return new Outcome<>(body, false);
            });
        } catch (AlreadyClaimed e) {
            // A concurrent request with the same key committed first: answer what it answered.
            return replay(operation, keyHash, requestHash, type).orElseThrow(() -> ProblemException.of(409,
                    "idempotency.in-progress")
                    .withHeader("Retry-After", "1"));
        }
    }

    private <T> Optional<Outcome<T>> replay(String operation, String keyHash, String requestHash, Class<T> type) {
        Optional<AbuseStore.StoredAnswer> stored = QuarkusTransaction.requiringNew()
                .call(() -> store.answer(operation, keyHash, Instant.now()));
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        if (!stored.get().requestHash().equals(requestHash)) {
            throw ProblemException.of(422, "idempotency.key-reused");
        }
        try {
            return Optional.of(new Outcome<>(json.readValue(stored.get().responseBody(), type), true));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored answer cannot be read back as " + type.getSimpleName(), e);
        }
    }

    /** Who the key belongs to: the token's subject, or the signed-out client's address. */
    private String caller() {
        return user.subject().map(subject -> "subject:" + subject).orElseGet(() -> "address:" + address.current());
    }

    private static void checkKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7E)) {
            throw ProblemException.invalidField(HEADER, "idempotency.key.invalid", String.valueOf(MAX_KEY_LENGTH));
        }
    }

    private String fingerprint(Object request) {
        try {
            return Hashing.sha256(json.writeValueAsBytes(request));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint the request", e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the answer", e);
        }
    }

    private static final class AlreadyClaimed extends RuntimeException {
        AlreadyClaimed(Throwable cause) {
            super(cause);
        }
    }
}

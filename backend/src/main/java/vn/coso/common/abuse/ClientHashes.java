package vn.coso.common.abuse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.config.CosoConfig;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Salted hashes of client addresses. The salt of each rotation period is random, kept in the
 * database so that every instance hashes alike, and deleted a period after its own ends; from then
 * on nobody can tell which address a hash stood for.
 */
@ApplicationScoped
public class ClientHashes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AbuseStore store;
    private final Duration rotation;
    /** Salts already read from the database, by period; a salt never changes once stored. */
    private final Map<Long, String> salts = new ConcurrentHashMap<>();

    ClientHashes(AbuseStore store, CosoConfig config) {
        this.store = store;
        this.rotation = config.abuse().saltRotation();
    }

    /** The hash of an address under the salt of the current period. */
    public String hashOf(String address) {
        long period = Instant.now().toEpochMilli() / rotation.toMillis();
        return Hashing.sha256(saltOf(period) + "|" + address);
    }

    private String saltOf(long period) {
        String salt = salts.get(period);
        if (salt != null) {
            return salt;
        }
        salt = QuarkusTransaction.requiringNew().call(() -> store.salt(period).orElseGet(() -> {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            Instant expiresAt = Instant.ofEpochMilli((period + 2) * rotation.toMillis());
            store.offerSalt(period, HexFormat.of().formatHex(random), expiresAt);
            // A plain read would still see this transaction's snapshot, without the salt of a concurrent winner.
            return store.committedSalt(period).orElseThrow();
        }));
        salts.keySet().removeIf(p -> p < period);
        salts.put(period, salt);
        return salt;
    }
}

package vn.coso.notifications;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The token of a citizen's unsubscribe link: the address (base64url) and an HMAC-SHA256 of it under the
 * server's secret, so the link works without an account and cannot be forged for another address.
 */
final class UnsubscribeTokens {

    private final byte[] key;

    UnsubscribeTokens(String secret) {
        this.key = secret.getBytes(StandardCharsets.UTF_8);
    }

    String tokenFor(String address) {
        String normal = normalize(address);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(normal.getBytes(StandardCharsets.UTF_8))
                + "." + mac(normal);
    }

    /** The address of a genuine token. */
    Optional<String> addressOf(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 1) {
            return Optional.empty();
        }
        try {
            String address = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            boolean genuine = MessageDigest.isEqual(mac(address).getBytes(StandardCharsets.UTF_8),
                    token.substring(dot + 1).getBytes(StandardCharsets.UTF_8));
            return genuine ? Optional.of(address) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** What the unsubscribe table keeps instead of the address. */
    static String hash(String address) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalize(address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalize(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }

    private String mac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.coso.feedback;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Tracking codes: 10 random characters from an alphabet without the look-alikes 0/O and 1/I/L
 * (31 symbols, about 50 bits: not guessable, not derived from the id), read over the phone in two
 * groups of five.
 */
final class TrackingCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCodes() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** "K7M2QX9P4T" → "K7M2Q-X9P4T". */
    static String display(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }

    /** What a person typed, in any case, with or without the dash or spaces; empty if it cannot be a code. */
    static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}

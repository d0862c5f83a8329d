package vn.coso.common.i18n;

import java.util.Arrays;

/**
 * A message to be written in the reader's language later: a bundle key and its arguments
 * ({@code {0}}, {@code {1}}… in the bundle's text). Services build these; the response layer
 * renders them with {@link Messages} in the language of the request.
 */
public record Msg(String key, Object... args) {

    public static Msg of(String key, Object... args) {
        return new Msg(key, args);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Msg other && key.equals(other.key) && Arrays.equals(args, other.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(args);
    }
}

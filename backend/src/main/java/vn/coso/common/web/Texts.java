package vn.coso.common.web;

import java.text.Normalizer;

public final class Texts {

    private Texts() {
    }

    /**
     * Trims and brings Vietnamese text to NFC, so that composed and decomposed input (some
     * keyboards send "ê" as e + combining circumflex) compare equal; blank becomes null.
     */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String normalized = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        return normalized.isEmpty() ? null : normalized;
    }
}

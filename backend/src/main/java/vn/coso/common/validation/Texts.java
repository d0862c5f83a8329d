package vn.coso.common.validation;

import java.text.Normalizer;

/** Rules for free text in requests: which characters are allowed, and how it is stored. */
public final class Texts {

    /** One line: no control characters at all. */
    public static final String SINGLE_LINE = "^[^\\p{Cntrl}]*$";
    public static final String SINGLE_LINE_MESSAGE = "must not contain control characters";
    /** Several lines: line breaks and tabs, but no other control characters. */
    public static final String MULTI_LINE = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$";
    public static final String MULTI_LINE_MESSAGE = "must not contain control characters other than line breaks and tabs";

    private Texts() {
    }

    /**
     * Trims and brings Vietnamese text to NFC, so that composed and decomposed input compare
     * equal; blank becomes null.
     */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String normalized = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        return normalized.isEmpty() ? null : normalized;
    }
}

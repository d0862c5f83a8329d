package vn.coso.common.validation;

/** Which characters free text in a request may hold (stored through {@link vn.coso.common.web.Texts#clean}). */
public final class TextPatterns {

    /**
     * One line, as a name or title is: no control characters (Cc), no format characters (Cf: the
     * bidirectional overrides, embeddings and isolates U+202A–U+202E and U+2066–U+2069, the marks
     * U+200E/U+200F/U+061C, the zero-width U+200B–U+200D, U+2060 and U+FEFF, the soft hyphen), which
     * let a name display as something other than what it is, and no half of a surrogate pair (Cs).
     * Every single-line text field of every request uses this pattern.
     */
    public static final String SINGLE_LINE = "^[^\\p{Cc}\\p{Cf}\\p{Cs}]*$";
    public static final String SINGLE_LINE_MESSAGE =
            "{coso.validation.single-line}";
    /** Several lines: line breaks and tabs, but no other control characters. */
    public static final String MULTI_LINE = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$";
    public static final String MULTI_LINE_MESSAGE = "{coso.validation.multi-line}";

    private TextPatterns() {
    }
}

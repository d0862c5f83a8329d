package vn.coso.common.validation;

/** Which characters free text in a request may hold (stored through {@link vn.coso.common.web.Texts#clean}). */
public final class TextPatterns {

    /** One line: no control characters at all. */
    public static final String SINGLE_LINE = "^[^\\p{Cntrl}]*$";
    public static final String SINGLE_LINE_MESSAGE = "{coso.validation.single-line}";
    /** Several lines: line breaks and tabs, but no other control characters. */
    public static final String MULTI_LINE = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$";
    public static final String MULTI_LINE_MESSAGE = "{coso.validation.multi-line}";

    private TextPatterns() {
    }
}

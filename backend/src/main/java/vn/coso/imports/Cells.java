package vn.coso.imports;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading cell values the way people write them in Vietnamese spreadsheets. */
public final class Cells {

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");

    private Cells() {
    }

    /**
     * Folds a header or a label for comparison: no diacritics, đ as d, lower case, letters and
     * digits only. "Mã đơn vị cấp trên" and "ma don vi cap tren", "parentCode" and "Parent_Code"
     * fold alike.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = DIACRITICS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        StringBuilder folded = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                folded.append(Character.toLowerCase(c));
            }
        }
        return folded.toString();
    }

    /** Codes compare as the database does (utf8mb4_unicode_520_ci): case and accents do not matter. */
    public static String key(String code) {
        return code == null ? null : Normalizer.normalize(code.strip(), Normalizer.Form.NFC).toUpperCase(Locale.ROOT);
    }

    /** DD/MM/YYYY (Vietnamese order, also with '.' or '-') or YYYY-MM-DD; empty when neither. */
    public static Optional<LocalDate> date(String text) {
        String value = text.strip();
        Matcher dmy = DAY_MONTH_YEAR.matcher(value);
        try {
            if (dmy.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(dmy.group(3)), Integer.parseInt(dmy.group(2)),
                        Integer.parseInt(dmy.group(1))));
            }
            return Optional.of(LocalDate.parse(value, ISO));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** A whole number; "12.0" as a spreadsheet may write it counts, "12.5" does not. */
    public static Optional<Long> wholeNumber(String text) {
        String value = text.strip();
        if (WHOLE_NUMBER.matcher(value).matches() && value.length() < 19) {
            return Optional.of(Long.parseLong(value));
        }
        try {
            BigDecimal number = new BigDecimal(value);
            return Optional.of(number.longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** true/false, có/không, yes/no, x, 1/0; empty when none of those. */
    public static Optional<Boolean> bool(String text) {
        return switch (fold(text)) {
            case "true", "co", "yes", "x", "1", "dung" -> Optional.of(true);
            case "false", "khong", "no", "0", "sai" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}

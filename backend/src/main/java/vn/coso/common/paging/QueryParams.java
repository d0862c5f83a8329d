package vn.coso.common.paging;

import vn.coso.common.errors.ProblemException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Parses filter parameters so that a wrong one answers 400 naming it. */
public final class QueryParams {

    private QueryParams() {
    }

    /** 400 naming the parameter; the message is the bundle text of {@code key} (see {@code i18n/common}). */
    public static ProblemException invalid(String name, String key, Object... args) {
        return ProblemException.invalidField(name, key, args);
    }

    public static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(name, "param.whole-number");
        }
    }

    /**
     * A count the caller may give, from 1 to {@code max}; {@code fallback} when not given. Out of range: 400 naming
     * the parameter ("phải từ 1 đến {max}", the message of a page's size, which is one of these).
     */
    public static int countUpTo(String name, String value, int fallback, int max) {
        int count = value == null || value.isBlank() ? fallback : parseInt(name, value);
        if (count < 1 || count > max) {
            throw invalid(name, "param.size", String.valueOf(max));
        }
        return count;
    }

    public static Long optionalLong(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(name, "param.whole-number");
        }
    }

    public static Boolean optionalBoolean(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(name, "param.boolean");
        };
    }

    public static Instant optionalInstant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name, "param.instant");
        }
    }

    public static LocalDate optionalDate(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name, "param.date");
        }
    }

    public static <E extends Enum<E>> E optionalEnum(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw invalid(name, "param.one-of", String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    /** A LIKE pattern that matches {@code text} anywhere, with LIKE's wildcards escaped by '!'. */
    public static String containsPattern(String text) {
        String escaped = text.trim().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}

package vn.coso.common.paging;

import java.time.LocalDate;

/**
 * The period filter of a list or a figure: {@code from} and {@code to} (inclusive dates) and/or a
 * calendar {@code year}; given together they narrow each other. Either end may be open.
 */
public record Period(LocalDate from, LocalDate to) {

    public static final Period ANY = new Period(null, null);

    /** Parses the three query parameters; a wrong one answers 400 naming it. */
    public static Period of(String fromParam, String toParam, String yearParam) {
        LocalDate from = QueryParams.optionalDate("from", fromParam);
        LocalDate to = QueryParams.optionalDate("to", toParam);
        if (yearParam != null && !yearParam.isBlank()) {
            int year = QueryParams.parseInt("year", yearParam);
            if (year < 1 || year > 9999) {
                throw QueryParams.invalid("year", "param.year");
            }
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            from = from == null || from.isBefore(first) ? first : from;
            to = to == null || to.isAfter(last) ? last : to;
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw QueryParams.invalid(yearParam != null && !yearParam.isBlank() ? "year" : "to",
                    "param.period.order");
        }
        return new Period(from, to);
    }

    public static Period year(int year) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public boolean isOpen() {
        return from == null && to == null;
    }
}

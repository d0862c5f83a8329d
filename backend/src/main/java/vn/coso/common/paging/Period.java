package vn.coso.common.paging;

import vn.coso.common.errors.ProblemException;

import java.time.LocalDate;

/**
 * The period filter of a list or a figure: {@code from} and {@code to} (inclusive dates), or a
 * calendar {@code year}. Either end of {@code from}/{@code to} may be open. A year together with
 * {@code from} or {@code to} is contradictory and answers 400 ({@code request.parameter.conflict},
 * naming {@code year}); it used to narrow the year, which hid a mistaken request.
 */
public record Period(LocalDate from, LocalDate to) {

    public static final Period ANY = new Period(null, null);

    /** Parses the three query parameters; a wrong one answers 400 naming it. */
    public static Period of(String fromParam, String toParam, String yearParam) {
        LocalDate from = QueryParams.optionalDate("from", fromParam);
        LocalDate to = QueryParams.optionalDate("to", toParam);
        if (yearParam != null && !yearParam.isBlank()) {
            if (from != null || to != null) {
                throw ProblemException.ofParameter("request.parameter.conflict", "year", "year", from != null ? "from" : "to");
            }
            int year = QueryParams.parseInt("year", yearParam);
            if (year < 1 || year > 9999) {
                throw QueryParams.invalid("year", "param.year");
            }
            return year(year);
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

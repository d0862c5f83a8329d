package vn.coso.reports;

import vn.coso.common.paging.Period;
import vn.coso.common.paging.QueryParams;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The period of a report and the previous period of the same length, which the figures stand beside. */
final class ReportPeriods {

    /** Longer periods make no review and would only load the database. */
    private static final int MAX_YEARS = 10;

    private ReportPeriods() {
    }

    static Period parse(String year, String from, String to) {
        boolean noYear = year == null || year.isBlank();
        if (noYear && (from == null || from.isBlank() || to == null || to.isBlank())) {
            throw QueryParams.invalid("year", "report.period.required");
        }
        Period period = Period.of(from, to, year);
        if (period.to().isAfter(period.from().plusYears(MAX_YEARS))) {
            throw QueryParams.invalid("to", "report.period.too-long", MAX_YEARS);
        }
        return period;
    }

    /**
     * The period just before: a run of whole months steps back by as many months (2024 → 2023, a
     * half-year → the half before), any other period by as many days.
     */
    static Period previous(Period period) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        if (from.getDayOfMonth() == 1 && to.equals(to.withDayOfMonth(to.lengthOfMonth()))) {
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            return new Period(from.minusMonths(months), from.minusDays(1));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new Period(from.minusDays(days), from.minusDays(1));
    }
}

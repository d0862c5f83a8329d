package vn.coso.reports;

import org.junit.jupiter.api.Test;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.FigureKind;
import vn.coso.reports.ReportDtos.Figure;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The review's arithmetic without Quarkus: the previous period, shares, changes and rounding as printed. */
class ReportArithmeticTest {

    private static Period period(String from, String to) {
        return new Period(LocalDate.parse(from), LocalDate.parse(to));
    }

    private static Figure figure(FigureKind kind, Number value, Number previous) {
        return new Figure("k", "l", "d", kind, kind != FigureKind.SHARE, value, previous);
    }

    @Test
    void thePreviousPeriodOfWholeMonthsStepsBackByMonths() {
        assertEquals(period("2023-01-01", "2023-12-31"), ReportPeriods.previous(period("2024-01-01", "2024-12-31")));
        assertEquals(period("2023-07-01", "2023-12-31"), ReportPeriods.previous(period("2024-01-01", "2024-06-30")));
        // February has 29 days in 2024: a whole month still steps back one month, not 29 days.
        assertEquals(period("2024-01-01", "2024-01-31"), ReportPeriods.previous(period("2024-02-01", "2024-02-29")));
        assertEquals(period("2023-12-01", "2024-02-29"), ReportPeriods.previous(period("2024-03-01", "2024-05-31")));
    }

    @Test
    void anyOtherPeriodStepsBackByAsManyDays() {
        assertEquals(period("2024-03-05", "2024-03-14"), ReportPeriods.previous(period("2024-03-15", "2024-03-24")));
        assertEquals(period("2024-02-29", "2024-02-29"), ReportPeriods.previous(period("2024-03-01", "2024-03-01")));
    }

    @Test
    void sharesArePrintedAsPercentWithOneDecimalRoundedHalfUp() {
        assertEquals("66,7 %", PdfReport.format(FigureKind.SHARE, 2.0 / 3));
        assertEquals("12,5 %", PdfReport.format(FigureKind.SHARE, 0.125));
        assertEquals("100 %", PdfReport.format(FigureKind.SHARE, 1));
        assertEquals("0 %", PdfReport.format(FigureKind.SHARE, 0));
        assertEquals("–", PdfReport.format(FigureKind.SHARE, null));
    }

    @Test
    void countsAndAveragesAreRounded() {
        assertEquals("12.346", PdfReport.format(FigureKind.COUNT, 12345.6));
        assertEquals("4,67", PdfReport.format(FigureKind.AVERAGE, 14.0 / 3));
        assertEquals("3", PdfReport.format(FigureKind.AVERAGE, 3));
    }

    @Test
    void aShareChangesByPercentagePointsACountBySignedUnits() {
        assertEquals("+12,5 điểm %", PdfReport.change(figure(FigureKind.SHARE, 0.625, 0.5)));
        assertEquals("−5 điểm %", PdfReport.change(figure(FigureKind.SHARE, 0.45, 0.5)));
        assertEquals("0 điểm %", PdfReport.change(figure(FigureKind.SHARE, 0.5, 0.5)));
        assertEquals("+1.200", PdfReport.change(figure(FigureKind.COUNT, 1300, 100)));
        assertEquals("−7", PdfReport.change(figure(FigureKind.COUNT, 3, 10)));
        assertEquals("–", PdfReport.change(figure(FigureKind.COUNT, 3, null)));
    }
}

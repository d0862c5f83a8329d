package vn.coso.reports;

import org.junit.jupiter.api.Test;
import vn.coso.common.i18n.Messages;
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

    private static final ReportNumbers VI = ReportNumbers.of(Messages.VIETNAMESE);
    private static final ReportNumbers EN = ReportNumbers.of(Messages.ENGLISH);

    @Test
    void sharesArePrintedAsPercentWithOneDecimalRoundedHalfUp() {
        assertEquals("66,7%", VI.figure(FigureKind.SHARE, 2.0 / 3));
        assertEquals("12,5%", VI.figure(FigureKind.SHARE, 0.125));
        assertEquals("100%", VI.figure(FigureKind.SHARE, 1));
        assertEquals("0%", VI.figure(FigureKind.SHARE, 0));
        assertEquals("–", VI.figure(FigureKind.SHARE, null));
        assertEquals("66.7%", EN.figure(FigureKind.SHARE, 2.0 / 3));
    }

    @Test
    void countsAndAveragesAreRoundedAndWrittenAsTheLanguageWritesThem() {
        assertEquals("12.346", VI.figure(FigureKind.COUNT, 12345.6));
        assertEquals("12,346", EN.figure(FigureKind.COUNT, 12345.6));
        assertEquals("1.234.567", VI.count(1_234_567L));
        assertEquals("4,67", VI.figure(FigureKind.AVERAGE, 14.0 / 3));
        assertEquals("4.67", EN.figure(FigureKind.AVERAGE, 14.0 / 3));
        assertEquals("3", VI.figure(FigureKind.AVERAGE, 3));
        // A CSV file leaves thousands out, so that a spreadsheet reads the number back.
        assertEquals("12346", VI.ungrouped().count(12345.6));
        assertEquals("1234,5", VI.ungrouped().decimal(1234.5, 2));
        assertEquals("1234.5", EN.ungrouped().decimal(1234.5, 2));
    }

    @Test
    void datesAreDayFirstInBothLanguages() {
        ReportDtos.ReportPeriod year = new ReportDtos.ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        assertEquals("01/01/2024 – 31/12/2024", VI.period(year));
        assertEquals("01/01/2024 – 31/12/2024", EN.period(year));
    }

    @Test
    void aShareChangesByPercentagePointsACountBySignedUnits() {
        assertEquals("+12,5 điểm %", VI.change(figure(FigureKind.SHARE, 0.625, 0.5), "điểm %"));
        assertEquals("−5 điểm %", VI.change(figure(FigureKind.SHARE, 0.45, 0.5), "điểm %"));
        assertEquals("0 điểm %", VI.change(figure(FigureKind.SHARE, 0.5, 0.5), "điểm %"));
        assertEquals("+1.200", VI.change(figure(FigureKind.COUNT, 1300, 100), "điểm %"));
        assertEquals("+1,200", EN.change(figure(FigureKind.COUNT, 1300, 100), "pp"));
        assertEquals("−7", VI.change(figure(FigureKind.COUNT, 3, 10), "điểm %"));
        assertEquals("–", VI.change(figure(FigureKind.COUNT, 3, null), "điểm %"));
    }

    @Test
    void anAverageChangesWithItsDecimalsNeverRoundedToZero() {
        // Average satisfaction 3.9 → 4.2: "+0,3", not "+0" (issue 16).
        assertEquals("+0,3", VI.change(figure(FigureKind.AVERAGE, 4.2, 3.9), "điểm %"));
        assertEquals("+0.3", EN.change(figure(FigureKind.AVERAGE, 4.2, 3.9), "pp"));
        assertEquals("−0,25", VI.change(figure(FigureKind.AVERAGE, 3.75, 4.0), "điểm %"));
        // A change too small to print has no sign.
        assertEquals("0", VI.change(figure(FigureKind.AVERAGE, 4.001, 4.0), "điểm %"));
    }
}

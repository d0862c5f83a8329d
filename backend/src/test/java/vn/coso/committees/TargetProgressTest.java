package vn.coso.committees;

import org.junit.jupiter.api.Test;
import vn.coso.common.reporting.FigureKind;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TargetProgressTest {

    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    private static final LocalDate MID_YEAR = LocalDate.of(2026, 7, 2); // day 183 of 365

    private static TargetProgress.Result at(LocalDate today, FigureKind kind, TargetComparator comparator, double threshold,
                                            Number value, Number start) {
        return TargetProgress.evaluate(kind, comparator, threshold, value, start, FROM, TO, today);
    }

    @Test
    void aCountJustAheadOfThePaceIsOnTrack() {
        var result = at(MID_YEAR, FigureKind.COUNT, TargetComparator.GE, 72, 37, null);
        assertEquals(TargetStatus.ON_TRACK, result.status());
        assertEquals(73.8, result.projected(), 0.1);
    }

    @Test
    void aCountBehindThePaceIsAtRiskAndMetOnceReached() {
        assertEquals(TargetStatus.AT_RISK, at(MID_YEAR, FigureKind.COUNT, TargetComparator.GE, 72, 30, null).status());
        assertEquals(TargetStatus.MET, at(MID_YEAR, FigureKind.COUNT, TargetComparator.GE, 72, 72, null).status());
    }

    @Test
    void aShareIsProjectedFromItsValueBeforeTheYear() {
        // 0.5 at the start, 0.7 halfway: about 0.9 at the end.
        var result = at(MID_YEAR, FigureKind.SHARE, TargetComparator.GE, 1, 0.7, 0.5);
        assertEquals(0.9, result.projected(), 0.01);
        assertEquals(TargetStatus.AT_RISK, result.status());
        assertEquals(TargetStatus.ON_TRACK, at(MID_YEAR, FigureKind.SHARE, TargetComparator.GE, 0.85, 0.7, 0.5).status());
        assertEquals(1.0, at(MID_YEAR, FigureKind.SHARE, TargetComparator.GE, 1, 0.9, 0.2).projected(), 1e-9);
    }

    @Test
    void anEndedPeriodIsMetOrMissed() {
        LocalDate after = LocalDate.of(2027, 1, 3);
        assertEquals(TargetStatus.MET, at(after, FigureKind.SHARE, TargetComparator.GE, 1, 0.99999999999, 0).status());
        assertEquals(TargetStatus.MISSED, at(after, FigureKind.COUNT, TargetComparator.GE, 72, 71, null).status());
        assertEquals(TargetStatus.MET, at(after, FigureKind.COUNT, TargetComparator.LE, 5, 5, null).status());
        assertEquals(TargetStatus.MISSED, at(after, FigureKind.COUNT, TargetComparator.LE, 5, 6, null).status());
    }

    @Test
    void anAtMostTargetIsAtRiskWhenThePaceWouldBreakIt() {
        assertEquals(TargetStatus.AT_RISK, at(MID_YEAR, FigureKind.COUNT, TargetComparator.LE, 5, 3, null).status());
        assertEquals(TargetStatus.ON_TRACK, at(MID_YEAR, FigureKind.COUNT, TargetComparator.LE, 5, 2, null).status());
    }

    @Test
    void beforeTheYearNothingIsJudged() {
        assertEquals(TargetStatus.ON_TRACK, at(LocalDate.of(2025, 12, 1), FigureKind.COUNT, TargetComparator.GE, 72, 0, null).status());
    }
}

package vn.coso.calendar;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Working time over weekends, holidays and worked Saturdays, in Vietnam's time zone. */
class WorkingTimeTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final List<WorkingTime.Period> OFFICE_HOURS =
            List.of(WorkingTime.Period.parse("13:00-17:00"), WorkingTime.Period.parse("08:00-12:00"));

    /** 30/4–1/5 2025: Wednesday 30/4 to Sunday 4/5 off, Friday 2/5 swapped for Saturday 26/4. */
    private static final WorkingTime REUNIFICATION_2025 = new WorkingTime(VIETNAM, OFFICE_HOURS, Map.of(
            LocalDate.of(2025, 4, 26), HolidayKind.WORKING_DAY,
            LocalDate.of(2025, 4, 30), HolidayKind.HOLIDAY,
            LocalDate.of(2025, 5, 1), HolidayKind.HOLIDAY,
            LocalDate.of(2025, 5, 2), HolidayKind.HOLIDAY,
            LocalDate.of(2025, 5, 3), HolidayKind.HOLIDAY,
            LocalDate.of(2025, 5, 4), HolidayKind.HOLIDAY));

    private static Instant vietnam(String localDateTime) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), VIETNAM).toInstant();
    }

    private static Instant plus(String start, String amount) {
        return REUNIFICATION_2025.plus(vietnam(start), WorkingDuration.parse(amount));
    }

    @Test
    void hoursWithinADaySkipTheLunchBreak() {
        assertEquals(vietnam("2025-03-04T15:00"), plus("2025-03-04T09:00", "5h"));
        assertEquals(vietnam("2025-03-04T12:00"), plus("2025-03-04T09:00", "3h"));
        assertEquals(vietnam("2025-03-04T14:00"), plus("2025-03-04T12:30", "1h"));
    }

    @Test
    void timeOutsideWorkingHoursDoesNotCount() {
        // Friday evening, then the weekend: the clock starts on Monday at 08:00.
        assertEquals(vietnam("2025-03-10T10:00"), plus("2025-03-07T18:30", "2h"));
        assertEquals(vietnam("2025-03-10T08:00"), plus("2025-03-08T10:00", "0h"));
        // 7:00 in Vietnam is midnight UTC: the zone decides, not UTC.
        assertEquals(vietnam("2025-03-04T09:00"), plus("2025-03-04T07:00", "1h"));
    }

    @Test
    void holidaysAreSkippedAndWorkedSaturdaysCount() {
        // Tuesday 29/4 09:00 + 8h: 7 hours on Tuesday, then nothing until Monday 5/5.
        assertEquals(vietnam("2025-05-05T09:00"), plus("2025-04-29T09:00", "8h"));
        // Friday 25/4 16:00 + 2h: 1 hour on Friday, 1 on the worked Saturday 26/4.
        assertEquals(vietnam("2025-04-26T09:00"), plus("2025-04-25T16:00", "2h"));
        assertTrue(REUNIFICATION_2025.isWorkingDay(LocalDate.of(2025, 4, 26)));
        assertFalse(REUNIFICATION_2025.isWorkingDay(LocalDate.of(2025, 4, 30)));
        assertFalse(REUNIFICATION_2025.isWorkingDay(LocalDate.of(2025, 4, 27)));
    }

    @Test
    void daysAreWorkingDaysOfEightHours() {
        assertEquals(480, REUNIFICATION_2025.minutesPerDay());
        // Monday 5/5 09:00 + 10 working days: Monday 19/5 09:00.
        assertEquals(vietnam("2025-05-19T09:00"), plus("2025-05-05T09:00", "10d"));
        assertEquals(vietnam("2025-03-04T09:30"), plus("2025-03-04T09:00", "30m"));
    }

    @Test
    void badDefinitionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> WorkingDuration.parse("8"));
        assertThrows(IllegalArgumentException.class, () -> WorkingDuration.parse("-1h"));
        assertThrows(IllegalArgumentException.class, () -> WorkingDuration.parse("2w"));
        assertThrows(IllegalArgumentException.class, () -> WorkingTime.Period.parse("17:00-08:00"));
        assertThrows(IllegalArgumentException.class, () -> new WorkingTime(VIETNAM,
                List.of(WorkingTime.Period.parse("08:00-12:00"), WorkingTime.Period.parse("11:00-13:00")), Map.of()));
    }
}

package vn.coso.common.demo;

import vn.coso.common.time.AppClock;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;

/** The demo's calendar, shared by the features' demo writers. */
public final class DemoDates {

    /** The reform of 1 July 2025: the records after it are on the new structure. */
    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);
    /** The last day the demo's records reach: the demo shows the province in December 2026. */
    public static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    /** The seed of the records after the reform; each feature's writer draws from its own offset of it. */
    public static final long RECENT_SEED = 20_260_701L;

    private DemoDates() {
    }

    /** A Vietnamese wall-clock time of a day, as the UTC date and time the columns keep. */
    public static LocalDateTime at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(AppClock.VIETNAM).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** A working day (Monday to Friday) between the two days. */
    public static LocalDate workingDay(Random random, LocalDate from, LocalDate to) {
        LocalDate day = from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day;
    }
}

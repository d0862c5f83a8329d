package vn.coso.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Working time in a time zone: Monday to Friday within the working periods of the day (e.g.
 * 08:00–12:00 and 13:00–17:00), except holidays, plus the Saturdays (or any day) worked instead.
 * Pure: the calendar's days are given, so that the demo loader and the service compute alike.
 */
public final class WorkingTime {

    /** One stretch of work within a day. */
    public record Period(LocalTime start, LocalTime end) {

        /** "08:00-12:00". */
        public static Period parse(String text) {
            String[] parts = text.trim().split("-");
            if (parts.length != 2) {
                throw new IllegalArgumentException("A working period is HH:MM-HH:MM: " + text);
            }
            Period period = new Period(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
            if (!period.end.isAfter(period.start)) {
                throw new IllegalArgumentException("A working period ends after it starts: " + text);
            }
            return period;
        }
    }

    /** Adding working time never looks further than this many days ahead. */
    private static final int HORIZON_DAYS = 3660;

    private final ZoneId zone;
    private final List<Period> periods;
    private final Map<LocalDate, HolidayKind> days;

    public WorkingTime(ZoneId zone, List<Period> periods, Map<LocalDate, HolidayKind> days) {
        this.zone = zone;
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Period::start));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw new IllegalArgumentException("Working periods overlap: " + sorted);
            }
        }
        this.periods = List.copyOf(sorted);
        this.days = Map.copyOf(days);
    }

    public ZoneId zone() {
        return zone;
    }

    public long minutesPerDay() {
        return periods.stream().mapToLong(p -> Duration.between(p.start(), p.end()).toMinutes()).sum();
    }

    public boolean isWorkingDay(LocalDate day) {
        HolidayKind kind = days.get(day);
        if (kind != null) {
            return kind == HolidayKind.WORKING_DAY;
        }
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /**
     * The instant at which {@code amount} of working time has passed since {@code start}. Time
     * outside working hours does not count: a feedback received on Saturday evening starts its
     * clock on Monday at the first period's start.
     */
    public Instant plus(Instant start, WorkingDuration amount) {
        long left = amount.minutes(minutesPerDay());
        ZonedDateTime at = start.atZone(zone);
        LocalDate day = at.toLocalDate();
        LocalTime time = at.toLocalTime();
        for (int i = 0; i < HORIZON_DAYS; i++) {
            if (isWorkingDay(day)) {
                for (Period period : periods) {
                    if (!time.isBefore(period.end())) {
                        continue;
                    }
                    LocalTime from = time.isAfter(period.start()) ? time : period.start();
                    long available = Duration.between(from, period.end()).toMinutes();
                    if (left <= available) {
                        return ZonedDateTime.of(day, from, zone).plusMinutes(left).toInstant();
                    }
                    left -= available;
                    time = period.end();
                }
            }
            day = day.plusDays(1);
            time = LocalTime.MIN;
        }
        throw new IllegalStateException("No working time within " + HORIZON_DAYS + " days of " + start);
    }
}

package vn.coso.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.config.CosoConfig;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Deadlines in working time by the holidays table as it stands: it is read on every computation,
 * so that an admin's change reaches every instance at once.
 */
@ApplicationScoped
public class WorkingCalendar {

    /** How far ahead holidays are read: past the longest deadline the system gives. */
    private static final int LOOKAHEAD_DAYS = 400;

    private final HolidayRepository holidays;
    private final ZoneId zone;
    private final List<WorkingTime.Period> periods;

    public WorkingCalendar(HolidayRepository holidays, CosoConfig config) {
        this.holidays = holidays;
        this.zone = config.calendar().zone();
        this.periods = config.calendar().workingHours().stream().map(WorkingTime.Period::parse).toList();
    }

    public ZoneId zone() {
        return zone;
    }

    @Transactional
    public Instant plus(Instant start, WorkingDuration amount) {
        return from(start).plus(start, amount);
    }

    /** The working time from {@code start} on, read once for several computations. */
    @Transactional
    public WorkingTime from(Instant start) {
        LocalDate first = start.atZone(zone).toLocalDate();
        return workingTime(first, first.plusDays(LOOKAHEAD_DAYS));
    }

    /** The working time of the period, for computing many deadlines at once (the demo data). */
    @Transactional
    public WorkingTime workingTime(LocalDate from, LocalDate to) {
        return of(zone, periods, holidays.between(from, to));
    }

    public static WorkingTime of(ZoneId zone, List<WorkingTime.Period> periods, List<Holiday> days) {
        Map<LocalDate, HolidayKind> byDay = new HashMap<>();
        days.forEach(h -> byDay.put(h.day, h.kind));
        return new WorkingTime(zone, periods, byDay);
    }

    public List<WorkingTime.Period> periods() {
        return periods;
    }
}

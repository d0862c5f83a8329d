package vn.coso.calendar;

/** A day off on a weekday, or a Saturday worked in exchange for a bridge holiday (làm bù). */
public enum HolidayKind {
    HOLIDAY,
    WORKING_DAY
}

package vn.coso.calendar;

/**
 * An amount of working time: "8h" (working hours), "10d" (working days of
 * {@link WorkingTime#minutesPerDay()}) or "30m".
 */
public record WorkingDuration(long amount, Unit unit) {

    public enum Unit { MINUTES, HOURS, DAYS }

    public static WorkingDuration parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase();
        if (value.length() < 2) {
            throw new IllegalArgumentException("A working duration is a number and h, d or m, e.g. 8h: " + text);
        }
        long amount;
        try {
            amount = Long.parseLong(value.substring(0, value.length() - 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A working duration is a number and h, d or m, e.g. 8h: " + text, e);
        }
        Unit unit = switch (value.charAt(value.length() - 1)) {
            case 'm' -> Unit.MINUTES;
            case 'h' -> Unit.HOURS;
            case 'd' -> Unit.DAYS;
            default -> throw new IllegalArgumentException("A working duration ends in h, d or m: " + text);
        };
        if (amount < 0) {
            throw new IllegalArgumentException("A working duration cannot be negative: " + text);
        }
        return new WorkingDuration(amount, unit);
    }

    long minutes(long minutesPerDay) {
        return switch (unit) {
            case MINUTES -> amount;
            case HOURS -> amount * 60;
            case DAYS -> amount * minutesPerDay;
        };
    }

    @Override
    public String toString() {
        return amount + switch (unit) {
            case MINUTES -> "m";
            case HOURS -> "h";
            case DAYS -> "d";
        };
    }
}

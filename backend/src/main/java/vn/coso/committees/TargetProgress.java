package vn.coso.committees;

import vn.coso.common.reporting.FigureKind;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where a target stands on a day, from the figure's value so far: the rules, without a database.
 *
 * <ul>
 *   <li>Before the period: ON_TRACK (nothing to judge yet).</li>
 *   <li>After the period's last day: MET when the period's value meets the threshold, MISSED otherwise.</li>
 *   <li>During the period: the value is projected linearly to the period's end at the pace so far —
 *       a count (which starts from 0) by {@code value × total days / days elapsed}; a share or an
 *       average from its value before the period ({@code start}) along the same line, a share held
 *       within 0..1. An "at least" target already met is MET; otherwise ON_TRACK when the
 *       projection meets it and AT_RISK when it misses.</li>
 * </ul>
 */
public final class TargetProgress {

    public record Result(Double value, Double projected, TargetStatus status) {
    }

    private TargetProgress() {
    }

    public static Result evaluate(FigureKind kind, TargetComparator comparator, double threshold,
                                  Number valueNow, Number valueAtStart, LocalDate from, LocalDate to, LocalDate today) {
        Double value = valueNow == null ? null : valueNow.doubleValue();
        if (today.isBefore(from)) {
            return new Result(value, null, TargetStatus.ON_TRACK);
        }
        if (today.isAfter(to)) {
            return new Result(value, value, value != null && meets(comparator, value, threshold)
                    ? TargetStatus.MET : TargetStatus.MISSED);
        }
        if (value == null) {
            return new Result(null, null, TargetStatus.ON_TRACK);
        }
        double elapsed = ChronoUnit.DAYS.between(from, today) + 1;
        double total = ChronoUnit.DAYS.between(from, to) + 1;
        double projected = switch (kind) {
            case COUNT -> value * total / elapsed;
            case SHARE -> clamp(start(valueAtStart, value) + (value - start(valueAtStart, value)) * total / elapsed);
            case AVERAGE -> value;
        };
        if (comparator == TargetComparator.GE && meets(comparator, value, threshold)) {
            return new Result(value, projected, TargetStatus.MET);
        }
        return new Result(value, projected, meets(comparator, projected, threshold) ? TargetStatus.ON_TRACK : TargetStatus.AT_RISK);
    }

    static boolean meets(TargetComparator comparator, double value, double threshold) {
        // Shares are fractions computed by division: 0.9999999 of a 100 % target is met.
        double epsilon = 1e-9;
        return comparator == TargetComparator.GE ? value + epsilon >= threshold : value - epsilon <= threshold;
    }

    private static double start(Number valueAtStart, double value) {
        return valueAtStart == null ? value : valueAtStart.doubleValue();
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }
}

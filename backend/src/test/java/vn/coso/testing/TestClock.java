package vn.coso.testing;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The clock of the features that take "now" from an injected {@link Clock}: the system's, unless a
 * test places itself on a day ({@link #setToday}); {@link #reset} goes back to the system's.
 */
@Singleton
public class TestClock extends Clock {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Instant fixed;

    public void setToday(LocalDate day) {
        fixed = day.atTime(12, 0).atZone(VIETNAM).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant day = fixed;
        return day == null ? Instant.now() : day;
    }
}

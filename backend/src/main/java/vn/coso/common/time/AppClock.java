package vn.coso.common.time;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The application's clock: the system's, UTC. Deadline logic takes {@code Clock} by injection so that
 * tests move time forward ({@link #shift}) instead of sleeping; outside tests the shift is refused,
 * so that every instance keeps the same time.
 */
@ApplicationScoped
public class AppClock {

    /** The province's time zone: what "today" means for deadlines, plans and reports. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private volatile Duration offset = Duration.ZERO;

    /** Today in Vietnam on this instance's clock: what unit periods, structures and reports mean by "today". */
    public LocalDate today() {
        return LocalDate.ofInstant(Instant.now().plus(offset), VIETNAM);
    }

    @Produces
    @Singleton
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.offset(Clock.system(zone), offset);
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(offset);
            }
        };
    }

    /** Moves this instance's time by the given amount: for tests only. */
    public void shift(Duration amount) {
        if (LaunchMode.current() != LaunchMode.TEST) {
            throw new IllegalStateException("The clock only moves in tests");
        }
        offset = offset.plus(amount);
    }

    /** Places this instance's time at noon (Vietnam) on that day: for tests only. */
    public void setToday(LocalDate day) {
        if (LaunchMode.current() != LaunchMode.TEST) {
            throw new IllegalStateException("The clock only moves in tests");
        }
        offset = Duration.between(Instant.now(), day.atTime(12, 0).atZone(VIETNAM).toInstant());
    }

    /** Back to the system's time: for tests only. */
    public void reset() {
        if (LaunchMode.current() != LaunchMode.TEST) {
            throw new IllegalStateException("The clock only moves in tests");
        }
        offset = Duration.ZERO;
    }
}

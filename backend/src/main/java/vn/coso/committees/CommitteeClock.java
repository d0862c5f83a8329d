package vn.coso.committees;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;
import java.time.ZoneId;

/** "Now" for the committee's progress and deadlines: the province's time zone; tests put in a clock of their own. */
@ApplicationScoped
public class CommitteeClock {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.system(VIETNAM);
    }
}

package vn.coso.scheduling;

import vn.coso.common.time.AppClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The periodic work lives in Quartz's clustered job store in MariaDB, and tests move the clock. */
@QuarkusTest
class SchedulingTest {

    @Inject
    Scheduler quartz;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AppClock appClock;

    @AfterEach
    void resetClock() {
        appClock.reset();
    }

    @Test
    void jobsAreKeptInTheClusteredJobStoreOnTheDatabase() throws SchedulerException {
        assertTrue(quartz.getMetaData().isJobStoreClustered());
        assertTrue(quartz.getMetaData().isJobStoreSupportsPersistence());
        @SuppressWarnings("unchecked")
        List<String> triggers = QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS").getResultList());
        for (String job : List.of("sender-retention", "abuse-cleanup", "import-housekeeping")) {
            assertTrue(triggers.stream().anyMatch(t -> t.startsWith(job)), job + " in " + triggers);
        }
        @SuppressWarnings("unchecked")
        List<String> instances = QuarkusTransaction.requiringNew().call(() ->
                em.createNativeQuery("SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE").getResultList());
        assertFalse(instances.isEmpty(), "the instance checks in with the cluster");
    }

    @Test
    void theInjectedClockMovesInTestsOnly() {
        Instant before = clock.instant();
        appClock.shift(Duration.ofDays(3));
        Duration moved = Duration.between(before, clock.instant());
        assertTrue(moved.compareTo(Duration.ofDays(3)) >= 0 && moved.compareTo(Duration.ofDays(3).plusMinutes(1)) < 0,
                "moved " + moved);
    }
}

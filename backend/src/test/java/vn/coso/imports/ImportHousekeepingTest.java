package vn.coso.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scheduled housekeeping records jobs of a dead instance failed without anyone reading them. */
@QuarkusTest
class ImportHousekeepingTest {

    @Inject
    ImportHousekeeping housekeeping;

    @Inject
    EntityManager em;

    private long job(String status, Instant heartbeat, String instance) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("INSERT INTO import_job (kind, dry_run, status, file_format, file_size, created_by,"
                            + " instance_id, created_at, heartbeat_at) VALUES ('UNITS', false, ?1, 'CSV', 10, 'admin', ?2, ?3, ?3)")
                    .setParameter(1, status).setParameter(2, instance).setParameter(3, heartbeat).executeUpdate();
            return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        });
    }

    private String statusOf(long id) {
        return QuarkusTransaction.requiringNew().call(() ->
                (String) em.createNativeQuery("SELECT status FROM import_job WHERE id = ?1").setParameter(1, id)
                        .getSingleResult());
    }

    @Test
    void aSilentRunningJobIsRecordedFailedByTheJobAlone() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long dead = job("RUNNING", now.minus(1, ChronoUnit.HOURS), "dead-instance");
        long alive = job("RUNNING", now, "live-instance");
        long queuedOnLive = job("QUEUED", now.minus(1, ChronoUnit.HOURS), "live-instance");

        assertTrue(housekeeping.reportLost() >= 1);

        assertEquals("FAILED", statusOf(dead));
        assertEquals("RUNNING", statusOf(alive));
        // Its instance still shows progress on another job: it is only waiting.
        assertEquals("QUEUED", statusOf(queuedOnLive));
    }
}

package vn.coso.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.coso.common.config.CosoConfig;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Stale import-job detection without a reader: a running job that showed no progress for
 * {@code coso.imports.stale-after}, or a queued one whose instance shows none on any of its jobs, died
 * with its instance and is recorded failed; finished jobs past {@code coso.imports.retention} are
 * deleted. Runs on one instance at a time (vn.coso.scheduling); reading a job applies the same rule.
 */
@ApplicationScoped
class ImportHousekeeping {

    private static final Logger LOG = Logger.getLogger(ImportHousekeeping.class);

    private final ImportJobRepository jobs;
    private final CosoConfig.Imports config;
    private final Clock clock;

    ImportHousekeeping(ImportJobRepository jobs, CosoConfig config, Clock clock) {
        this.jobs = jobs;
        this.config = config.imports();
        this.clock = clock;
    }

    @Scheduled(identity = "import-housekeeping", every = "${coso.jobs.import-housekeeping.every}",
            delayed = "${coso.jobs.first-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            reportLost();
            QuarkusTransaction.requiringNew().run(() -> jobs.deleteFinishedBefore(clock.instant().minus(config.retention())));
        } catch (RuntimeException e) {
            LOG.warn("Import housekeeping failed; will try again", e);
        }
    }

    /** The number of unfinished jobs recorded failed because their instance went away. */
    int reportLost() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant cutoff = now.minus(config.staleAfter());
        List<ImportJob> stale = QuarkusTransaction.requiringNew().call(() -> jobs.unfinishedSilentSince(cutoff));
        int lost = 0;
        for (ImportJob job : stale) {
            boolean marked = QuarkusTransaction.requiringNew().call(() ->
                    (job.status == ImportStatus.RUNNING || !jobs.instanceAlive(job.instanceId, cutoff))
                            && jobs.markLost(job.id, job.status, job.heartbeatAt, ImportService.LOST, now));
            if (marked) {
                LOG.infof("Import job %d recorded failed: no progress since %s", job.id, job.heartbeatAt);
                lost++;
            }
        }
        return lost;
    }
}

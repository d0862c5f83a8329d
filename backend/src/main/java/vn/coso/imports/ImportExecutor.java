package vn.coso.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;
import vn.coso.common.config.CosoConfig;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;

/**
 * The workers of this instance that process imports: a few at a time, a bounded queue behind them.
 * Nothing of the request that submitted a job is propagated to it (the job carries its caller).
 */
@ApplicationScoped
public class ImportExecutor {

    private static final Logger LOG = Logger.getLogger(ImportExecutor.class);

    /** Names this process in its jobs, so that readers can tell whether it is still alive. */
    private final String instanceId = UUID.randomUUID().toString();
    private final ManagedExecutor executor;
    private final ImportJobRepository jobs;

    public ImportExecutor(CosoConfig config, ImportJobRepository jobs) {
        this.jobs = jobs;
        this.executor = ManagedExecutor.builder()
                .maxAsync(config.imports().concurrency())
                .maxQueued(config.imports().queue())
                .propagated(ThreadContext.NONE)
                .cleared(ThreadContext.ALL_REMAINING)
                .build();
    }

    public String instanceId() {
        return instanceId;
    }

    /** @throws RejectedExecutionException when the queue is full */
    public void submit(Runnable job) {
        executor.execute(job);
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
        try {
            int failed = QuarkusTransaction.requiringNew().call(() -> jobs.failUnfinished(instanceId,
                    "The service stopped before the import finished; nothing was written. Upload the file again.",
                    Instant.now()));
            if (failed > 0) {
                LOG.infof("%d unfinished import job(s) marked failed at shutdown", failed);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not mark unfinished import jobs failed at shutdown: %s", e.getMessage());
        }
    }
}

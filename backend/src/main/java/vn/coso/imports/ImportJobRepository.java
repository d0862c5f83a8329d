package vn.coso.imports;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;

import java.time.Instant;
import java.util.List;

/** Import jobs, their errors and row reports. The runner's updates run in transactions of their own. */
@ApplicationScoped
public class ImportJobRepository implements PanacheRepository<ImportJob> {

    public static final SortableFields SORTABLE = SortableFields.of("createdAt",
            "createdAt", "j.createdAt", "kind", "j.kind", "status", "j.status", "id", "j.id");
    public static final SortableFields ERRORS_SORTABLE = SortableFields.of("row", "row", "e.row");
    public static final SortableFields ROWS_SORTABLE = SortableFields.of("row", "row", "r.row");

    /** QUEUED → RUNNING; false when the job is no longer queued (a reader declared it lost meanwhile). */
    public boolean start(long id, Instant now) {
        return update("status = ?1, phase = ?2, startedAt = ?3, heartbeatAt = ?3 where id = ?4 and status = ?5",
                ImportStatus.RUNNING, ImportPhase.READING, now, id, ImportStatus.QUEUED) == 1;
    }

    public void progress(long id, ImportPhase phase, int processed, Integer total, Instant now) {
        update("phase = ?1, processedRows = ?2, totalRows = ?3, heartbeatAt = ?4 where id = ?5",
                phase, processed, total, now, id);
    }

    /** Records the outcome whatever a reader concluded meanwhile: the runner knows what really happened. */
    public void finish(long id, ImportStatus status, Counts counts, String failure, Instant now) {
        update("status = ?1, phase = null, totalRows = ?2, processedRows = ?3, skippedRows = ?4, createCount = ?5,"
                        + " updateCount = ?6, unchangedCount = ?7, errorCount = ?8, ignoredColumns = ?9, failure = ?10,"
                        + " finishedAt = ?11, heartbeatAt = ?11 where id = ?12",
                status, counts.total(), counts.processed(), counts.skipped(), counts.created(), counts.updated(),
                counts.unchanged(), counts.errors(), counts.ignoredColumns(), failure, now, id);
    }

    /** What a finished job counted. */
    public record Counts(Integer total, int processed, int skipped, int created, int updated, int unchanged,
                         int errors, String ignoredColumns) {
    }

    /** Whether the instance has shown progress on any of its unfinished jobs since the cutoff. */
    public boolean instanceAlive(String instanceId, Instant cutoff) {
        return count("instanceId = ?1 and status in ?2 and heartbeatAt >= ?3",
                instanceId, List.of(ImportStatus.QUEUED, ImportStatus.RUNNING), cutoff) > 0;
    }

    /** Declares a job lost, unless it moved on since it was read. */
    public boolean markLost(long id, ImportStatus seen, Instant seenHeartbeat, String failure, Instant now) {
        return update("status = ?1, phase = null, failure = ?2, finishedAt = ?3 where id = ?4 and status = ?5"
                        + " and heartbeatAt = ?6",
                ImportStatus.FAILED, failure, now, id, seen, seenHeartbeat) == 1;
    }

    public int failUnfinished(String instanceId, String failure, Instant now) {
        return update("status = ?1, phase = null, failure = ?2, finishedAt = ?3 where instanceId = ?4 and status in ?5",
                ImportStatus.FAILED, failure, now, instanceId, List.of(ImportStatus.QUEUED, ImportStatus.RUNNING));
    }

    /** Queued or running jobs whose last sign of life is older than the cutoff. */
    public List<ImportJob> unfinishedSilentSince(Instant cutoff) {
        return list("status in ?1 and heartbeatAt < ?2",
                List.of(ImportStatus.QUEUED, ImportStatus.RUNNING), cutoff);
    }

    public long deleteFinishedBefore(Instant cutoff) {
        return delete("finishedAt < ?1", cutoff);
    }

    public List<ImportJob> findFor(String createdBy, List<SortField> sort, int offset, int limit) {
        return conditions(createdBy).query(getEntityManager(), "select j from ImportJob j",
                        SortableFields.orderBy(sort, "j.id"), ImportJob.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countFor(String createdBy) {
        return conditions(createdBy).count(getEntityManager(), "select count(j) from ImportJob j");
    }

    public List<ImportJobError> errors(long jobId, List<SortField> sort, int offset, int limit) {
        return getEntityManager().createQuery("select e from ImportJobError e where e.jobId = :job"
                        + SortableFields.orderBy(sort, "e.id"), ImportJobError.class)
                .setParameter("job", jobId)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countErrors(long jobId) {
        return getEntityManager().createQuery("select count(e) from ImportJobError e where e.jobId = :job", Long.class)
                .setParameter("job", jobId).getSingleResult();
    }

    public List<ImportJobRow> rows(long jobId, ImportAction action, List<SortField> sort, int offset, int limit) {
        return new Conditions()
                .add("r.jobId = :job", "job", jobId)
                .add("r.action = :action", "action", action)
                .query(getEntityManager(), "select r from ImportJobRow r", SortableFields.orderBy(sort, "r.row"),
                        ImportJobRow.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countRows(long jobId, ImportAction action) {
        return new Conditions()
                .add("r.jobId = :job", "job", jobId)
                .add("r.action = :action", "action", action)
                .count(getEntityManager(), "select count(r) from ImportJobRow r");
    }

    private static Conditions conditions(String createdBy) {
        return new Conditions().add("j.createdBy = :createdBy", "createdBy", createdBy);
    }
}

package vn.coso.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;

/** What import tests check in the database directly. */
@ApplicationScoped
public class TestImports {

    private final EntityManager em;

    public TestImports(EntityManager em) {
        this.em = em;
    }

    /** Rows of a table, to show that an import wrote nothing. */
    @Transactional
    public long count(String table) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table).getSingleResult()).longValue();
    }

    @Transactional
    public long countWhere(String table, String condition) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + condition)
                .getSingleResult()).longValue();
    }

    /** Makes a job look as if its instance had stopped long ago. */
    @Transactional
    public void stall(long jobId, String status, Duration ago) {
        Instant then = Instant.now().minus(ago);
        em.createNativeQuery("UPDATE import_job SET status = ?1, heartbeat_at = ?2, finished_at = NULL,"
                        + " instance_id = 'gone' WHERE id = ?3")
                .setParameter(1, status)
                .setParameter(2, java.time.LocalDateTime.ofInstant(then, java.time.ZoneOffset.UTC))
                .setParameter(3, jobId)
                .executeUpdate();
    }
}

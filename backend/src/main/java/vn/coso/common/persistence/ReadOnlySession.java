package vn.coso.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Marks the current transaction's session as reading only: the entities it loads are not snapshotted and
 * not dirty-checked before each query (a report runs a few hundred queries over the units it has loaded),
 * and nothing is flushed.
 */
@ApplicationScoped
public class ReadOnlySession {

    private final EntityManager entityManager;

    public ReadOnlySession(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Call first in the transaction, before anything is loaded. */
    public void mark() {
        Session session = entityManager.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
    }
}

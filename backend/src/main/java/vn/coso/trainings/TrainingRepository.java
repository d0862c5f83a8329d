package vn.coso.trainings;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.JpqlWhere;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.security.Scope;
import vn.coso.trainings.TrainingDtos.TrainingSummary;

import java.util.List;

@ApplicationScoped
public class TrainingRepository implements PanacheRepository<Training> {

    public static final SortableFields SORTABLE = SortableFields.of("date",
            "date", "t.heldOn", "topic", "t.topic", "attendances", "t.attendances", "organizer", "u.name",
            "createdAt", "t.createdAt", "updatedAt", "t.updatedAt", "id", "t.id").descendingByDefault();

    public List<Training> findInScope(TrainingFilter filter, Scope scope, List<SortField> sort, int offset, int limit) {
        JpqlWhere where = where(filter, scope);
        return where.bind(getEntityManager().createQuery(
                        "select t from Training t join fetch t.organizerUnit u" + where.clause()
                                + SortableFields.orderBy(sort, "t.id"), Training.class))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInScope(TrainingFilter filter, Scope scope) {
        JpqlWhere where = where(filter, scope);
        return where.bind(getEntityManager().createQuery(
                "select count(t) from Training t join t.organizerUnit u" + where.clause(), Long.class)).getSingleResult();
    }

    /** Number of classes and sum of attendances, computed by the database from the records. */
    public TrainingSummary summarize(TrainingFilter filter, Scope scope) {
        JpqlWhere where = where(filter, scope);
        Object[] row = where.bind(getEntityManager().createQuery(
                "select count(t), coalesce(sum(t.attendances), 0) from Training t join t.organizerUnit u"
                        + where.clause(), Object[].class)).getSingleResult();
        return new TrainingSummary(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    public long countByOrganizer(long unitId) {
        return count("organizerUnit.id", unitId);
    }

    private static JpqlWhere where(TrainingFilter filter, Scope scope) {
        return new JpqlWhere()
                .inScope(scope, "u.path")
                .inSubtree(filter.unitId(), "u.path")
                .within("t.heldOn", filter.period())
                .contains(filter.q(), "t.topic", "t.audience")
                .changedSince("t.updatedAt", filter.updatedSince());
    }
}

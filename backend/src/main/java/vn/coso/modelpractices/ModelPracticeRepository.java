package vn.coso.modelpractices;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.JpqlWhere;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.security.Scope;

import java.util.List;

@ApplicationScoped
public class ModelPracticeRepository implements PanacheRepository<ModelPractice> {

    public static final SortableFields SORTABLE = SortableFields.of("year",
            "year", "m.year", "name", "m.name", "unit", "u.name",
            "createdAt", "m.createdAt", "updatedAt", "m.updatedAt", "id", "m.id").descendingByDefault();

    public List<ModelPractice> findInScope(ModelPracticeFilter filter, Scope scope, List<SortField> sort,
                                           int offset, int limit) {
        JpqlWhere where = where(filter, scope);
        return where.bind(getEntityManager().createQuery(
                        "select m from ModelPractice m join fetch m.unit u" + where.clause()
                                + SortableFields.orderBy(sort, "m.id"), ModelPractice.class))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInScope(ModelPracticeFilter filter, Scope scope) {
        JpqlWhere where = where(filter, scope);
        return where.bind(getEntityManager().createQuery(
                "select count(m) from ModelPractice m join m.unit u" + where.clause(), Long.class)).getSingleResult();
    }

    /** Practices recognised in the unit, and practices that list it as replicating them. */
    public long countReferencing(long unitId) {
        long owned = count("unit.id", unitId);
        long replicated = getEntityManager().createQuery(
                        "select count(m) from ModelPractice m join m.replicatedIn r where r.id = :unitId", Long.class)
                .setParameter("unitId", unitId)
                .getSingleResult();
        return owned + replicated;
    }

    private static JpqlWhere where(ModelPracticeFilter filter, Scope scope) {
        return new JpqlWhere()
                .inScope(scope, "u.path")
                .inSubtree(filter.unitId(), "u.path")
                .equal("m.year", filter.year())
                .contains(filter.q(), "m.name", "m.description")
                .changedSince("m.updatedAt", filter.updatedSince());
    }
}

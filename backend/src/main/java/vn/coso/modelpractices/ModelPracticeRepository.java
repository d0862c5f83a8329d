package vn.coso.modelpractices;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.security.Scope;

import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ModelPracticeRepository implements PanacheRepository<ModelPractice> {

    public static final SortableFields SORTABLE = SortableFields.of("year",
            "year", "m.year", "name", "m.name", "unit", "u.name",
            "createdAt", "m.createdAt", "updatedAt", "m.updatedAt", "id", "m.id").descendingByDefault();

    /** @param unitPath the materialised path of the unitId filter's unit, or null */
    public List<ModelPractice> findInScope(ModelPracticeFilter filter, String unitPath, Scope scope,
                                           List<SortField> sort, int offset, int limit) {
        return conditions(filter, unitPath, scope)
                .query(getEntityManager(), "select m from ModelPractice m join fetch m.unit u",
                        SortableFields.orderBy(sort, "m.id"), ModelPractice.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInScope(ModelPracticeFilter filter, String unitPath, Scope scope) {
        return conditions(filter, unitPath, scope)
                .count(getEntityManager(), "select count(m) from ModelPractice m join m.unit u");
    }

    /** Practices recognised in the given years in the units of each area of the annual review. */
    public Map<Long, Long> countRecognized(ReportAreas areas, int fromYear, int toYear) {
        return areas.counts(areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(m)"
                        + " from ModelPractice m" + areas.joinUnit("m.unit")
                        + " where m.year between :fromYear and :toYear and " + areas.where() + areas.groupBy(),
                        Object[].class))
                .setParameter("fromYear", fromYear).setParameter("toYear", toYear)
                .getResultList());
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

    private static Conditions conditions(ModelPracticeFilter filter, String unitPath, Scope scope) {
        return new Conditions()
                .inScope(scope, "u.path")
                .add("u.path like :unitPath", "unitPath", unitPath == null ? null : unitPath + "%")
                .add("m.year = :year", "year", filter.year())
                .contains(filter.q(), "m.name", "m.description")
                .add("m.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
    }
}

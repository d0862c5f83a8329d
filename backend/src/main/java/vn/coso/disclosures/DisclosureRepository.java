package vn.coso.disclosures;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.Period;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.security.Scope;
import vn.coso.units.UnitType;

import java.util.List;
import java.util.Map;

@ApplicationScoped
public class DisclosureRepository implements PanacheRepository<Disclosure> {

    public static final SortableFields SORTABLE = SortableFields.of("postedOn",
            "postedOn", "d.postedOn", "category", "d.category", "title", "d.title", "unit", "u.name",
            "createdAt", "d.createdAt", "updatedAt", "d.updatedAt", "id", "d.id")
            .descendingByDefault();

    /** Active communes that existed at the period's end and missed one of their required categories in it. */
    private static final String MISSING = "u.active = true and u.type = :commune"
            + " and (u.validFrom is null or u.validFrom <= :to) and (u.validTo is null or u.validTo >= :to)"
            + " and (select count(distinct d.category) from Disclosure d where d.unit = u and d.category in :required"
            + " and d.postedOn between :from and :to) < :requiredCount";

    public List<Disclosure> findInScope(DisclosureFilter filter, String unitPath, Scope scope, List<SortField> sort,
                                        int offset, int limit) {
        return conditions(filter, unitPath, scope)
                .query(getEntityManager(), "select d from Disclosure d join fetch d.unit u",
                        SortableFields.orderBy(sort, "d.id"), Disclosure.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInScope(DisclosureFilter filter, String unitPath, Scope scope) {
        return conditions(filter, unitPath, scope)
                .count(getEntityManager(), "select count(d) from Disclosure d join d.unit u");
    }

    /** Disclosures posted in the period by the units of each area; only of the given categories when not null. */
    public Map<Long, Long> countPosted(ReportAreas areas, Period period, DisclosureCategory category) {
        var query = areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(d)"
                        + " from Disclosure d" + areas.joinUnit("d.unit") + " where d.postedOn between :from and :to"
                        + (category == null ? "" : " and d.category = :category")
                        + " and " + areas.where() + areas.groupBy(), Object[].class))
                .setParameter("from", period.from()).setParameter("to", period.to());
        if (category != null) {
            query.setParameter("category", category);
        }
        return areas.counts(query.getResultList());
    }

    /** Communes of each area that missed a required category in the period. */
    public Map<Long, Long> countCommunesMissing(ReportAreas areas, Period period) {
        return areas.counts(bindMissing(areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(u)"
                + " from Unit u" + areas.placement() + " where " + MISSING + " and " + areas.where() + areas.groupBy(), Object[].class)), period)
                .getResultList());
    }

    /** Active communes of each area that existed at the period's end: those that must disclose. */
    public Map<Long, Long> countCommunes(ReportAreas areas, Period period) {
        return areas.counts(areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(u)"
                        + " from Unit u" + areas.placement() + " where u.active = true and u.type = :commune"
                        + " and (u.validFrom is null or u.validFrom <= :to) and (u.validTo is null or u.validTo >= :to)"
                        + " and " + areas.where() + areas.groupBy(), Object[].class))
                .setParameter("commune", UnitType.COMMUNE).setParameter("to", period.to())
                .getResultList());
    }

    /** The communes of {@link #countCommunesMissing} in a subtree. */
    public List<Long> communesMissing(String subtreePath, Period period) {
        return bindMissing(getEntityManager().createQuery("select u.id from Unit u where " + MISSING
                + " and u.path like :prefix", Long.class), period)
                .setParameter("prefix", subtreePath + "%")
                .getResultList();
    }

    public long countByUnit(long unitId) {
        return count("unit.id", unitId);
    }

    private static <Q extends jakarta.persistence.Query> Q bindMissing(Q query, Period period) {
        var required = DisclosureCategory.requiredOf(UnitType.COMMUNE);
        query.setParameter("commune", UnitType.COMMUNE).setParameter("required", required)
                .setParameter("requiredCount", (long) required.size())
                .setParameter("from", period.from()).setParameter("to", period.to());
        return query;
    }

    private static Conditions conditions(DisclosureFilter filter, String unitPath, Scope scope) {
        return new Conditions()
                .inScope(scope, "u.path")
                .add("u.path like :unitPath", "unitPath", unitPath == null ? null : unitPath + "%")
                .add("d.category = :category", "category", filter.category())
                .add(":form member of d.forms", "form", filter.form())
                .add("d.postedOn >= :from", "from", filter.period().from())
                .add("d.postedOn <= :to", "to", filter.period().to())
                .contains(filter.q(), "d.title", "d.content", "d.place")
                .add("d.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
    }
}

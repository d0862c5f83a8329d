package vn.coso.regulations;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.security.Scope;
import vn.coso.units.Unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class RegulationRepository implements PanacheRepository<Regulation> {

    public static final SortableFields SORTABLE = SortableFields.of("issueDate",
            "issueDate", "r.issueDate", "title", "r.title", "status", "r.status", "createdAt", "r.createdAt",
            "updatedAt", "r.updatedAt", "id", "r.id");

    /** Units that must have a regulation: every active unit but the province (PRODUCT.md). */
    private static final String REQUIRED_UNITS = " from Unit u where u.active = true"
            + " and u.type <> vn.coso.units.UnitType.PROVINCE and u.path like :prefix";
    /** Units that existed on the review's day: a unit created later never changes a past year's share. */
    private static final String EXISTING_ON_AS_OF = "(u.validFrom is null or u.validFrom <= :asOf) and (u.validTo is null or u.validTo >= :asOf)";
    private static final String IN_FORCE = "exists (select r.id from Regulation r where r.unit = u"
            + " and r.status = vn.coso.regulations.RegulationStatus.ISSUED)";
    private static final String IN_FORCE_BY = "exists (select r.id from Regulation r where r.unit = u"
            + " and r.status = vn.coso.regulations.RegulationStatus.ISSUED and r.issueDate <= :asOf)";

    public List<Regulation> findInScope(RegulationFilter filter, String unitPath, Scope scope, List<SortField> sort, int offset, int limit) {
        return conditions(filter, unitPath, scope)
                .query(getEntityManager(), "select r from Regulation r join fetch r.unit u left join fetch r.replaces",
                        SortableFields.orderBy(sort, "r.id"), Regulation.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInScope(RegulationFilter filter, String unitPath, Scope scope) {
        return conditions(filter, unitPath, scope).count(getEntityManager(), "select count(r) from Regulation r join r.unit u");
    }

    public List<Regulation> issuedOf(Unit unit) {
        return list("unit = ?1 and status = ?2", unit, RegulationStatus.ISSUED);
    }

    public Set<Long> unitsWithIssued(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(getEntityManager().createQuery(
                        "select distinct r.unit.id from Regulation r where r.unit.id in :ids and r.status = :issued",
                        Long.class)
                .setParameter("ids", unitIds)
                .setParameter("issued", RegulationStatus.ISSUED)
                .getResultList());
    }

    public long countRequiredUnits(String subtreePath) {
        return getEntityManager().createQuery("select count(u)" + REQUIRED_UNITS, Long.class)
                .setParameter("prefix", subtreePath + "%").getSingleResult();
    }

    public long countRequiredUnitsWithRegulation(String subtreePath) {
        return getEntityManager().createQuery("select count(u)" + REQUIRED_UNITS + " and " + IN_FORCE, Long.class)
                .setParameter("prefix", subtreePath + "%").getSingleResult();
    }

    /**
     * For each area of the annual review: [units that must have a regulation, those with one ISSUED
     * on or before {@code asOf}], in one grouped query.
     */
    public Map<Long, long[]> countCoverage(ReportAreas areas, LocalDate asOf) {
        Map<Long, long[]> coverage = new LinkedHashMap<>();
        areas.keys().forEach(key -> coverage.put(key, new long[2]));
        areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(u),"
                        + " sum(case when " + IN_FORCE_BY + " then 1 else 0 end)"
                        + " from Unit u" + areas.placement() + " where u.active = true and " + EXISTING_ON_AS_OF
                        + " and u.type <> vn.coso.units.UnitType.PROVINCE and " + areas.where() + areas.groupBy(),
                        Object[].class))
                .setParameter("asOf", asOf)
                .getResultList()
                .forEach(row -> coverage.put(areas.keyOf(row[0]), new long[]{
                        ((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()}));
        return coverage;
    }

    public List<Long> requiredUnitIdsWithout(String subtreePath, LocalDate asOf) {
        // The units as the structure of that day places them (subtreePath is that day's path).
        ReportAreas area = ReportAreas.subtree(subtreePath).at(asOf);
        return area.bind(getEntityManager().createQuery("select u.id from Unit u" + area.placement() + " where u.active = true"
                        + " and u.type <> vn.coso.units.UnitType.PROVINCE and " + area.where()
                        + " and " + EXISTING_ON_AS_OF + " and not " + IN_FORCE_BY, Long.class))
                .setParameter("asOf", asOf).getResultList();
    }

    public List<Unit> requiredUnitsWithout(String subtreePath, int offset, int limit) {
        return getEntityManager().createQuery("select u" + REQUIRED_UNITS + " and not " + IN_FORCE
                        + " order by u.path", Unit.class)
                .setParameter("prefix", subtreePath + "%")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countFor(Unit unit) {
        return count("unit", unit);
    }

    public long countReplacing(Regulation regulation) {
        return count("replaces", regulation);
    }

    private static Conditions conditions(RegulationFilter filter, String unitPath, Scope scope) {
        return new Conditions()
                .inScope(scope, "u.path")
                .contains(filter.q(), "r.title", "r.number")
                .add("u.path like :unitPath", "unitPath", unitPath == null ? null : unitPath + "%")
                .add("r.kind = :kind", "kind", filter.kind())
                .add("r.status = :status", "status", filter.status())
                .add("r.issueDate >= :from", "from", filter.from())
                .add("r.issueDate <= :to", "to", filter.to())
                .add("r.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
    }
}

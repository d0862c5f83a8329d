package vn.coso.conferences;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.Period;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.security.Scope;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ConferenceRepository implements PanacheRepository<Conference> {

    public static final SortableFields SORTABLE = SortableFields.of("date",
            "date", "c.heldOn", "kind", "c.kind", "title", "c.title", "participants", "c.participants",
            "unit", "u.name", "createdAt", "c.createdAt", "updatedAt", "c.updatedAt", "id", "c.id")
            .descendingByDefault();

    public static final SortableFields LAGGING_SORTABLE = SortableFields.of("name",
            "name", "u.name", "code", "u.code", "type", "u.type", "id", "u.id");

    /** @param unitPath the materialised path of the unitId filter's unit, or null */
    public List<Conference> findInScope(ConferenceFilter filter, String unitPath, Scope scope, List<SortField> sort,
                                        int offset, int limit) {
        return conditions(filter, unitPath, scope)
                .query(getEntityManager(), "select c from Conference c join fetch c.unit u",
                        SortableFields.orderBy(sort, "c.id"), Conference.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * Loads the items of the conferences of a page in one statement, so that a list costs the same
     * few statements whatever its length (not one more per conference).
     */
    public void fetchItems(List<Conference> found) {
        if (found.isEmpty()) {
            return;
        }
        getEntityManager().createQuery("select distinct c from Conference c left join fetch c.items where c in :found",
                        Conference.class)
                .setParameter("found", found).getResultList();
    }

    public long countInScope(ConferenceFilter filter, String unitPath, Scope scope) {
        return conditions(filter, unitPath, scope)
                .count(getEntityManager(), "select count(c) from Conference c join c.unit u");
    }

    /** Active units that must hold conferences and held none in the period. */
    public List<Unit> findLaggingUnits(String unitPath, Period period, Scope scope, List<SortField> sort,
                                       int offset, int limit) {
        return laggingConditions(subtree(unitPath), period, scope)
                .query(getEntityManager(), "select u from Unit u", SortableFields.orderBy(sort, "u.id"), Unit.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countLaggingUnits(String unitPath, Period period, Scope scope) {
        return laggingConditions(subtree(unitPath), period, scope).count(getEntityManager(), "select count(u) from Unit u");
    }

    /** Active units that must hold conferences and held none in the period, in each area of the annual review. */
    public Map<Long, Long> countUnitsWithout(ReportAreas areas, Period period) {
        return areas.counts(areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(u)"
                        + " from Unit u" + areas.placement() + " where u.active = true and u.type in :holders"
                        + " and not exists (select 1 from Conference c where c.unit = u and c.heldOn between :from and :to)"
                        + " and " + areas.where() + areas.groupBy(), Object[].class))
                .setParameter("holders", ConferenceKind.holders())
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList());
    }

    /**
     * Conferences and dialogues held in the period by the units of each area of the annual review, by kind: one
     * statement for the total and each kind's figure.
     */
    public Map<Long, Map<ConferenceKind, Long>> countHeld(ReportAreas areas, Period period) {
        return areas.countsBy(ConferenceKind.class, areas.bind(getEntityManager().createQuery("select " + areas.key()
                        + ", c.kind, count(c) from Conference c" + areas.joinUnit("c.unit")
                        + " where c.heldOn between :from and :to and " + areas.where() + areas.groupBy("c.kind"),
                        Object[].class))
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList());
    }

    /** A village meeting item that counts as decided: the meeting was valid and most of all households agreed. */
    private static final String DECIDED = "c.householdsTotal is not null and 2 * c.householdsRepresented > c.householdsTotal"
            + " and 2 * i.votesFor > c.householdsTotal";

    /**
     * Items decided at village meetings held in the period, in each area; with {@code contributed}
     * only those households carry out with money or work (dân làm).
     */
    public Map<Long, Long> countDecidedItems(ReportAreas areas, Period period, boolean contributed) {
        var query = areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(c)"
                        + " from Conference c join c.items i" + areas.joinUnit("c.unit") + " where " + DECIDED
                        + (contributed ? " and i.contribution <> :none" : "")
                        + " and c.heldOn between :from and :to and " + areas.where() + areas.groupBy(),
                        Object[].class))
                .setParameter("from", period.from()).setParameter("to", period.to());
        if (contributed) {
            query.setParameter("none", ConferenceItem.Contribution.NONE);
        }
        return areas.counts(query.getResultList());
    }

    /** Decided items whose work was completed and handed over in the period, in each area (dân thụ hưởng). */
    public Map<Long, Long> countCompletedItems(ReportAreas areas, Period period) {
        return areas.counts(areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(c)"
                        + " from Conference c join c.items i" + areas.joinUnit("c.unit") + " where " + DECIDED
                        + " and i.completedOn between :from and :to and " + areas.where() + areas.groupBy(),
                        Object[].class))
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList());
    }

    /** Active villages that existed at the period's end and held no village meeting in it, in each area. */
    public Map<Long, Long> countVillagesWithout(ReportAreas areas, Period period) {
        return areas.counts(areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(u)"
                        + " from Unit u" + areas.placement() + " where u.active = true and u.type = :village and " + EXISTS_AT_END
                        + " and not exists (select 1 from Conference c where c.unit = u and c.kind = :meeting"
                        + " and c.heldOn between :from and :to)"
                        + " and " + areas.where() + areas.groupBy(), Object[].class))
                .setParameter("village", UnitType.VILLAGE).setParameter("meeting", ConferenceKind.VILLAGE_MEETING)
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList());
    }

    /** The villages of {@link #countVillagesWithout} in a subtree, for the lagging list. */
    public List<Long> villagesWithout(String subtreePath, Period period) {
        return getEntityManager().createQuery("select u.id from Unit u where u.active = true and u.type = :village"
                        + " and " + EXISTS_AT_END + " and u.path like :prefix"
                        + " and not exists (select 1 from Conference c where c.unit = u and c.kind = :meeting"
                        + " and c.heldOn between :from and :to)", Long.class)
                .setParameter("village", UnitType.VILLAGE).setParameter("meeting", ConferenceKind.VILLAGE_MEETING)
                .setParameter("from", period.from()).setParameter("to", period.to())
                .setParameter("prefix", subtreePath + "%")
                .getResultList();
    }

    private static final String EXISTS_AT_END =
            "(u.validFrom is null or u.validFrom <= :to) and (u.validTo is null or u.validTo >= :to)";

    /** The ids of {@link #findLaggingUnits}, all of them, for the annual review. */
    public List<Long> laggingUnitIds(String subtreePath, Period period) {
        return laggingConditions(subtree(subtreePath), period, Scope.EVERYTHING)
                .query(getEntityManager(), "select u.id from Unit u", "", Long.class).getResultList();
    }

    public long countByUnit(long unitId) {
        return count("unit.id", unitId);
    }

    private static Conditions conditions(ConferenceFilter filter, String unitPath, Scope scope) {
        return new Conditions()
                .inScope(scope, "u.path")
                .add("u.path like :unitPath", "unitPath", unitPath == null ? null : unitPath + "%")
                .add("c.kind = :kind", "kind", filter.kind())
                .add("c.heldOn >= :from", "from", filter.period().from())
                .add("c.heldOn <= :to", "to", filter.period().to())
                .contains(filter.q(), "c.title", "c.resolutions")
                .add("c.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
    }

    private static String subtree(String unitPath) {
        return unitPath == null ? null : unitPath + "%";
    }

    private static Conditions laggingConditions(String unitPathPattern, Period period, Scope scope) {
        StringBuilder heldNone = new StringBuilder("not exists (select 1 from Conference c where c.unit = u");
        Map<String, Object> params = new HashMap<>();
        if (period.from() != null) {
            heldNone.append(" and c.heldOn >= :heldFrom");
            params.put("heldFrom", period.from());
        }
        if (period.to() != null) {
            heldNone.append(" and c.heldOn <= :heldTo");
            params.put("heldTo", period.to());
        }
        heldNone.append(")");
        return new Conditions()
                .inScope(scope, "u.path")
                // A past period's units as the structure of its last day places them.
                .add((period.to() == null ? "u.path" : ReportAreas.pathOn("u", "existsOn")) + " like :unitPath",
                        "unitPath", unitPathPattern)
                .always("u.active = true")
                // Only units that existed at the period's end: a closed unit or one created later is never lagging.
                .add("(u.validFrom is null or u.validFrom <= :existsOn) and (u.validTo is null or u.validTo >= :existsOn)",
                        "existsOn", period.to())
                .add("u.type in :holders", "holders", ConferenceKind.holders())
                .add(heldNone.toString(), params);
    }
}

package vn.coso.conferences;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.JpqlWhere;
import vn.coso.common.paging.Period;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.security.Scope;
import vn.coso.units.Unit;

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

    public List<Conference> findInScope(ConferenceFilter filter, Scope scope, List<SortField> sort, int offset, int limit) {
        JpqlWhere where = where(filter, scope);
        return where.bind(getEntityManager().createQuery(
                        "select c from Conference c join fetch c.unit u" + where.clause()
                                + SortableFields.orderBy(sort, "c.id"), Conference.class))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInScope(ConferenceFilter filter, Scope scope) {
        JpqlWhere where = where(filter, scope);
        return where.bind(getEntityManager().createQuery(
                "select count(c) from Conference c join c.unit u" + where.clause(), Long.class)).getSingleResult();
    }

    /** Active units that must hold conferences and held none in the period. */
    public List<Unit> findLaggingUnits(Long unitId, Period period, Scope scope, List<SortField> sort,
                                       int offset, int limit) {
        JpqlWhere where = laggingWhere(unitId, period, scope);
        return where.bind(getEntityManager().createQuery(
                        "select u from Unit u" + where.clause() + SortableFields.orderBy(sort, "u.id"), Unit.class))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countLaggingUnits(Long unitId, Period period, Scope scope) {
        JpqlWhere where = laggingWhere(unitId, period, scope);
        return where.bind(getEntityManager().createQuery(
                "select count(u) from Unit u" + where.clause(), Long.class)).getSingleResult();
    }

    public long countByUnit(long unitId) {
        return count("unit.id", unitId);
    }

    private static JpqlWhere where(ConferenceFilter filter, Scope scope) {
        return new JpqlWhere()
                .inScope(scope, "u.path")
                .inSubtree(filter.unitId(), "u.path")
                .equal("c.kind", filter.kind())
                .within("c.heldOn", filter.period())
                .contains(filter.q(), "c.title", "c.resolutions")
                .changedSince("c.updatedAt", filter.updatedSince());
    }

    private static JpqlWhere laggingWhere(Long unitId, Period period, Scope scope) {
        StringBuilder held = new StringBuilder("not exists (select 1 from Conference c where c.unit = u");
        Map<String, Object> params = new HashMap<>();
        params.put("holders", ConferenceKind.holders());
        if (period.from() != null) {
            held.append(" and c.heldOn >= :heldFrom");
            params.put("heldFrom", period.from());
        }
        if (period.to() != null) {
            held.append(" and c.heldOn <= :heldTo");
            params.put("heldTo", period.to());
        }
        held.append(")");
        return new JpqlWhere()
                .inScope(scope, "u.path")
                .inSubtree(unitId, "u.path")
                .and("u.active = true and u.type in :holders and " + held, params);
    }
}

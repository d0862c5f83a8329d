package vn.coso.units;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.security.Scope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class UnitRepository implements PanacheRepository<Unit> {

    public static final SortableFields SORTABLE = SortableFields.of("code",
            "code", "u.code", "name", "u.name", "type", "u.type", "createdAt", "u.createdAt",
            "updatedAt", "u.updatedAt", "id", "u.id");

    public Optional<Unit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public Optional<Unit> findByTaxCode(String taxCode) {
        return find("taxCode", taxCode).firstResultOptional();
    }

    public List<Unit> findInScope(UnitFilter filter, Scope scope, List<SortField> sort, int offset, int limit) {
        Where where = where(filter, scope);
        TypedQuery<Unit> query = getEntityManager().createQuery(
                "select u from Unit u left join fetch u.parent" + where.clause
                        + SortableFields.orderBy(sort, "u.id"), Unit.class);
        where.params.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInScope(UnitFilter filter, Scope scope) {
        Where where = where(filter, scope);
        TypedQuery<Long> query = getEntityManager().createQuery(
                "select count(u) from Unit u" + where.clause, Long.class);
        where.params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Number of direct children of each of the given units. */
    public Map<Long, Long> childCounts(List<Long> unitIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery(
                        "select u.parent.id, count(u) from Unit u where u.parent.id in :ids group by u.parent.id",
                        Object[].class)
                .setParameter("ids", unitIds)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    public boolean hasChildren(Unit unit) {
        return count("parent", unit) > 0;
    }

    /** The unit and every unit below it, parents before children. */
    public List<Unit> subtree(Unit root) {
        return getEntityManager().createQuery(
                        "select u from Unit u where u.path like :prefix order by length(u.path), u.name, u.id",
                        Unit.class)
                .setParameter("prefix", root.path + "%")
                .getResultList();
    }

    /**
     * Persists a new unit and gives it its path, which needs the generated id. The path is set by
     * a bulk update so that a new unit starts at version 0.
     */
    public void persistWithPath(Unit unit) {
        String parentPath = unit.parent == null ? "/" : unit.parent.path;
        unit.path = parentPath + "new/";
        persistAndFlush(unit);
        getEntityManager().createQuery("update Unit u set u.path = :path where u.id = :id")
                .setParameter("path", parentPath + unit.id + "/")
                .setParameter("id", unit.id)
                .executeUpdate();
        getEntityManager().refresh(unit);
    }

    /** Rewrites the paths of a moved subtree (the moved unit itself included). */
    public void movePaths(String oldPrefix, String newPrefix) {
        getEntityManager().createQuery(
                        "update Unit u set u.path = concat(:newPrefix, substring(u.path, :cut)) where u.path like :old")
                .setParameter("newPrefix", newPrefix)
                .setParameter("cut", oldPrefix.length() + 1)
                .setParameter("old", oldPrefix + "%")
                .executeUpdate();
    }

    private static Where where(UnitFilter filter, Scope scope) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (!scope.everything()) {
            if (scope.isEmpty()) {
                conditions.add("1 = 0");
            } else {
                conditions.add("u.path like :scopePrefix");
                params.put("scopePrefix", scope.pathPrefix() + "%");
            }
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            // The columns' collation (utf8mb4_unicode_520_ci) makes this case- and accent-insensitive.
            conditions.add("(u.name like :q escape '!' or u.code like :q escape '!')");
            params.put("q", QueryParams.containsPattern(filter.q()));
        }
        if (filter.type() != null) {
            conditions.add("u.type = :type");
            params.put("type", filter.type());
        }
        if (filter.parentId() != null) {
            conditions.add("u.parent.id = :parentId");
            params.put("parentId", filter.parentId());
        }
        if (filter.active() != null) {
            conditions.add("u.active = :active");
            params.put("active", filter.active());
        }
        if (filter.updatedSince() != null) {
            conditions.add("u.updatedAt >= :updatedSince");
            params.put("updatedSince", filter.updatedSince());
        }
        String clause = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return new Where(clause, params);
    }

    private record Where(String clause, Map<String, Object> params) {
    }
}

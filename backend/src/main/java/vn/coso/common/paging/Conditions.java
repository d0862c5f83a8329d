package vn.coso.common.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import vn.coso.common.security.Scope;
import vn.coso.common.tree.MaterializedPaths;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The WHERE clause of a list query, built from the filters that were given. */
public final class Conditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    /** Adds {@code condition} (naming {@code :param}) when the value is present. */
    public Conditions add(String condition, String param, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            conditions.add(condition);
            params.put(param, value);
        }
        return this;
    }

    /** Adds {@code condition}, which names each key of {@code namedParams} as {@code :key}. */
    public Conditions add(String condition, Map<String, ?> namedParams) {
        conditions.add(condition);
        params.putAll(namedParams);
        return this;
    }

    /** Limits rows to the caller's scope through the materialised path of their unit. */
    public Conditions inScope(Scope scope, String unitPathExpression) {
        if (scope.everything()) {
            return this;
        }
        if (scope.isEmpty()) {
            conditions.add("1 = 0");
            return this;
        }
        conditions.add(unitPathExpression + " like :scopePrefix");
        params.put("scopePrefix", scope.pathPrefix() + "%");
        return this;
    }

    /**
     * Limits rows to the caller's scope and to the units above the caller's own unit, for records
     * that flow down the tree (directives of a higher unit are read by the units below it).
     */
    public Conditions inScopeOrAbove(Scope scope, String unitPathExpression) {
        List<String> above = scope.everything() || scope.isEmpty() ? List.of()
                : MaterializedPaths.ancestorPaths(scope.pathPrefix());
        if (above.isEmpty()) {
            return inScope(scope, unitPathExpression);
        }
        conditions.add("(" + unitPathExpression + " like :scopePrefix or " + unitPathExpression + " in :scopeAncestors)");
        params.put("scopePrefix", scope.pathPrefix() + "%");
        params.put("scopeAncestors", above);
        return this;
    }

    /** Case- and accent-insensitive text search (the columns' collation folds both) over several fields. */
    public Conditions contains(String text, String... fields) {
        if (text == null || text.isBlank()) {
            return this;
        }
        List<String> any = new ArrayList<>();
        for (String field : fields) {
            any.add(field + " like :q escape '!'");
        }
        conditions.add("(" + String.join(" or ", any) + ")");
        params.put("q", QueryParams.containsPattern(text));
        return this;
    }

    /** Adds a condition with no parameter. */
    public Conditions always(String condition) {
        conditions.add(condition);
        return this;
    }

    public String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <T> TypedQuery<T> query(EntityManager em, String selectFrom, String orderBy, Class<T> type) {
        TypedQuery<T> query = em.createQuery(selectFrom + where() + orderBy, type);
        params.forEach(query::setParameter);
        return query;
    }

    public long count(EntityManager em, String countFrom) {
        TypedQuery<Long> query = em.createQuery(countFrom + where(), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }
}

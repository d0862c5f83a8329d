package vn.coso.common.paging;

import jakarta.persistence.Query;
import vn.coso.common.security.Scope;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the WHERE clause of a list query from the filters that were given, with numbered
 * parameters, so that each repository states only which field each filter applies to.
 */
public final class JpqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Only records whose unit (materialised path {@code pathExpression}) is in the caller's scope. */
    public JpqlWhere inScope(Scope scope, String pathExpression) {
        if (scope.everything()) {
            return this;
        }
        if (scope.isEmpty()) {
            conditions.add("1 = 0");
            return this;
        }
        conditions.add(pathExpression + " like " + param(scope.pathPrefix() + "%"));
        return this;
    }

    /**
     * Only records of the unit {@code unitId} and the units below it. A unit that does not exist
     * matches nothing; combined with {@link #inScope} a unit above the caller's scope matches
     * the scope, so the filter reveals nothing.
     */
    public JpqlWhere inSubtree(Long unitId, String pathExpression) {
        if (unitId != null) {
            conditions.add("exists (select 1 from Unit subtreeRoot where subtreeRoot.id = " + param(unitId)
                    + " and " + pathExpression + " like concat(subtreeRoot.path, '%'))");
        }
        return this;
    }

    /** The date {@code expression} falls in the period, ends included. */
    public JpqlWhere within(String expression, Period period) {
        if (period.from() != null) {
            conditions.add(expression + " >= " + param(period.from()));
        }
        if (period.to() != null) {
            conditions.add(expression + " <= " + param(period.to()));
        }
        return this;
    }

    /**
     * The text occurs in one of the expressions; the columns' collation (utf8mb4_unicode_520_ci)
     * makes this case- and accent-insensitive.
     */
    public JpqlWhere contains(String text, String... expressions) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String pattern = param(QueryParams.containsPattern(text));
        List<String> alternatives = new ArrayList<>();
        for (String expression : expressions) {
            alternatives.add(expression + " like " + pattern + " escape '!'");
        }
        conditions.add("(" + String.join(" or ", alternatives) + ")");
        return this;
    }

    public JpqlWhere equal(String expression, Object value) {
        if (value != null) {
            conditions.add(expression + " = " + param(value));
        }
        return this;
    }

    public JpqlWhere changedSince(String expression, Instant since) {
        if (since != null) {
            conditions.add(expression + " >= " + param(since));
        }
        return this;
    }

    /** A condition of the caller's own, with its parameters as {@code :name}. */
    public JpqlWhere and(String condition, Map<String, Object> namedParams) {
        conditions.add(condition);
        params.putAll(namedParams);
        return this;
    }

    /** {@code ""} or {@code " where ..."}. */
    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <Q extends Query> Q bind(Q query) {
        params.forEach(query::setParameter);
        return query;
    }

    private String param(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return ":" + name;
    }
}

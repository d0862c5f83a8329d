package vn.coso.common.paging;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import vn.coso.common.search.FullTextWords;
import vn.coso.common.security.Scope;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The WHERE clause of a list query, built from the filters that were given. */
public final class Conditions {

    private static final Pattern SELECT_ID = Pattern.compile("select (\\w+)\\.id from ");

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

    /**
     * Limits rows to the caller's scope through the materialised path of their unit; with several
     * expressions, a row is in scope when any of them is (the unit a feedback is about, or the one it is
     * assigned to).
     */
    public Conditions inScope(Scope scope, String... unitPathExpressions) {
        if (scope.everything()) {
            return this;
        }
        if (scope.isEmpty()) {
            conditions.add("1 = 0");
            return this;
        }
        conditions.add("(" + String.join(" or ", scopeConditions(scope, unitPathExpressions)) + ")");
        return this;
    }

    /** One "like" per scope prefix and expression; a closed unit's scope has several prefixes. */
    private List<String> scopeConditions(Scope scope, String... unitPathExpressions) {
        List<String> any = new ArrayList<>();
        List<String> prefixes = scope.prefixes();
        for (int i = 0; i < prefixes.size(); i++) {
            String name = i == 0 ? "scopePrefix" : "scopePrefix" + i;
            params.put(name, prefixes.get(i) + "%");
            for (String expression : unitPathExpressions) {
                any.add(expression + " like :" + name);
            }
        }
        return any;
    }

    /**
     * Limits rows to the caller's scope and to the units above the caller's own unit, for records
     * that flow down the tree (directives of a higher unit are read by the units below it).
     */
    public Conditions inScopeOrAbove(Scope scope, String unitPathExpression) {
        List<String> above = scope.everything() || scope.isEmpty() ? List.of() : scope.ancestorPaths();
        if (above.isEmpty()) {
            return inScope(scope, unitPathExpression);
        }
        List<String> any = scopeConditions(scope, unitPathExpression);
        any.add(unitPathExpression + " in :scopeAncestors");
        conditions.add("(" + String.join(" or ", any) + ")");
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

    /**
     * {@link #contains} over the columns of a FULLTEXT index (the same columns, in its order): the
     * rows are first narrowed by the index to those having a word that starts with each word of
     * the text (MariaDB's boolean mode, accent- and case-insensitive through the columns'
     * collation), then the text must appear in them as {@link #contains} asks. A word that starts
     * inside a record's word ("guyen" for "Nguyễn") is therefore not found; a text with no word
     * long enough for the index falls back to {@link #contains} alone (a scan).
     */
    public Conditions containsWords(String text, String... indexedFields) {
        if (indexedFields.length < 1 || indexedFields.length > 2) {
            throw new IllegalArgumentException("fulltext1 and fulltext2 take one or two columns");
        }
        FullTextWords.query(text).ifPresent(words -> {
            conditions.add("fulltext" + indexedFields.length + "(" + String.join(", ", indexedFields) + ", :qWords) > 0");
            params.put("qWords", words);
        });
        return contains(text, indexedFields);
    }

    /** Whether a condition names the alias {@code alias} (e.g. "u" for "u.path"): its join is needed. */
    public boolean refersTo(String alias) {
        Pattern named = Pattern.compile("\\b" + Pattern.quote(alias) + "\\.");
        return conditions.stream().anyMatch(c -> named.matcher(c).find());
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

    /**
     * The ids of one page, chosen before any row is loaded (the deferred join), and the cursor of the
     * page after it. {@code selectIdFrom} selects only the id (e.g. {@code select i.id from Inspection i
     * join i.scopeUnit u}), so the database reads the page from the index that serves the sort and
     * stops after the page instead of sorting every match. The page is chosen by number
     * ({@link PageWindow#offset()}) or, with a cursor, as the rows strictly after its
     * {@code (sort values, id)} in the page's order — so a row added or changed meanwhile never makes
     * one that did not change appear twice or go missing. The sort values are read beside the id from
     * the same index (they make the next cursor); one row more than the page tells whether another
     * page follows.
     */
    public Slice<Long> pageKeys(EntityManager em, String selectIdFrom, String idPath, PageWindow window) {
        Matcher selectId = SELECT_ID.matcher(selectIdFrom);
        if (!selectId.lookingAt()) {
            throw new IllegalArgumentException("Not a 'select <alias>.id from' query: " + selectIdFrom);
        }
        List<SortField> sort = window.sort();
        StringBuilder select = new StringBuilder("select $1.id");
        sort.forEach(field -> select.append(", ").append(Matcher.quoteReplacement(field.path())));
        String where = where();
        Keyset keyset = window.after() == null ? null : new Keyset(sort, idPath, window.after());
        if (keyset != null) {
            where += (where.isEmpty() ? " where " : " and ") + "(" + keyset.condition() + ")";
        }
        TypedQuery<Object[]> query = em.createQuery(selectId.replaceFirst(select.append(" from ").toString())
                + where + SortableFields.orderBy(sort, idPath), Object[].class);
        params.forEach(query::setParameter);
        if (keyset != null) {
            keyset.bind(query);
        }
        if (window.offset() > 0) {
            query.setFirstResult(window.offset());
        }
        List<Object[]> rows = query.setMaxResults(window.size() + 1).getResultList();
        List<Long> ids = new ArrayList<>(Math.min(rows.size(), window.size()));
        for (int i = 0; i < rows.size() && i < window.size(); i++) {
            ids.add(((Number) rows.get(i)[0]).longValue());
        }
        String next = rows.size() > window.size() ? Cursor.after(idPath, sort, rows.get(window.size() - 1)) : null;
        return new Slice<>(ids, next);
    }

    /**
     * The rows after a cursor, as a condition the sort's index can serve:
     * {@code a > :a or (a = :a and id > :id)}, one arm per sort field, each field's direction
     * respected. MariaDB sorts NULL first ascending and last descending, so after a null comes
     * every value (ascending) and after a value come the nulls (descending).
     */
    private static final class Keyset {

        private final List<SortField> sort;
        private final Cursor cursor;
        private final String condition;

        Keyset(List<SortField> sort, String idPath, Cursor cursor) {
            this.sort = sort;
            this.cursor = cursor;
            boolean idDescending = !sort.isEmpty() && sort.get(sort.size() - 1).descending();
            List<String> arms = new ArrayList<>();
            StringBuilder equal = new StringBuilder();
            for (int i = 0; i < sort.size(); i++) {
                SortField field = sort.get(i);
                boolean isNull = cursor.values().get(i) == null;
                String param = ":after" + i;
                String beyond;
                if (isNull) {
                    beyond = field.descending() ? null : field.path() + " is not null";
                } else {
                    beyond = field.descending() ? "(" + field.path() + " < " + param + " or " + field.path() + " is null)"
                            : field.path() + " > " + param;
                }
                if (beyond != null) {
                    arms.add(equal + beyond);
                }
                equal.append(isNull ? field.path() + " is null" : field.path() + " = " + param).append(" and ");
            }
            arms.add(equal + idPath + (idDescending ? " < " : " > ") + ":afterId");
            this.condition = arms.stream().map(arm -> arms.size() == 1 ? arm : "(" + arm + ")")
                    .reduce((a, b) -> a + " or " + b).orElseThrow();
        }

        String condition() {
            return condition;
        }

        /** Each value as the type the query compares it with (a tampered one answers 400 naming {@code after}). */
        void bind(TypedQuery<?> query) {
            for (int i = 0; i < sort.size(); i++) {
                if (cursor.values().get(i) != null) {
                    String name = "after" + i;
                    Class<?> type = query.getParameter(name).getParameterType();
                    if (type == null) {
                        throw new IllegalStateException("No type for the sort value of " + sort.get(i).path());
                    }
                    query.setParameter(name, cursor.value(i, type));
                }
            }
            query.setParameter("afterId", cursor.id());
        }
    }

    /**
     * Counts the matching rows, reading at most {@link Total#COUNT_LIMIT} + 1 of them:
     * {@code selectIdFrom} selects the id, as for {@link #pageKeys}, and {@code orderBy} is the
     * page's order (HQL wants one beside a limit; the index that serves the page serves the count).
     */
    public Total countBounded(EntityManager em, String selectIdFrom, String orderBy) {
        return countBounded(em, selectIdFrom, orderBy, Total.COUNT_LIMIT);
    }

    public Total countBounded(EntityManager em, String selectIdFrom, String orderBy, long limit) {
        // HQL names every item of a subquery in FROM: "select i.id from …" becomes "select i.id as id from …".
        Matcher selectId = SELECT_ID.matcher(selectIdFrom);
        if (!selectId.lookingAt()) {
            throw new IllegalArgumentException("Not a 'select <alias>.id from' query: " + selectIdFrom);
        }
        TypedQuery<Long> query = em.createQuery("select count(*) from (" + selectId.replaceFirst("select $1.id as id from ")
                + where() + orderBy
                + " limit " + (limit + 1) + ") bounded", Long.class);
        params.forEach(query::setParameter);
        return Total.ofBounded(query.getSingleResult(), limit);
    }

    public long count(EntityManager em, String countFrom) {
        TypedQuery<Long> query = em.createQuery(countFrom + where(), Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }
}

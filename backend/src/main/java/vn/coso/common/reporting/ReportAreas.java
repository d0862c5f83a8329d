package vn.coso.common.reporting;

import jakarta.persistence.Query;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a report counts: one area — a unit's whole subtree, or the records attached to the unit
 * itself (the "own" row of a breakdown) — or the subtrees of several units at once, each figure
 * then counted by one grouped query rather than one query per unit. Records belong to a unit through
 * its materialised path. Queries are written once for both cases:
 * {@code "select " + areas.key() + ", count(e) from Entity e join e.unit u" + areas.from()
 * + " where ... and " + areas.where("u.path") + areas.groupBy()}, then {@link #bind} and {@link #counts}.
 */
public final class ReportAreas {

    /** The key of the figures of a single area. */
    public static final long SINGLE = 0L;

    private final String pathPattern;
    private final List<Long> unitIds;

    private ReportAreas(String pathPattern, List<Long> unitIds) {
        this.pathPattern = pathPattern;
        this.unitIds = unitIds;
    }

    public static ReportAreas subtree(String unitPath) {
        return new ReportAreas(unitPath + "%", null);
    }

    public static ReportAreas own(String unitPath) {
        // Paths hold only digits and slashes: without a '%' the LIKE is an equality.
        return new ReportAreas(unitPath, null);
    }

    /** The subtrees of these units, each counted apart. */
    public static ReportAreas subtreesOf(Collection<Long> unitIds) {
        return new ReportAreas(null, List.copyOf(unitIds));
    }

    /** The keys the figures come under: {@link #SINGLE}, or each unit's id. */
    public List<Long> keys() {
        return unitIds == null ? List.of(SINGLE) : unitIds;
    }

    public String key() {
        return unitIds == null ? SINGLE + "L" : "areaUnit.id";
    }

    public String from() {
        return unitIds == null ? "" : ", Unit areaUnit";
    }

    public String where(String unitPathExpression) {
        return unitIds == null ? unitPathExpression + " like :areaPattern"
                : "areaUnit.id in :areaUnitIds and " + unitPathExpression + " like concat(areaUnit.path, '%')";
    }

    public String groupBy() {
        return unitIds == null ? "" : " group by areaUnit.id";
    }

    public <Q extends Query> Q bind(Q query) {
        if (unitIds == null) {
            query.setParameter("areaPattern", pathPattern);
        } else {
            query.setParameter("areaUnitIds", unitIds.isEmpty() ? List.of(-1L) : unitIds);
        }
        return query;
    }

    /** Rows of (key, count) as counts by key, 0 for a key without rows. */
    public Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        keys().forEach(key -> counts.put(key, 0L));
        rows.forEach(row -> counts.put(((Number) row[0]).longValue(), row[1] == null ? 0L : ((Number) row[1]).longValue()));
        return counts;
    }

    /** The figures of each key, made by {@code figures}. */
    public Map<Long, Map<String, Number>> each(Function<Long, Map<String, Number>> figures) {
        Map<Long, Map<String, Number>> result = new LinkedHashMap<>();
        keys().forEach(key -> result.put(key, figures.apply(key)));
        return result;
    }
}

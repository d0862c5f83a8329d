package vn.coso.common.reporting;

import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a report counts: one area — a unit's whole subtree — or a breakdown: each child's subtree and the unit's own records, all counted by one
 * query grouped by the child's id, which the records' unit path holds just after the parent's
 * ('/1/14/203/' under '/1/' belongs to child 14; '/1/' itself to the parent). One range scan of the
 * parent's subtree, whatever the number of children. Queries alias the records' unit {@code u} and
 * are written once for every case: {@code "select " + areas.key() + ", count(e) from Entity e"
 * + areas.joinUnit("e.unit") + " where ... and " + areas.where() + areas.groupBy()}, then {@link #bind}
 * and {@link #counts}. For a past structure, {@link #placement()} joins each unit's placement of that day once
 * (placements of a unit do not overlap), instead of a correlated subquery per row and per use of the path.
 */
public final class ReportAreas {

    /** The key of a single area's figures, and in a breakdown of the parent's own records. */
    public static final long SINGLE = 0L;

    private final String pathPattern;
    private final List<Long> childIds;
    /** Where a child's id starts in the paths below the parent (1-based, as SQL counts). */
    private final int childStart;
    /**
     * The day whose structure places the records' units (their placement that day, see
     * V130__units_in_time.sql), or null for the units' paths as they stand.
     */
    private final LocalDate structureDate;
    /**
     * Units that some placement put in the area although their path today lies elsewhere (see {@link #at(LocalDate,
     * Collection)}), or null when not looked up.
     */
    private final List<Long> movedOut;

    private ReportAreas(String pathPattern, List<Long> childIds, int childStart, LocalDate structureDate, List<Long> movedOut) {
        this.pathPattern = pathPattern;
        this.childIds = childIds;
        this.childStart = childStart;
        this.structureDate = structureDate;
        this.movedOut = movedOut;
    }

    /**
     * The same areas, the records' units placed as they stood on {@code date}: records of a unit
     * closed before it count under its successor, so a period's totals never change and its
     * breakdown follows the structure of that day.
     */
    public ReportAreas at(LocalDate date) {
        return new ReportAreas(pathPattern, childIds, childStart, date, null);
    }

    /**
     * {@link #at(LocalDate)}, told which units a placement ever put in the area while their path today lies
     * elsewhere (usually none; the units a reorganisation moved out): the area's records are then read from its
     * units' own index range, not from every unit of the country (a province's feedback count: 114 ms to 6 ms at
     * national size).
     */
    public ReportAreas at(LocalDate date, Collection<Long> movedOut) {
        return new ReportAreas(pathPattern, childIds, childStart, date, List.copyOf(movedOut));
    }

    /** HQL: the path of the records' unit {@code u} as the structure of the areas places it. */
    public String placedPath() {
        return structureDate == null ? "u.path" : "coalesce(apl.path, u.path)";
    }

    /**
     * HQL to put right after the records' alias in the query's from clause: their unit {@code unitAttribute}
     * as {@code u}, and its placement on the structure's day. An entity join, not {@code join e.unit u}: Hibernate
     * writes {@code u.id} of an association join as the records' foreign key, which would make MariaDB look up the
     * placement once per record instead of once per unit (a quarter of the annual review's time on the demo).
     */
    public String joinUnit(String unitAttribute) {
        return " join Unit u on u.id = " + unitAttribute + ".id" + placement();
    }

    /**
     * HQL to put right after the records' unit {@code u} in the query's from clause: the join to the unit's
     * placement on the structure's day (alias {@code apl}); empty when the units stand as they are.
     */
    public String placement() {
        return structureDate == null ? "" : " left join UnitPlacement apl on apl.unitId = u.id"
                + " and (apl.validFrom is null or apl.validFrom <= :structureDate)"
                + " and (apl.validTo is null or apl.validTo >= :structureDate)";
    }

    /**
     * HQL: the materialised path of the unit {@code alias} as the structure of the day in the
     * parameter {@code dateParameter} places it (its placement that day, see V130__units_in_time.sql;
     * a unit without placements stands where its row says). For a past period, "the records of a
     * unit's subtree" is {@code pathOn("u", "to") like :prefix} with the prefix of that day's path.
     */
    public static String pathOn(String alias, String dateParameter) {
        return "coalesce((select max(pl.path) from UnitPlacement pl where pl.unitId = " + alias + ".id"
                + " and (pl.validFrom is null or pl.validFrom <= :" + dateParameter + ")"
                + " and (pl.validTo is null or pl.validTo >= :" + dateParameter + ")), " + alias + ".path)";
    }

    /** HQL: the unit {@code alias} existed on the day in the parameter {@code dateParameter}. */
    public static String existsOn(String alias, String dateParameter) {
        return "(" + alias + ".validFrom is null or " + alias + ".validFrom <= :" + dateParameter + ") and ("
                + alias + ".validTo is null or " + alias + ".validTo >= :" + dateParameter + ")";
    }

    /**
     * HQL: the unit {@code alias} was, on that day, a unit of the review's base level: a locality
     * directly under the province — the districts before the 2025 reform, the communes after it
     * (Law 72/2025/QH15: no district level). Rules that applied to district-level units apply to it.
     */
    public static String isReviewBaseOn(String alias, String dateParameter) {
        String covers = " and (pl.validFrom is null or pl.validFrom <= :" + dateParameter + ")"
                + " and (pl.validTo is null or pl.validTo >= :" + dateParameter + ")";
        String levels = " in (vn.coso.units.UnitType.DISTRICT, vn.coso.units.UnitType.COMMUNE)";
        String provinces = " in (select p.id from Unit p where p.type = vn.coso.units.UnitType.PROVINCE)";
        return existsOn(alias, dateParameter) + " and (exists (select 1 from UnitPlacement pl where pl.unitId = "
                + alias + ".id" + covers + " and pl.type" + levels + " and pl.parentId" + provinces + ")"
                + " or (not exists (select 1 from UnitPlacement pl where pl.unitId = " + alias + ".id" + covers + ")"
                + " and " + alias + ".type" + levels + " and " + alias + ".parent.id" + provinces + "))";
    }

    public static ReportAreas subtree(String unitPath) {
        return new ReportAreas(unitPath + "%", null, 0, null, null);
    }

    /** Each child's subtree under {@code parentPath}, keyed by the child's id, and the parent's own records under {@link #SINGLE}. */
    public static ReportAreas breakdown(String parentPath, Collection<Long> childIds) {
        return new ReportAreas(parentPath + "%", List.copyOf(childIds), parentPath.length() + 1, null, null);
    }

    /** The keys the figures come under: {@link #SINGLE}, and in a breakdown each child's id. */
    public List<Long> keys() {
        if (childIds == null) {
            return List.of(SINGLE);
        }
        List<Long> keys = new ArrayList<>(childIds);
        keys.add(SINGLE);
        return keys;
    }

    public String key() {
        // The start is a number of our own, written into the query so that GROUP BY repeats the same expression.
        if (childIds == null) {
            return SINGLE + "L";
        }
        String path = placedPath();
        String child = "substring(" + path + ", " + childStart + ", locate('/', " + path + ", " + childStart + ") - " + childStart + ")";
        // Units below the parent that are not among the children (a unit dissolved without
        // successor, still placed under the parent) count with the parent's own records.
        return structureDate == null ? child : "case when " + child + " in (:areaChildren) then " + child + " else '' end";
    }

    public String where() {
        if (structureDate == null) {
            return "u.path like :areaPattern";
        }
        // The placed path is computed after the join, so it alone makes MariaDB read the records of every unit
        // in the country; the second condition, which only units of the area (their path today, or a placement
        // in the area) pass, lets it start from the area's units: 114 ms to 15 ms for a province's feedback, to
        // 6 ms with the moved units given as a list (an index merge instead of a scan of every unit's path).
        String placed = placedPath() + " like :areaPattern and ";
        if (movedOut == null) {
            return placed + "(u.path like :areaPattern"
                    + " or u.id in (select apx.unitId from UnitPlacement apx where apx.path like :areaPattern))";
        }
        return placed + (movedOut.isEmpty() ? "u.path like :areaPattern" : "(u.path like :areaPattern or u.id in (:areaMovedOut))");
    }

    /** {@code group by} the area (when there are several) and the given expressions; empty when nothing to group. */
    public String groupBy(String... more) {
        List<String> expressions = new ArrayList<>();
        if (childIds != null) {
            expressions.add(key());
        }
        expressions.addAll(List.of(more));
        return expressions.isEmpty() ? "" : " group by " + String.join(", ", expressions);
    }

    public <Q extends Query> Q bind(Q query) {
        query.setParameter("areaPattern", pathPattern);
        if (structureDate != null) {
            query.setParameter("structureDate", structureDate);
            if (movedOut != null && !movedOut.isEmpty()) {
                query.setParameter("areaMovedOut", movedOut);
            }
            if (childIds != null) {
                List<String> children = new ArrayList<>();
                childIds.forEach(id -> children.add(String.valueOf(id)));
                children.add("-1");
                query.setParameter("areaChildren", children);
            }
        }
        return query;
    }

    /** The area a row's key names. */
    public long keyOf(Object key) {
        if (key instanceof String child) {
            return child.isEmpty() ? SINGLE : Long.parseLong(child);
        }
        return ((Number) key).longValue();
    }

    /** Rows of (key, count) as counts by key, 0 for a key without rows. */
    public Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        keys().forEach(key -> counts.put(key, 0L));
        rows.forEach(row -> counts.put(keyOf(row[0]), row[1] == null ? 0L : ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * Rows of (key, a constant of {@code type}, count) as counts by key and constant, every constant present
     * (0 if none): one grouped statement for the figures that count records by kind.
     */
    public <E extends Enum<E>> Map<Long, Map<E, Long>> countsBy(Class<E> type, List<Object[]> rows) {
        Map<Long, Map<E, Long>> counts = new LinkedHashMap<>();
        keys().forEach(key -> {
            Map<E, Long> byConstant = new EnumMap<>(type);
            EnumSet.allOf(type).forEach(constant -> byConstant.put(constant, 0L));
            counts.put(key, byConstant);
        });
        rows.forEach(row -> counts.get(keyOf(row[0])).put(type.cast(row[1]), ((Number) row[2]).longValue()));
        return counts;
    }

    /** The figures of each key, made by {@code figures}. */
    public Map<Long, Map<String, Number>> each(Function<Long, Map<String, Number>> figures) {
        Map<Long, Map<String, Number>> result = new LinkedHashMap<>();
        keys().forEach(key -> result.put(key, figures.apply(key)));
        return result;
    }
}

package vn.coso.common.reporting;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The anti-join of a lagging rule, done once over two short lists instead of a correlated subquery per
 * unit: the units to check with their paths of the day, and the distinct paths (same day) of the units
 * that have a record. A unit lags when no record's path lies in its subtree.
 */
public final class UnitsWithoutRecords {

    private UnitsWithoutRecords() {
    }

    /** The ids of {@code units} (id to path) whose subtree holds none of {@code recordPaths}, in the map's order. */
    public static List<Long> among(Map<Long, String> units, Collection<String> recordPaths) {
        Set<String> covered = new HashSet<>();
        for (String path : recordPaths) {
            // Every ancestor's path is a prefix ending at a '/': '/1/14/203/' covers '/1/', '/1/14/' and itself.
            for (int slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1)) {
                covered.add(path.substring(0, slash + 1));
            }
        }
        return units.entrySet().stream().filter(unit -> !covered.contains(unit.getValue())).map(Map.Entry::getKey).toList();
    }
}

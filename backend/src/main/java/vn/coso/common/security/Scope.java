package vn.coso.common.security;

import vn.coso.common.tree.MaterializedPaths;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of the unit tree a caller may see: everything, nothing, or one unit and its whole
 * subtree, given as the materialised path prefix of that unit (e.g. {@code /1/14/}).
 *
 * <p>The subtree of a unit closed by a reorganisation is the one it had on its last day: its own path
 * (it stands under its successor now) and {@code otherPrefixes}, the paths of the units that were under it
 * then and stand elsewhere now (its villages, under the successor); {@code ancestorPaths} are then the
 * paths of the units that stood above it on that day (null: derived from {@code pathPrefix}).
 */
public record Scope(boolean everything, Long rootUnitId, String pathPrefix, List<String> otherPrefixes,
                    List<String> ancestorPaths) {

    public static final Scope EVERYTHING = new Scope(true, null, null, List.of(), List.of());
    public static final Scope NOTHING = new Scope(false, null, null, List.of(), List.of());

    public Scope {
        otherPrefixes = otherPrefixes == null ? List.of() : List.copyOf(otherPrefixes);
        ancestorPaths = ancestorPaths == null
                ? (pathPrefix == null ? List.of() : MaterializedPaths.ancestorPaths(pathPrefix))
                : List.copyOf(ancestorPaths);
    }

    public static Scope subtree(long rootUnitId, String pathPrefix) {
        return new Scope(false, rootUnitId, pathPrefix, List.of(), null);
    }

    /** A closed unit's subtree of its last day: its own path, the paths of the units then under it, its ancestors then. */
    public static Scope subtreeOfClosed(long rootUnitId, String pathPrefix, List<String> otherPrefixes,
                                        List<String> ancestorPaths) {
        return new Scope(false, rootUnitId, pathPrefix, otherPrefixes, ancestorPaths);
    }

    public boolean isEmpty() {
        return !everything && pathPrefix == null;
    }

    /** Every path prefix of the scope (empty for everything and for nothing). */
    public List<String> prefixes() {
        if (pathPrefix == null) {
            return List.of();
        }
        List<String> all = new ArrayList<>(1 + otherPrefixes.size());
        all.add(pathPrefix);
        all.addAll(otherPrefixes);
        return all;
    }

    /** Whether the scope lies below this unit: the unit is an ancestor of the scope's root unit. */
    public boolean liesBelow(String unitPath) {
        return !everything && pathPrefix != null && unitPath != null && ancestorPaths.contains(unitPath);
    }

    public boolean contains(String unitPath) {
        if (everything) {
            return true;
        }
        if (pathPrefix == null || unitPath == null) {
            return false;
        }
        if (unitPath.startsWith(pathPrefix)) {
            return true;
        }
        for (String other : otherPrefixes) {
            if (unitPath.startsWith(other)) {
                return true;
            }
        }
        return false;
    }
}

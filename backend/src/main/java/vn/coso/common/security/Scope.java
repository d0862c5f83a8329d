package vn.coso.common.security;

/**
 * The part of the unit tree a caller may see: everything, nothing, or one unit and its whole
 * subtree, given as the materialised path prefix of that unit (e.g. {@code /1/14/}).
 */
public record Scope(boolean everything, Long rootUnitId, String pathPrefix) {

    public static final Scope EVERYTHING = new Scope(true, null, null);
    public static final Scope NOTHING = new Scope(false, null, null);

    public static Scope subtree(long rootUnitId, String pathPrefix) {
        return new Scope(false, rootUnitId, pathPrefix);
    }

    public boolean isEmpty() {
        return !everything && pathPrefix == null;
    }

    /** Whether the scope lies below this unit: the unit is an ancestor of the scope's root unit. */
    public boolean liesBelow(String unitPath) {
        return !everything && pathPrefix != null && unitPath != null && pathPrefix.startsWith(unitPath)
                && !pathPrefix.equals(unitPath);
    }

    public boolean contains(String unitPath) {
        return everything || (pathPrefix != null && unitPath != null && unitPath.startsWith(pathPrefix));
    }
}

package vn.coso.common.reporting;

/**
 * Where a figure is counted: a unit's whole subtree, or the records attached to the unit itself
 * (the "own" row of a breakdown, so that the children and the unit's own records add up to it).
 * Records belong to a unit through its materialised path; {@link #pathPattern()} is the LIKE
 * pattern that selects them (paths hold only digits and slashes, so no wildcard needs escaping).
 */
public record ReportArea(String unitPath, boolean wholeSubtree) {

    public static ReportArea subtree(String unitPath) {
        return new ReportArea(unitPath, true);
    }

    public static ReportArea own(String unitPath) {
        return new ReportArea(unitPath, false);
    }

    public String pathPattern() {
        return wholeSubtree ? unitPath + "%" : unitPath;
    }
}

package vn.coso.common.reporting;

/**
 * One figure of the annual review: a stable key ({@code trainings.attendances}), its Vietnamese
 * label, what it counts, and whether the figures of the parts add up to the whole.
 */
public record FigureDefinition(String key, String label, String definition, FigureKind kind, boolean additive) {

    public static FigureDefinition count(String key, String label, String definition) {
        return new FigureDefinition(key, label, definition, FigureKind.COUNT, true);
    }

    /** A count of distinct things (each once in the subtree): the parts may overlap. */
    public static FigureDefinition distinctCount(String key, String label, String definition) {
        return new FigureDefinition(key, label, definition, FigureKind.COUNT, false);
    }

    public static FigureDefinition share(String key, String label, String definition) {
        return new FigureDefinition(key, label, definition, FigureKind.SHARE, false);
    }

    public static FigureDefinition average(String key, String label, String definition) {
        return new FigureDefinition(key, label, definition, FigureKind.AVERAGE, false);
    }
}

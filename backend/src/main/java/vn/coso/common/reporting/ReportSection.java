package vn.coso.common.reporting;

import vn.coso.common.paging.Period;

import java.util.List;
import java.util.Map;

/**
 * One feature's part of the annual review. Each feature that has figures publishes a bean of this
 * kind beside its service; the report collects every bean, so a new feature adds its section,
 * figures and lagging reasons without touching the report. Implementations count records by
 * queries over the period and area; they need no scope check (the report has done it).
 */
public interface ReportSection {

    /** Stable key, e.g. {@code trainings}. */
    String key();

    /** The section's Vietnamese title in the review. */
    String title();

    /** Place in the review, lower first. */
    int order();

    List<FigureDefinition> definitions();

    /**
     * Every figure of {@link #definitions()}, for each key of {@link ReportAreas#keys()}: one query
     * per figure, grouped by area, whatever the number of areas.
     */
    Map<Long, Map<String, Number>> compute(ReportAreas areas, Period period);

    /** Units of the subtree that lag on this section's account in the period. */
    default List<LaggingUnit> lagging(String subtreePath, Period period) {
        return List.of();
    }

    /** Whether these figures may be published without signing in (counts only, no personal data). */
    default boolean isPublic() {
        return true;
    }
}

package vn.coso.committees;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.FigureDefinition;
import vn.coso.common.reporting.LaggingReason;
import vn.coso.common.reporting.LaggingUnit;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.reporting.ReportSection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The annual review's own figures and lagging rules, read through the features' {@link ReportSection}s,
 * for the committee's targets and its members' units: one definition of every figure.
 */
@ApplicationScoped
public class ReviewFigures {

    private final Instance<ReportSection> sections;

    public ReviewFigures(Instance<ReportSection> sections) {
        this.sections = sections;
    }

    public Optional<FigureDefinition> definition(String key) {
        return sections().stream().flatMap(s -> s.definitions().stream()).filter(d -> d.key().equals(key)).findFirst();
    }

    /**
     * A reading of single figures for one answer: each section is computed once per subtree and period however
     * many of its figures are asked (a plan's targets often name several figures of one section).
     */
    public Reading reading() {
        return new Reading();
    }

    public final class Reading {

        private final Map<List<Object>, Map<String, Number>> computed = new HashMap<>();

        private Reading() {
        }

        /** One figure for a unit's subtree over the period; null for a key no section defines. */
        public Number value(String key, String subtreePath, Period period) {
            for (ReportSection section : sections()) {
                if (section.definitions().stream().anyMatch(d -> d.key().equals(key))) {
                    return computed.computeIfAbsent(List.of(section.key(), subtreePath, period), k ->
                            section.compute(ReportAreas.subtree(subtreePath), period).get(ReportAreas.SINGLE)).get(key);
                }
            }
            return null;
        }
    }

    /** Every figure for a unit's subtree over the period, in the review's order. */
    public Map<String, Number> all(String subtreePath, Period period) {
        Map<String, Number> figures = new LinkedHashMap<>();
        for (ReportSection section : sections()) {
            Map<String, Number> computed = section.compute(ReportAreas.subtree(subtreePath), period).get(ReportAreas.SINGLE);
            section.definitions().forEach(d -> figures.put(d.key(), computed.get(d.key())));
        }
        return figures;
    }

    /** Why this unit itself lags in the period, heaviest first. */
    public List<LaggingReason> laggingOf(long unitId, String unitPath, Period period) {
        List<LaggingReason> reasons = new ArrayList<>();
        for (ReportSection section : sections()) {
            for (LaggingUnit lagging : section.lagging(unitPath, period)) {
                if (lagging.unitId() == unitId) {
                    reasons.add(lagging.reason());
                }
            }
        }
        reasons.sort(Comparator.comparingInt(LaggingReason::weight).reversed());
        return reasons;
    }

    private List<ReportSection> sections() {
        return sections.stream().sorted(Comparator.comparingInt(ReportSection::order)).toList();
    }
}

package vn.coso.common.rights;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.FigureDefinition;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.reporting.ReportSection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The review's section by right: for each of the six rights, the records of the period that
 * realise it, as the features count them ({@link RightRecords}). The reasons a unit lags on a
 * right (no disclosure of a required category, no village meeting, a board without supervision,
 * recommendations unanswered) are those of the features' own sections.
 */
@ApplicationScoped
public class RightsFigures implements ReportSection {

    static final Map<DemocracyRight, String> LABELS = Map.of(
            DemocracyRight.KNOW, "dân biết",
            DemocracyRight.DISCUSS, "dân bàn",
            DemocracyRight.DO, "dân làm",
            DemocracyRight.INSPECT, "dân kiểm tra",
            DemocracyRight.SUPERVISE, "dân giám sát",
            DemocracyRight.BENEFIT, "dân thụ hưởng");

    static final Map<DemocracyRight, String> DEFINITIONS = Map.of(
            DemocracyRight.KNOW, "Public disclosures posted in the period.",
            DemocracyRight.DISCUSS, "Consultations held, village meetings, dialogues and staff or workers' conferences in the period.",
            DemocracyRight.DO, "Items decided at valid village meetings in the period with a contribution of money or work.",
            DemocracyRight.INSPECT, "Inspections by people's inspection boards started in the period.",
            DemocracyRight.SUPERVISE, "Supervisions and social critiques by boards and the Fatherland Front started in the period, and feedback received.",
            DemocracyRight.BENEFIT, "Decided works completed and handed over in the period, and beneficiary policies disclosed.");

    private final Instance<RightRecords> contributions;

    public RightsFigures(Instance<RightRecords> contributions) {
        this.contributions = contributions;
    }

    public static String key(DemocracyRight right) {
        return "rights.records." + right.name();
    }

    @Override
    public String key() {
        return "rights";
    }

    @Override
    public String title() {
        return "Thực hiện phương châm dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng";
    }

    @Override
    public int order() {
        return 42;
    }

    @Override
    public List<FigureDefinition> definitions() {
        List<FigureDefinition> definitions = new ArrayList<>();
        for (DemocracyRight right : DemocracyRight.values()) {
            definitions.add(FigureDefinition.count(key(right), "Số việc thực hiện quyền " + LABELS.get(right),
                    DEFINITIONS.get(right)));
        }
        return definitions;
    }

    @Override
    public Map<Long, Map<String, Number>> compute(ReportAreas areas, Period period) {
        Map<Long, Map<String, Number>> result = new LinkedHashMap<>();
        areas.keys().forEach(area -> {
            Map<String, Number> figures = new LinkedHashMap<>();
            for (DemocracyRight right : DemocracyRight.values()) {
                figures.put(key(right), 0L);
            }
            result.put(area, figures);
        });
        for (RightRecords contribution : contributions) {
            contribution.count(areas, period).forEach((right, byArea) -> byArea.forEach((area, count) ->
                    result.get(area).merge(key(right), count, (a, b) -> a.longValue() + b.longValue())));
        }
        return result;
    }
}

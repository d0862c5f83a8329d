package vn.coso.regulations;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.FigureDefinition;
import vn.coso.common.reporting.LaggingReason;
import vn.coso.common.reporting.LaggingUnit;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.reporting.ReportSection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Regulation coverage at the end of the period; a unit without a regulation in force lags. */
@ApplicationScoped
public class RegulationFigures implements ReportSection {

    static final LaggingReason MISSING = new LaggingReason("regulation.missing",
            "Chưa có quy chế dân chủ (hương ước, quy ước) có hiệu lực", 3);

    private final RegulationRepository regulations;

    public RegulationFigures(RegulationRepository regulations) {
        this.regulations = regulations;
    }

    @Override
    public String key() {
        return "regulations";
    }

    @Override
    public String title() {
        return "Quy chế dân chủ ở cơ sở";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<FigureDefinition> definitions() {
        return List.of(
                FigureDefinition.count("regulations.requiredUnits", "Đơn vị phải có quy chế",
                        "Active units of the area that must have a regulation: every type but the province (villages with a convention)."),
                FigureDefinition.count("regulations.unitsWithRegulation", "Đơn vị đã ban hành quy chế",
                        "Of those, the units with a regulation or convention ISSUED on or before the end of the period."),
                FigureDefinition.share("regulations.share", "Tỷ lệ đơn vị đã ban hành quy chế",
                        "unitsWithRegulation / requiredUnits, from 0 to 1 (1 when no unit must have one)."));
    }

    @Override
    public Map<Long, Map<String, Number>> compute(ReportAreas areas, Period period) {
        Map<Long, long[]> coverage = regulations.countCoverage(areas, period.to());
        return areas.each(key -> {
            long required = coverage.get(key)[0];
            long covered = coverage.get(key)[1];
            Map<String, Number> figures = new HashMap<>();
            figures.put("regulations.requiredUnits", required);
            figures.put("regulations.unitsWithRegulation", covered);
            figures.put("regulations.share", required == 0 ? 1.0 : (double) covered / required);
            return figures;
        });
    }

    @Override
    public List<LaggingUnit> lagging(String subtreePath, Period period) {
        return regulations.requiredUnitIdsWithout(subtreePath, period.to()).stream()
                .map(id -> new LaggingUnit(id, MISSING)).toList();
    }
}

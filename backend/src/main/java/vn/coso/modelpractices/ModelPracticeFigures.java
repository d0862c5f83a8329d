package vn.coso.modelpractices;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.FigureDefinition;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.reporting.ReportSection;

import java.util.List;
import java.util.Map;

/** Model practices recognised in the years of the period. */
@ApplicationScoped
public class ModelPracticeFigures implements ReportSection {

    private final ModelPracticeRepository practices;

    public ModelPracticeFigures(ModelPracticeRepository practices) {
        this.practices = practices;
    }

    @Override
    public String key() {
        return "modelPractices";
    }

    @Override
    public String title() {
        return "Mô hình điển hình";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<FigureDefinition> definitions() {
        return List.of(FigureDefinition.count("modelPractices.recognized", "Mô hình điển hình",
                "Model practices recognised in a calendar year that the period touches, in units of the area"
                        + " (a practice has a year, not a date)."));
    }

    @Override
    public Map<Long, Map<String, Number>> compute(ReportAreas areas, Period period) {
        Map<Long, Long> recognized = practices.countRecognized(areas, period.from().getYear(), period.to().getYear());
        return areas.each(key -> Map.of("modelPractices.recognized", recognized.get(key)));
    }
}

package vn.coso.conferences;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.FigureDefinition;
import vn.coso.common.reporting.LaggingReason;
import vn.coso.common.reporting.LaggingUnit;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.reporting.ReportSection;

import java.util.List;
import java.util.Map;

/** Staff and workers' conferences and workplace dialogues; a unit that must hold one and held none lags. */
@ApplicationScoped
public class ConferenceFigures implements ReportSection {

    static final LaggingReason NONE_HELD = new LaggingReason("conference.none",
            "Không tổ chức hội nghị cán bộ, công chức, viên chức hoặc hội nghị người lao động trong kỳ", 2);

    private final ConferenceRepository conferences;

    public ConferenceFigures(ConferenceRepository conferences) {
        this.conferences = conferences;
    }

    @Override
    public String key() {
        return "conferences";
    }

    @Override
    public String title() {
        return "Hội nghị và đối thoại";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<FigureDefinition> definitions() {
        return List.of(
                FigureDefinition.count("conferences.held", "Hội nghị, đối thoại đã tổ chức",
                        "Staff conferences, workers' conferences and workplace dialogues held in the period by units of the area."),
                FigureDefinition.count("conferences.unitsWithout", "Đơn vị chưa tổ chức hội nghị",
                        "Active agencies, public service units and enterprises of the area that held none in the period."));
    }

    @Override
    public Map<Long, Map<String, Number>> compute(ReportAreas areas, Period period) {
        Map<Long, Long> held = conferences.countHeld(areas, period);
        Map<Long, Long> without = conferences.countUnitsWithout(areas, period);
        return areas.each(key -> Map.of("conferences.held", held.get(key), "conferences.unitsWithout", without.get(key)));
    }

    @Override
    public List<LaggingUnit> lagging(String subtreePath, Period period) {
        return conferences.laggingUnitIds(subtreePath, period).stream()
                .map(id -> new LaggingUnit(id, NONE_HELD)).toList();
    }
}

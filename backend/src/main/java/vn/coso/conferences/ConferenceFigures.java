package vn.coso.conferences;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.FigureDefinition;
import vn.coso.common.reporting.LaggingReason;
import vn.coso.common.reporting.LaggingUnit;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.reporting.ReportSection;
import vn.coso.common.rights.DemocracyRight;
import vn.coso.common.rights.RightRecords;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conferences, dialogues and village meetings: a unit that must hold a staff or workers' conference
 * and held none lags, and so does a village that held no meeting of its households in the period.
 * They are where people discuss (dân bàn); items decided with a contribution are what people do
 * (dân làm), and decided works completed what they benefit from (dân thụ hưởng).
 */
@ApplicationScoped
public class ConferenceFigures implements ReportSection, RightRecords {

    static final LaggingReason NONE_HELD = new LaggingReason("conference.none",
            "Không tổ chức hội nghị cán bộ, công chức, viên chức hoặc hội nghị người lao động trong kỳ", 2);
    static final LaggingReason NO_VILLAGE_MEETING = new LaggingReason("conference.village.none",
            "Thôn, tổ dân phố không tổ chức hội nghị để Nhân dân bàn và quyết định trong kỳ", 2);

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
                        "Staff conferences, workers' conferences, dialogues and village meetings held in the period by units of the area."),
                FigureDefinition.count("conferences.unitsWithout", "Đơn vị chưa tổ chức hội nghị",
                        "Active agencies, public service units and enterprises of the area that held none in the period."),
                FigureDefinition.count("conferences.leadersDialogues", "Cuộc đối thoại của người đứng đầu với Nhân dân",
                        "Dialogues between a commune's leaders and its citizens held in the period."),
                FigureDefinition.count("conferences.villageMeetings", "Hội nghị thôn, tổ dân phố",
                        "Village and residential-group meetings held in the period."),
                FigureDefinition.count("conferences.itemsDecided", "Nội dung Nhân dân bàn và quyết định",
                        "Items of those meetings decided: the meeting had more than half of the households represented "
                                + "and more than half of all households agreed."),
                FigureDefinition.count("conferences.villagesWithout", "Thôn, tổ dân phố chưa tổ chức hội nghị",
                        "Active villages and residential groups of the area that held no meeting in the period."));
    }

    @Override
    public Map<Long, Map<String, Number>> compute(ReportAreas areas, Period period) {
        Map<Long, Map<ConferenceKind, Long>> held = conferences.countHeld(areas, period);
        Map<Long, Long> without = conferences.countUnitsWithout(areas, period);
        Map<Long, Long> decided = conferences.countDecidedItems(areas, period, false);
        Map<Long, Long> villagesWithout = conferences.countVillagesWithout(areas, period);
        return areas.each(key -> {
            Map<String, Number> figures = new LinkedHashMap<>();
            Map<ConferenceKind, Long> byKind = held.get(key);
            figures.put("conferences.held", total(byKind));
            figures.put("conferences.unitsWithout", without.get(key));
            figures.put("conferences.leadersDialogues", byKind.get(ConferenceKind.LEADERS_DIALOGUE));
            figures.put("conferences.villageMeetings", byKind.get(ConferenceKind.VILLAGE_MEETING));
            figures.put("conferences.itemsDecided", decided.get(key));
            figures.put("conferences.villagesWithout", villagesWithout.get(key));
            return figures;
        });
    }

    @Override
    public List<LaggingUnit> lagging(String subtreePath, Period period) {
        List<LaggingUnit> lagging = new ArrayList<>();
        conferences.laggingUnitIds(subtreePath, period).forEach(id -> lagging.add(new LaggingUnit(id, NONE_HELD)));
        conferences.villagesWithout(subtreePath, period).forEach(id -> lagging.add(new LaggingUnit(id, NO_VILLAGE_MEETING)));
        return lagging;
    }

    @Override
    public Map<DemocracyRight, Map<Long, Long>> count(ReportAreas areas, Period period) {
        Map<DemocracyRight, Map<Long, Long>> rights = new EnumMap<>(DemocracyRight.class);
        Map<Long, Long> held = new LinkedHashMap<>();
        conferences.countHeld(areas, period).forEach((key, byKind) -> held.put(key, total(byKind)));
        rights.put(DemocracyRight.DISCUSS, held);
        rights.put(DemocracyRight.DO, conferences.countDecidedItems(areas, period, true));
        rights.put(DemocracyRight.BENEFIT, conferences.countCompletedItems(areas, period));
        return rights;
    }

    private static long total(Map<ConferenceKind, Long> byKind) {
        return byKind.values().stream().mapToLong(Long::longValue).sum();
    }
}

package vn.coso.inspections;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.FigureDefinition;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.reporting.ReportSection;
import vn.coso.common.time.AppClock;
import vn.coso.inspections.InspectionEnums.DisciplinaryForm;
import vn.coso.inspections.InspectionRepository.SubjectCounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The inspection and supervision figures of the annual review, by the counting rule of PRODUCT.md. */
@ApplicationScoped
public class InspectionFigures implements ReportSection {

    private static final String RULE = " counts once however often; counted when an inspection of kind %s that is"
            + " IN_PROGRESS, CONCLUDED or CLOSED has its actual start in the period, its scope unit in the area.";

    private static final Map<DisciplinaryForm, String> FORM_LABELS = Map.of(
            DisciplinaryForm.REPRIMAND, "Khiển trách",
            DisciplinaryForm.WARNING, "Cảnh cáo",
            DisciplinaryForm.REMOVAL_FROM_POST, "Cách chức",
            DisciplinaryForm.EXPULSION, "Khai trừ",
            DisciplinaryForm.DISSOLUTION, "Giải tán");

    static final String OVERDUE = "inspections.recommendationsOverdue";

    private final InspectionRepository inspections;
    private final AppClock clock;

    public InspectionFigures(InspectionRepository inspections, AppClock clock) {
        this.inspections = inspections;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "inspections";
    }

    @Override
    public String title() {
        return "Kiểm tra, giám sát";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public List<FigureDefinition> definitions() {
        List<FigureDefinition> definitions = new ArrayList<>(List.of(
                FigureDefinition.distinctCount("inspections.organizationsInspected", "Tổ chức đảng được kiểm tra",
                        "Party organisations inspected: each" + RULE.formatted("INSPECTION")),
                FigureDefinition.distinctCount("inspections.membersInspected", "Đảng viên được kiểm tra",
                        "Party members inspected: each" + RULE.formatted("INSPECTION")),
                FigureDefinition.distinctCount("inspections.organizationsSupervised", "Tổ chức đảng được giám sát",
                        "Party organisations supervised: each" + RULE.formatted("SUPERVISION")),
                FigureDefinition.distinctCount("inspections.membersSupervised", "Đảng viên được giám sát",
                        "Party members supervised: each" + RULE.formatted("SUPERVISION")),
                FigureDefinition.count("inspections.violationsFound", "Cuộc kiểm tra, giám sát phát hiện vi phạm",
                        "Inspections and supervisions CONCLUDED or CLOSED, started in the period, whose conclusion found a violation."),
                FigureDefinition.count(OVERDUE, "Kiến nghị quá hạn chưa thực hiện",
                        "Recommendations of inspections and supervisions (closed ones included, cancelled ones not) due"
                                + " before the period's last day — today while the period runs — and not done by that day,"
                                + " the inspection's scope unit in the area.")));
        for (DisciplinaryForm form : DisciplinaryForm.values()) {
            definitions.add(FigureDefinition.count(actionKey(form), "Kỷ luật: " + FORM_LABELS.get(form).toLowerCase(),
                    "Disciplinary actions of the form " + form + " decided in the period, their scope unit in the area."));
        }
        return definitions;
    }

    @Override
    public Map<Long, Map<String, Number>> compute(ReportAreas areas, Period period) {
        Map<Long, SubjectCounts> subjects = inspections.countSubjects(period.from(), period.to(), areas);
        Map<Long, Map<DisciplinaryForm, Long>> actions = inspections.countActionsByForm(period.from(), period.to(), areas);
        LocalDate today = clock.today();
        LocalDate asOf = period.to() == null || period.to().isAfter(today) ? today : period.to();
        Map<Long, Long> overdue = inspections.countOverdueRecommendations(asOf, areas);
        return areas.each(key -> {
            Map<String, Number> figures = new LinkedHashMap<>();
            SubjectCounts counts = subjects.get(key);
            figures.put("inspections.organizationsInspected", counts.organizationsInspected());
            figures.put("inspections.membersInspected", counts.membersInspected());
            figures.put("inspections.organizationsSupervised", counts.organizationsSupervised());
            figures.put("inspections.membersSupervised", counts.membersSupervised());
            figures.put("inspections.violationsFound", counts.violationsFound());
            figures.put(OVERDUE, overdue.get(key));
            actions.get(key).forEach((form, count) -> figures.put(actionKey(form), count));
            return figures;
        });
    }

    private static String actionKey(DisciplinaryForm form) {
        return "inspections.disciplinaryActions." + form;
    }
}

package vn.coso.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.FigureDefinition;
import vn.coso.common.reporting.LaggingReason;
import vn.coso.common.reporting.LaggingUnit;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.reporting.ReportSection;
import vn.coso.common.time.AppClock;
import vn.coso.consultations.ConsultationDtos.CommentCounts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consultations on drafts in the annual review (lấy ý kiến; tiếp thu, giải trình): held, comments
 * by answer; a unit whose closed consultation still has comments without an answer lags.
 */
@ApplicationScoped
public class ConsultationReportSection implements ReportSection {

    static final LaggingReason UNANSWERED = new LaggingReason("consultation.unanswered",
            "Còn ý kiến góp ý dự thảo chưa được tiếp thu, giải trình", 2);

    private final ConsultationRepository consultations;

    private final AppClock clock;

    public ConsultationReportSection(ConsultationRepository consultations, AppClock clock) {
        this.consultations = consultations;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "consultations";
    }

    @Override
    public String title() {
        return "Lấy ý kiến dự thảo";
    }

    @Override
    public int order() {
        return 55;
    }

    @Override
    public List<FigureDefinition> definitions() {
        return List.of(
                FigureDefinition.count("consultations.held", "Cuộc lấy ý kiến đã tổ chức",
                        "Consultations held (PUBLISHED or CONCLUDED) that opened in the period, by units of the area."),
                FigureDefinition.count("consultations.comments", "Ý kiến góp ý nhận được",
                        "Comments received on those consultations."),
                FigureDefinition.count("consultations.accepted", "Ý kiến được tiếp thu",
                        "Of those comments, the ones the unit accepted."),
                FigureDefinition.count("consultations.partlyAccepted", "Ý kiến được tiếp thu một phần",
                        "Of those comments, the ones the unit accepted in part."),
                FigureDefinition.count("consultations.notAccepted", "Ý kiến được giải trình, không tiếp thu",
                        "Of those comments, the ones the unit did not accept, with its explanation."),
                FigureDefinition.count("consultations.unanswered", "Ý kiến chưa được trả lời",
                        "Of those comments, the ones without an answer yet."));
    }

    @Override
    public Map<Long, Map<String, Number>> compute(ReportAreas areas, Period period) {
        Map<Long, Long> held = consultations.countHeld(areas, period);
        Map<Long, CommentCounts> comments = consultations.commentsOfHeldByOutcome(areas, period);
        return areas.each(key -> {
            CommentCounts counts = comments.get(key);
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("consultations.held", held.get(key));
            figures.put("consultations.comments", counts.total());
            figures.put("consultations.accepted", counts.accepted());
            figures.put("consultations.partlyAccepted", counts.partlyAccepted());
            figures.put("consultations.notAccepted", counts.notAccepted());
            figures.put("consultations.unanswered", counts.unanswered());
            return figures;
        });
    }

    /** Units of the subtree whose consultation of the period has closed with comments still unanswered. */
    @Override
    public List<LaggingUnit> lagging(String subtreePath, Period period) {
        return consultations.unitsWithUnansweredComments(subtreePath, period, clock.today()).stream()
                .map(id -> new LaggingUnit(id, UNANSWERED)).toList();
    }
}

package vn.coso.boards;

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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The people's inspection and supervision in the annual review (dân kiểm tra, dân giám sát): boards
 * serving, their inspections and supervisions, the projects supervised, the Front's supervisions and
 * critiques, and recommendations left unanswered. A unit whose board did nothing in the period lags,
 * and so does a unit that left a recommendation unanswered past its due day.
 */
@ApplicationScoped
public class BoardFigures implements ReportSection, RightRecords {

    static final LaggingReason IDLE = new LaggingReason("board.idle",
            "Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng hoặc Mặt trận không giám sát, kiểm tra trong kỳ", 1);
    static final LaggingReason UNANSWERED = new LaggingReason("board.recommendation.unanswered",
            "Chưa trả lời kiến nghị của Ban Thanh tra nhân dân, Ban Giám sát đầu tư hoặc Mặt trận đã đến hạn", 2);

    private static final Set<BoardKind> PEOPLES = EnumSet.of(BoardKind.PEOPLES_INSPECTION,
            BoardKind.COMMUNITY_INVESTMENT_SUPERVISION);
    private static final Set<BoardKind> FRONT = EnumSet.of(BoardKind.FATHERLAND_FRONT);

    private final BoardRepository boards;

    public BoardFigures(BoardRepository boards) {
        this.boards = boards;
    }

    @Override
    public String key() {
        return "boards";
    }

    @Override
    public String title() {
        return "Nhân dân kiểm tra, giám sát";
    }

    @Override
    public int order() {
        return 47;
    }

    @Override
    public List<FigureDefinition> definitions() {
        return List.of(
                FigureDefinition.count("boards.serving", "Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng",
                        "People's inspection and community investment supervision boards of the area serving in the period."),
                FigureDefinition.count("boards.inspections", "Cuộc kiểm tra của Ban Thanh tra nhân dân",
                        "Inspections those boards started in the period."),
                FigureDefinition.count("boards.supervisions", "Cuộc giám sát của các ban",
                        "Supervisions, investment supervisions included, those boards started in the period."),
                FigureDefinition.count("boards.projectsSupervised", "Công trình, dự án được giám sát đầu tư",
                        "Investment supervisions of a project started in the period."),
                FigureDefinition.count("boards.frontSupervisions", "Cuộc giám sát của Mặt trận Tổ quốc",
                        "Supervisions the Fatherland Front's committees of the area started in the period."),
                FigureDefinition.count("boards.frontCritiques", "Cuộc phản biện xã hội của Mặt trận Tổ quốc",
                        "Social critiques the Fatherland Front's committees of the area started in the period."),
                FigureDefinition.count("boards.recommendations", "Kiến nghị",
                        "Recommendations made by work started in the period."),
                FigureDefinition.count("boards.recommendationsUnanswered", "Kiến nghị chưa được trả lời",
                        "Recommendations due in the period and not answered by its end."));
    }

    @Override
    public Map<Long, Map<String, Number>> compute(ReportAreas areas, Period period) {
        Map<Long, Long> serving = boards.countServing(areas, period, PEOPLES);
        Map<Long, BoardRepository.ActivityCounts> activities = boards.countActivities(areas, period);
        Map<Long, Long> recommendations = boards.countRecommendations(areas, period);
        Map<Long, Long> unanswered = boards.countUnanswered(areas, period);
        return areas.each(key -> {
            Map<String, Number> figures = new LinkedHashMap<>();
            figures.put("boards.serving", serving.get(key));
            BoardRepository.ActivityCounts counted = activities.get(key);
            figures.put("boards.inspections", counted.of(EnumSet.of(ActivityKind.INSPECTION), PEOPLES));
            figures.put("boards.supervisions", counted.of(
                    EnumSet.of(ActivityKind.SUPERVISION, ActivityKind.INVESTMENT_SUPERVISION), PEOPLES));
            figures.put("boards.projectsSupervised", counted.of(EnumSet.of(ActivityKind.INVESTMENT_SUPERVISION), PEOPLES));
            figures.put("boards.frontSupervisions", counted.of(EnumSet.of(ActivityKind.SUPERVISION), FRONT));
            figures.put("boards.frontCritiques", counted.of(EnumSet.of(ActivityKind.SOCIAL_CRITIQUE), FRONT));
            figures.put("boards.recommendations", recommendations.get(key));
            figures.put("boards.recommendationsUnanswered", unanswered.get(key));
            return figures;
        });
    }

    @Override
    public List<LaggingUnit> lagging(String subtreePath, Period period) {
        List<LaggingUnit> lagging = new ArrayList<>();
        boards.unitsWithIdleBoard(subtreePath, period).forEach(id -> lagging.add(new LaggingUnit(id, IDLE)));
        boards.unitsLeavingUnanswered(subtreePath, period).forEach(id -> lagging.add(new LaggingUnit(id, UNANSWERED)));
        return lagging;
    }

    @Override
    public Map<DemocracyRight, Map<Long, Long>> count(ReportAreas areas, Period period) {
        Set<BoardKind> all = EnumSet.allOf(BoardKind.class);
        Set<ActivityKind> supervising = EnumSet.of(ActivityKind.SUPERVISION, ActivityKind.INVESTMENT_SUPERVISION,
                ActivityKind.SOCIAL_CRITIQUE);
        Map<Long, BoardRepository.ActivityCounts> activities = boards.countActivities(areas, period);
        Map<DemocracyRight, Map<Long, Long>> rights = new EnumMap<>(DemocracyRight.class);
        rights.put(DemocracyRight.INSPECT, new LinkedHashMap<>());
        rights.put(DemocracyRight.SUPERVISE, new LinkedHashMap<>());
        activities.forEach((key, counted) -> {
            rights.get(DemocracyRight.INSPECT).put(key, counted.of(EnumSet.of(ActivityKind.INSPECTION), all));
            rights.get(DemocracyRight.SUPERVISE).put(key, counted.of(supervising, all));
        });
        return rights;
    }
}

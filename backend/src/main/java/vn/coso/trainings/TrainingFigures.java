package vn.coso.trainings;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.FigureDefinition;
import vn.coso.common.reporting.LaggingReason;
import vn.coso.common.reporting.LaggingUnit;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.reporting.ReportSection;
import vn.coso.trainings.TrainingDtos.TrainingSummary;

import java.util.List;
import java.util.Map;

/** Training classes and attendances of the annual review; a district-level unit with none lags. */
@ApplicationScoped
public class TrainingFigures implements ReportSection {

    static final LaggingReason NO_TRAINING = new LaggingReason("training.none",
            "Không tổ chức lớp tập huấn nào trong kỳ", 1);

    private final TrainingRepository trainings;

    public TrainingFigures(TrainingRepository trainings) {
        this.trainings = trainings;
    }

    @Override
    public String key() {
        return "trainings";
    }

    @Override
    public String title() {
        return "Tập huấn";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<FigureDefinition> definitions() {
        return List.of(
                FigureDefinition.count("trainings.classes", "Lớp tập huấn",
                        "Training classes held in the period, organised by a unit of the area."),
                FigureDefinition.count("trainings.attendances", "Lượt người tham dự",
                        "Sum of the attendances of those classes."));
    }

    @Override
    public Map<Long, Map<String, Number>> compute(ReportAreas areas, Period period) {
        Map<Long, TrainingSummary> summaries = trainings.summarize(areas, period);
        return areas.each(key -> Map.of("trainings.classes", summaries.get(key).trainings(),
                "trainings.attendances", summaries.get(key).attendances()));
    }

    @Override
    public List<LaggingUnit> lagging(String subtreePath, Period period) {
        return trainings.districtsWithoutTraining(subtreePath, period).stream()
                .map(id -> new LaggingUnit(id, NO_TRAINING)).toList();
    }
}

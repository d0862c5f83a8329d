package vn.coso.feedback;

import vn.coso.common.rights.DemocracyRight;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.calendar.WorkingCalendar;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.FigureDefinition;
import vn.coso.common.reporting.LaggingReason;
import vn.coso.common.reporting.LaggingUnit;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.reporting.ReportSection;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Feedback of the annual review (tiếp nhận, trả lời ý kiến, phản ánh, kiến nghị), counted by the unit
 * it is about, in all and by democracy right; a unit with overdue feedback, or that answered fewer
 * than half of the feedback due, lags.
 */
@ApplicationScoped
public class FeedbackFigures implements ReportSection {

    static final LaggingReason OVERDUE = new LaggingReason("feedback.overdue",
            "Có ý kiến, phản ánh, kiến nghị quá hạn trả lời", 2);
    static final LaggingReason LOW_ANSWER_RATE = new LaggingReason("feedback.lowAnswerRate",
            "Trả lời chưa đến một nửa số ý kiến, phản ánh, kiến nghị đến hạn", 2);
    /** Below this many feedback due, a unit's answer rate says too little to name it. */
    static final long ANSWER_RATE_MINIMUM = 3;

    private static final Map<DemocracyRight, String> RIGHT_LABELS = Map.of(
            DemocracyRight.KNOW, "dân biết",
            DemocracyRight.DISCUSS, "dân bàn",
            DemocracyRight.DO, "dân làm",
            DemocracyRight.INSPECT, "dân kiểm tra",
            DemocracyRight.SUPERVISE, "dân giám sát",
            DemocracyRight.BENEFIT, "dân thụ hưởng");

    /** The tally of some feedback; the rating sum and count make the average of any union of tallies. */
    record Tally(long received, long answered, long answeredOnTime, long overdue, long ratingSum, long ratings) {

        static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0);

        static Tally sum(Collection<Tally> tallies) {
            return tallies.stream().reduce(NONE, (a, b) -> new Tally(a.received + b.received, a.answered + b.answered,
                    a.answeredOnTime + b.answeredOnTime, a.overdue + b.overdue, a.ratingSum + b.ratingSum,
                    a.ratings + b.ratings));
        }

        Double averageRating() {
            return ratings == 0 ? null : (double) ratingSum / ratings;
        }
    }

    private final FeedbackRepository feedback;
    private final WorkingCalendar calendar;

    private final java.time.Clock clock;

    public FeedbackFigures(FeedbackRepository feedback, WorkingCalendar calendar, java.time.Clock clock) {
        this.clock = clock;
        this.feedback = feedback;
        this.calendar = calendar;
    }

    @Override
    public String key() {
        return "feedback";
    }

    @Override
    public String title() {
        return "Tiếp nhận, trả lời ý kiến, phản ánh, kiến nghị";
    }

    @Override
    public int order() {
        return 52;
    }

    @Override
    public List<FigureDefinition> definitions() {
        List<FigureDefinition> definitions = new ArrayList<>(figures(null, "", ""));
        for (DemocracyRight right : DemocracyRight.values()) {
            definitions.addAll(figures(right, " (" + RIGHT_LABELS.get(right) + ")", " Only those on the right " + right + "."));
        }
        return definitions;
    }

    private static List<FigureDefinition> figures(DemocracyRight right, String labelSuffix, String definitionSuffix) {
        return List.of(
                FigureDefinition.count(key("received", right), "Ý kiến, phản ánh, kiến nghị tiếp nhận" + labelSuffix,
                        "Feedback received in the period about units of the area, whatever its status." + definitionSuffix),
                FigureDefinition.count(key("answered", right), "Đã trả lời" + labelSuffix,
                        "Of that feedback, the ones answered (ANSWERED or CLOSED)." + definitionSuffix),
                FigureDefinition.count(key("answeredOnTime", right), "Trả lời đúng hạn" + labelSuffix,
                        "Of those answered, the ones answered by their answer deadline (which counts from the acknowledgement)." + definitionSuffix),
                FigureDefinition.count(key("overdue", right), "Quá hạn" + labelSuffix,
                        "Of the feedback received, not rejected, the ones that missed a deadline: acknowledged or answered"
                                + " after it, or not yet with it before the end of the period (or now, if sooner)."
                                + definitionSuffix),
                FigureDefinition.average(key("averageRating", right), "Mức độ hài lòng bình quân (1–5)" + labelSuffix,
                        "The mean of the senders' ratings (1 to 5) of that feedback; null without ratings."
                                + definitionSuffix));
    }

    private static String key(String figure, DemocracyRight right) {
        return "feedback." + figure + (right == null ? "" : "." + right);
    }

    @Override
    public Map<Long, Map<String, Number>> compute(ReportAreas areas, Period period) {
        Map<Long, Map<DemocracyRight, Tally>> tallies = feedback.tally(areas, start(period), end(period), cutoff(period));
        return areas.each(key -> {
            Map<DemocracyRight, Tally> byRight = tallies.get(key);
            Map<String, Number> figures = new LinkedHashMap<>();
            put(figures, null, Tally.sum(byRight.values()));
            for (DemocracyRight right : DemocracyRight.values()) {
                put(figures, right, byRight.getOrDefault(right, Tally.NONE));
            }
            return figures;
        });
    }

    private static void put(Map<String, Number> figures, DemocracyRight right, Tally tally) {
        figures.put(key("received", right), tally.received());
        figures.put(key("answered", right), tally.answered());
        figures.put(key("answeredOnTime", right), tally.answeredOnTime());
        figures.put(key("overdue", right), tally.overdue());
        figures.put(key("averageRating", right), tally.averageRating());
    }

    @Override
    public List<LaggingUnit> lagging(String subtreePath, Period period) {
        Instant start = start(period);
        Instant end = end(period);
        Instant cutoff = cutoff(period);
        return Stream.concat(
                feedback.unitsWithOverdue(subtreePath, period.to(), start, end, cutoff).stream()
                        .map(id -> new LaggingUnit(id, OVERDUE)),
                feedback.unitsAnsweringLessThanHalf(subtreePath, period.to(), start, end, cutoff, ANSWER_RATE_MINIMUM).stream()
                        .map(id -> new LaggingUnit(id, LOW_ANSWER_RATE)))
                .toList();
    }

    private Instant start(Period period) {
        return period.from().atStartOfDay(calendar.zone()).toInstant();
    }

    private Instant end(Period period) {
        return period.to().plusDays(1).atStartOfDay(calendar.zone()).toInstant();
    }

    /** Deadlines count as missed once passed by the end of the period, or by now in a period still running. */
    private Instant cutoff(Period period) {
        Instant end = end(period);
        Instant now = Instant.now(clock);
        return now.isBefore(end) ? now : end;
    }
}

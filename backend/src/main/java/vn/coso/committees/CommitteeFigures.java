package vn.coso.committees;

import vn.coso.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.i18n.Messages;
import vn.coso.common.i18n.RequestLocale;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.FigureDefinition;
import vn.coso.common.reporting.LaggingReason;
import vn.coso.common.reporting.LaggingUnit;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.reporting.ReportSection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The committees' remedies in the review: how many fell due in the period and were done on time, and
 * how many are overdue. A unit that owns a remedy past its deadline and not done lags for that reason
 * — in the period the deadline fell in and in every later one until it is done.
 */
@ApplicationScoped
public class CommitteeFigures implements ReportSection {

    static final String OVERDUE_CODE = "committee.remedy-overdue";

    private final CommitteeRepository committees;
    private final Messages messages;
    private final RequestLocale locale;
    private final AppClock clock;

    public CommitteeFigures(CommitteeRepository committees, Messages messages, RequestLocale locale, AppClock clock) {
        this.committees = committees;
        this.messages = messages;
        this.locale = locale;
        this.clock = clock;
    }

    @Override
    public String key() {
        return "committees";
    }

    @Override
    public String title() {
        return text("committee.section.title");
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public boolean isPublic() {
        return false;
    }

    @Override
    public List<FigureDefinition> definitions() {
        return List.of(
                FigureDefinition.count("committees.remediesDue", text("committee.figure.remediesDue"),
                        "Remedies of shortcomings, owned by units of the area, whose deadline falls in the period (cancelled ones aside)."),
                FigureDefinition.count("committees.remediesDoneOnTime", text("committee.figure.remediesDoneOnTime"),
                        "Of those, the ones done by their deadline."),
                FigureDefinition.count("committees.remediesOverdue", text("committee.figure.remediesOverdue"),
                        "Remedies owned by units of the area whose deadline passed before the end of the period "
                                + "(or today, if sooner) and that were not done by then, whenever they were set."));
    }

    @Override
    public Map<Long, Map<String, Number>> compute(ReportAreas areas, Period period) {
        LocalDate asOf = asOf(period);
        // Due, done on time and overdue in one pass over the remedies (three statements before).
        String due = "r.deadline >= :from and r.deadline <= :to";
        String overdue = "r.deadline < :asOf and (r.doneOn is null or r.doneOn > :asOf)";
        Map<Long, long[]> counts = new HashMap<>();
        areas.keys().forEach(key -> counts.put(key, new long[3]));
        areas.bind(committees.getEntityManager().createQuery("select " + areas.key()
                        + ", coalesce(sum(case when " + due + " then 1 else 0 end), 0)"
                        + ", coalesce(sum(case when " + due + " and r.doneOn <= r.deadline then 1 else 0 end), 0)"
                        + ", coalesce(sum(case when " + overdue + " then 1 else 0 end), 0)"
                        + " from Remedy r, Unit u" + areas.placement() + " where u.id = r.ownerUnitId and " + areas.where()
                        + " and r.status <> vn.coso.committees.TaskStatus.CANCELLED"
                        + " and (" + due + " or " + overdue + ")" + areas.groupBy(), Object[].class))
                .setParameter("from", period.from()).setParameter("to", period.to()).setParameter("asOf", asOf)
                .getResultList()
                .forEach(row -> counts.put(areas.keyOf(row[0]), new long[]{
                        ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue()}));
        return areas.each(key -> {
            Map<String, Number> figures = new HashMap<>();
            figures.put("committees.remediesDue", counts.get(key)[0]);
            figures.put("committees.remediesDoneOnTime", counts.get(key)[1]);
            figures.put("committees.remediesOverdue", counts.get(key)[2]);
            return figures;
        });
    }

    @Override
    public List<LaggingUnit> lagging(String subtreePath, Period period) {
        LaggingReason reason = new LaggingReason(OVERDUE_CODE, text("committee.lagging.remedy-overdue"), 2);
        Set<Long> unitIds = new LinkedHashSet<>();
        committees.overdueRemedies(subtreePath, asOf(period)).forEach(row -> unitIds.add(((Number) row[0]).longValue()));
        return unitIds.stream().map(id -> new LaggingUnit(id, reason)).toList();
    }

    /** The period's end, or today when the period is still running. */
    private LocalDate asOf(Period period) {
        LocalDate today = clock.today();
        return period.to() == null || period.to().isAfter(today) ? today : period.to();
    }

    private String text(String key) {
        return messages.text(locale.get(), key);
    }
}

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
        var em = committees.getEntityManager();
        String from = " from Remedy r, Unit u" + areas.placement() + " where u.id = r.ownerUnitId and " + areas.where()
                + " and r.status <> vn.coso.committees.TaskStatus.CANCELLED";
        Map<Long, Long> due = areas.counts(areas.bind(em.createQuery("select " + areas.key() + ", count(r)" + from
                        + " and r.deadline >= :from and r.deadline <= :to" + areas.groupBy(), Object[].class))
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList());
        Map<Long, Long> onTime = areas.counts(areas.bind(em.createQuery("select " + areas.key() + ", count(r)" + from
                        + " and r.deadline >= :from and r.deadline <= :to and r.doneOn is not null and r.doneOn <= r.deadline"
                        + areas.groupBy(), Object[].class))
                .setParameter("from", period.from()).setParameter("to", period.to()).getResultList());
        Map<Long, Long> overdue = areas.counts(areas.bind(em.createQuery("select " + areas.key() + ", count(r)" + from
                        + " and r.deadline < :asOf and (r.doneOn is null or r.doneOn > :asOf)" + areas.groupBy(), Object[].class))
                .setParameter("asOf", asOf).getResultList());
        return areas.each(key -> {
            Map<String, Number> figures = new HashMap<>();
            figures.put("committees.remediesDue", due.get(key));
            figures.put("committees.remediesDoneOnTime", onTime.get(key));
            figures.put("committees.remediesOverdue", overdue.get(key));
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

package vn.coso.feedback;

import vn.coso.common.rights.DemocracyRight;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.PageWindow;
import vn.coso.common.paging.Pages;
import vn.coso.common.paging.Slice;
import vn.coso.common.paging.QueryParams;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.paging.Total;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.security.Scope;
import vn.coso.feedback.FeedbackEnums.Status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class FeedbackRepository implements PanacheRepository<Feedback> {

    /** The id path of the list's queries; it also names the list in its cursors. */
    public static final String ID = "f.id";
    public static final SortableFields SORTABLE = SortableFields.of("receivedAt",
            "receivedAt", "f.receivedAt", "answerDueAt", "f.answerDueAt", "acknowledgeDueAt", "f.acknowledgeDueAt",
            "status", "f.status", "priority", "f.priority", "unit", "u.name", "updatedAt", "f.updatedAt",
            "id", "f.id").descendingByDefault();

    private static final String FROM = " from Feedback f join f.unit u left join f.assignedUnit au";
    /** A deadline missed: acknowledged or answered after it, or still waiting past it at the cutoff. */
    private static final String OVERDUE = "(f.status <> :rejected and (f.acknowledgedAt > f.acknowledgeDueAt"
            + " or (f.acknowledgedAt is null and f.acknowledgeDueAt < :cutoff) or f.answeredAt > f.answerDueAt"
            + " or (f.answeredAt is null and f.answerDueAt < :cutoff)))";

    /** One page in two steps (the deferred join): the page's ids from the indexes, then those items. */
    public Slice<Feedback> findInScope(FeedbackFilter filter, String unitPath, Scope scope, ZoneId zone, Instant now,
                                       PageWindow window) {
        Conditions conditions = conditions(filter, unitPath, scope, zone, now);
        Slice<Long> page = conditions.pageKeys(getEntityManager(), idsFrom(conditions, SortableFields.orderBy(window.sort(), ID)),
                ID, window);
        List<Long> ids = page.rows();
        if (ids.isEmpty()) {
            return page.with(List.of());
        }
        List<Feedback> rows = getEntityManager().createQuery("select f" + FROM.replace("join f.unit u", "join fetch f.unit u")
                        .replace("left join f.assignedUnit au", "left join fetch f.assignedUnit au") + " where f.id in :ids", Feedback.class)
                .setParameter("ids", ids).getResultList();
        return page.with(Pages.inOrderOf(ids, rows, f -> f.id));
    }

    /** The number of matching items, counted up to {@link Total#COUNT_LIMIT}. */
    public Total countInScope(FeedbackFilter filter, String unitPath, Scope scope, ZoneId zone, Instant now,
                              List<SortField> sort) {
        Conditions conditions = conditions(filter, unitPath, scope, zone, now);
        String orderBy = SortableFields.orderBy(sort, ID);
        return conditions.countBounded(getEntityManager(), idsFrom(conditions, orderBy), orderBy);
    }

    /** The units are joined only when a condition or the sort names them, so an unscoped page reads one index. */
    private static String idsFrom(Conditions conditions, String orderBy) {
        boolean units = conditions.refersTo("u") || conditions.refersTo("au") || orderBy.contains("u.");
        return units ? "select f.id" + FROM : "select f.id from Feedback f";
    }

    /** Open feedback past a deadline that is due for its next escalation (level 0, or escalated before the cutoff). */
    public List<Long> dueForEscalation(Instant now, Instant escalatedBefore, int limit) {
        return getEntityManager().createQuery("select f.id from Feedback f where f.status in ?1 and f.escalationLevel < 2"
                        + " and (f.answerDueAt < ?2 or (f.status = ?3 and f.acknowledgeDueAt < ?2))"
                        + " and (f.escalationLevel = 0 or f.escalatedAt < ?4) order by f.id", Long.class)
                .setParameter(1, Status.OPEN).setParameter(2, now).setParameter(3, Status.RECEIVED)
                .setParameter(4, escalatedBefore).setMaxResults(limit).getResultList();
    }

    /**
     * Records an escalation without touching the feedback's version (an officer's edit in flight stays
     * valid); false when another instance escalated it meanwhile.
     */
    public boolean escalate(long id, int fromLevel, int toLevel, long toUnitId, Instant at) {
        return getEntityManager().createNativeQuery("UPDATE feedback SET escalation_level = ?1, escalated_to_unit_id = ?2,"
                        + " escalated_at = ?3 WHERE id = ?4 AND escalation_level = ?5")
                .setParameter(1, toLevel).setParameter(2, toUnitId).setParameter(3, at).setParameter(4, id)
                .setParameter(5, fromLevel).executeUpdate() == 1;
    }

    public Optional<Feedback> findByTrackingCode(String code) {
        return find("trackingCode", code).firstResultOptional();
    }

    public boolean trackingCodeTaken(String code) {
        return count("trackingCode", code) > 0;
    }

    public Optional<FeedbackSender> senderOf(long feedbackId) {
        return Optional.ofNullable(getEntityManager().find(FeedbackSender.class, feedbackId));
    }

    public Map<Long, FeedbackSender> sendersOf(List<Long> feedbackIds) {
        if (feedbackIds.isEmpty()) {
            return Map.of();
        }
        return getEntityManager().createQuery("select s from FeedbackSender s where s.feedbackId in :ids", FeedbackSender.class)
                .setParameter("ids", feedbackIds).getResultStream()
                .collect(java.util.stream.Collectors.toMap(s -> s.feedbackId, s -> s));
    }

    public void persistSender(FeedbackSender sender) {
        getEntityManager().persist(sender);
    }

    /** Deletes the senders of feedback closed or rejected before {@code closedBefore}; answers how many. */
    public int deleteSendersClosedBefore(Instant closedBefore) {
        return getEntityManager().createNativeQuery("DELETE s FROM feedback_sender s JOIN feedback f ON f.id = s.feedback_id"
                        + " WHERE f.status IN ('CLOSED', 'REJECTED') AND f.closed_at < ?1")
                .setParameter(1, closedBefore).executeUpdate();
    }

    /**
     * The feedback received in {@code [start, end)} by area and democracy right. Overdue: not rejected,
     * and acknowledged or answered after the deadline, or not yet with the deadline before {@code cutoff}.
     */
    public Map<Long, Map<DemocracyRight, FeedbackFigures.Tally>> tally(ReportAreas areas, Instant start, Instant end,
                                                                      Instant cutoff) {
        Map<Long, Map<DemocracyRight, FeedbackFigures.Tally>> tallies = new LinkedHashMap<>();
        areas.keys().forEach(key -> tallies.put(key, new EnumMap<>(DemocracyRight.class)));
        areas.bind(getEntityManager().createQuery("select " + areas.key() + ", f.right, count(f),"
                        + " sum(case when f.answeredAt is not null then 1 else 0 end),"
                        + " sum(case when f.answeredAt <= f.answerDueAt then 1 else 0 end),"
                        + " sum(case when " + OVERDUE + " then 1 else 0 end),"
                        + " sum(coalesce(f.rating, 0)), count(f.rating)"
                        + " from Feedback f" + areas.joinUnit("f.unit") + " where f.receivedAt >= :start and f.receivedAt < :end and "
                        + areas.where() + areas.groupBy("f.right"), Object[].class))
                .setParameter("start", start).setParameter("end", end)
                .setParameter("cutoff", cutoff).setParameter("rejected", Status.REJECTED)
                .getResultList()
                .forEach(row -> tallies.get(areas.keyOf(row[0])).put((DemocracyRight) row[1], new FeedbackFigures.Tally(
                        number(row[2]), number(row[3]), number(row[4]), number(row[5]), number(row[6]), number(row[7]))));
        return tallies;
    }

    /** The feedback received in {@code [start, end)} about the units of each area of the annual review. */
    public Map<Long, Long> countReceived(ReportAreas areas, Instant start, Instant end) {
        return areas.counts(areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(f)"
                        + " from Feedback f" + areas.joinUnit("f.unit") + " where f.receivedAt >= :start and f.receivedAt < :end and "
                        + areas.where() + areas.groupBy(), Object[].class))
                .setParameter("start", start).setParameter("end", end)
                .getResultList());
    }

    /** Units of the subtree with overdue feedback (as in {@link #tally}) received in {@code [start, end)}. */
    public List<Long> unitsWithOverdue(String subtreePath, LocalDate structureDate, Instant start, Instant end, Instant cutoff) {
        ReportAreas area = ReportAreas.subtree(subtreePath).at(structureDate);
        return area.bind(getEntityManager().createQuery("select distinct u.id from Feedback f" + area.joinUnit("f.unit")
                        + " where f.receivedAt >= :start and f.receivedAt < :end and " + area.where() + " and " + OVERDUE,
                        Long.class))
                .setParameter("start", start).setParameter("end", end).setParameter("cutoff", cutoff)
                .setParameter("rejected", Status.REJECTED)
                .getResultList();
    }

    /**
     * Units of the subtree that answered fewer than half of the feedback received in {@code [start, end)} whose
     * answer deadline fell before {@code cutoff} (rejected feedback aside), once at least {@code atLeast} fell due.
     */
    public List<Long> unitsAnsweringLessThanHalf(String subtreePath, LocalDate structureDate, Instant start, Instant end,
                                                 Instant cutoff, long atLeast) {
        ReportAreas area = ReportAreas.subtree(subtreePath).at(structureDate);
        return area.bind(getEntityManager().createQuery("select u.id from Feedback f" + area.joinUnit("f.unit")
                        + " where f.receivedAt >= :start and f.receivedAt < :end and " + area.where()
                        + " and f.status <> :rejected and f.answerDueAt < :cutoff group by u.id"
                        + " having count(f) >= :atLeast"
                        + " and 2 * sum(case when f.answeredAt is not null then 1 else 0 end) < count(f)", Long.class))
                .setParameter("start", start).setParameter("end", end).setParameter("cutoff", cutoff)
                .setParameter("rejected", Status.REJECTED).setParameter("atLeast", atLeast)
                .getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0L : ((Number) value).longValue();
    }

    public long countReferencingUnit(long unitId) {
        return count("unit.id = ?1 or assignedUnit.id = ?1", unitId);
    }

    /** Scope: the unit the feedback is about, or the unit it was assigned to. */
    private static Conditions conditions(FeedbackFilter filter, String unitPath, Scope scope, ZoneId zone, Instant now) {
        Conditions conditions = new Conditions();
        conditions.inScope(scope, "u.path", "au.path");
        conditions
                .add("f.status = :status", "status", filter.status())
                .add("f.right = :right", "right", filter.right())
                .add("f.type = :type", "type", filter.type())
                .add("f.channel = :channel", "channel", filter.channel())
                .add("f.priority = :priority", "priority", filter.priority())
                .add("u.path like :unitPath", "unitPath", unitPath == null ? null : unitPath + "%")
                .add("f.receivedAt >= :from", "from", filter.period().from() == null ? null
                        : filter.period().from().atStartOfDay(zone).toInstant())
                .add("f.receivedAt < :to", "to", filter.period().to() == null ? null
                        : filter.period().to().plusDays(1).atStartOfDay(zone).toInstant())
                .containsWords(TrackingCodes.normalize(filter.q()).isPresent() ? null : filter.q(), "f.title", "f.text")
                .add("f.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
        TrackingCodes.normalize(filter.q()).ifPresent(code -> conditions.add(
                "(f.trackingCode = :trackingCode or f.title like :q escape '!' or f.text like :q escape '!')",
                Map.of("trackingCode", code, "q", QueryParams.containsPattern(filter.q()))));
        if (filter.overdue() != null) {
            String overdue = "(f.status in :open and (f.answerDueAt < :now"
                    + " or (f.status = :received and f.acknowledgeDueAt < :now)))";
            conditions.add(filter.overdue() ? overdue : "not " + overdue,
                    Map.of("open", Status.OPEN, "now", now, "received", Status.RECEIVED));
        }
        return conditions;
    }
}

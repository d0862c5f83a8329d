package vn.coso.feedback;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.security.Scope;
import vn.coso.feedback.FeedbackEnums.Status;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class FeedbackRepository implements PanacheRepository<Feedback> {

    public static final SortableFields SORTABLE = SortableFields.of("receivedAt",
            "receivedAt", "f.receivedAt", "answerDueAt", "f.answerDueAt", "acknowledgeDueAt", "f.acknowledgeDueAt",
            "status", "f.status", "priority", "f.priority", "unit", "u.name", "updatedAt", "f.updatedAt",
            "id", "f.id").descendingByDefault();

    private static final String FROM = " from Feedback f join f.unit u left join f.assignedUnit au";

    public List<Feedback> findInScope(FeedbackFilter filter, Scope scope, ZoneId zone, Instant now,
                                      List<SortField> sort, int offset, int limit) {
        return conditions(filter, scope, zone, now)
                .query(getEntityManager(), "select f" + FROM.replace("join f.unit u", "join fetch f.unit u")
                                .replace("left join f.assignedUnit au", "left join fetch f.assignedUnit au"),
                        SortableFields.orderBy(sort, "f.id"), Feedback.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInScope(FeedbackFilter filter, Scope scope, ZoneId zone, Instant now) {
        return conditions(filter, scope, zone, now).count(getEntityManager(), "select count(f)" + FROM);
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

    public long countReferencingUnit(long unitId) {
        return count("unit.id = ?1 or assignedUnit.id = ?1", unitId);
    }

    /** Scope: the unit the feedback is about, or the unit it was assigned to. */
    private static Conditions conditions(FeedbackFilter filter, Scope scope, ZoneId zone, Instant now) {
        Conditions conditions = new Conditions();
        if (scope.isEmpty()) {
            conditions.always("1 = 0");
        } else if (!scope.everything()) {
            conditions.add("(u.path like :scopePrefix or au.path like :scopePrefix)", "scopePrefix", scope.pathPrefix() + "%");
        }
        conditions
                .add("f.status = :status", "status", filter.status())
                .add("f.right = :right", "right", filter.right())
                .add("f.type = :type", "type", filter.type())
                .add("f.channel = :channel", "channel", filter.channel())
                .add("f.priority = :priority", "priority", filter.priority())
                .add("u.path like :unitPath", "unitPath", filter.unitPath() == null ? null : filter.unitPath() + "%")
                .add("f.receivedAt >= :from", "from", filter.period().from() == null ? null
                        : filter.period().from().atStartOfDay(zone).toInstant())
                .add("f.receivedAt < :to", "to", filter.period().to() == null ? null
                        : filter.period().to().plusDays(1).atStartOfDay(zone).toInstant())
                .contains(filter.q(), "f.title", "f.text")
                .add("f.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
        if (filter.overdue() != null) {
            String overdue = "(f.status in :open and (f.answerDueAt < :now"
                    + " or (f.status = :received and f.acknowledgeDueAt < :now)))";
            conditions.add(filter.overdue() ? overdue : "not " + overdue,
                    Map.of("open", Status.OPEN, "now", now, "received", Status.RECEIVED));
        }
        return conditions;
    }
}

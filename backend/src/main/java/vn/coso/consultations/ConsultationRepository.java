package vn.coso.consultations;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.Period;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.security.Scope;
import vn.coso.consultations.ConsultationDtos.CommentCounts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class ConsultationRepository implements PanacheRepository<Consultation> {

    public static final SortableFields SORTABLE = SortableFields.of("opensOn",
            "opensOn", "c.opensOn", "closesOn", "c.closesOn", "title", "c.title", "status", "c.status",
            "unit", "u.name", "createdAt", "c.createdAt", "updatedAt", "c.updatedAt", "id", "c.id")
            .descendingByDefault();

    /** What the public sees: published consultations, announced before they open, and concluded ones. */
    private static final Set<ConsultationStatus> PUBLIC_STATUSES =
            Set.of(ConsultationStatus.PUBLISHED, ConsultationStatus.CONCLUDED);

    public List<Consultation> findInScope(ConsultationFilter filter, String unitPath, Scope scope, LocalDate today,
                                          List<SortField> sort, int offset, int limit) {
        return conditions(filter, unitPath, today).inScope(scope, "u.path")
                .query(getEntityManager(), "select c from Consultation c join fetch c.unit u",
                        SortableFields.orderBy(sort, "c.id"), Consultation.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInScope(ConsultationFilter filter, String unitPath, Scope scope, LocalDate today) {
        return conditions(filter, unitPath, today).inScope(scope, "u.path")
                .count(getEntityManager(), "select count(c) from Consultation c join c.unit u");
    }

    public List<Consultation> findPublic(ConsultationFilter filter, String unitPath, LocalDate today, List<SortField> sort,
                                         int offset, int limit) {
        return publicConditions(filter, unitPath, today)
                .query(getEntityManager(), "select c from Consultation c join fetch c.unit u",
                        SortableFields.orderBy(sort, "c.id"), Consultation.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countPublic(ConsultationFilter filter, String unitPath, LocalDate today) {
        return publicConditions(filter, unitPath, today)
                .count(getEntityManager(), "select count(c) from Consultation c join c.unit u");
    }

    public Optional<Consultation> findPublic(long id) {
        return findByIdOptional(id).filter(c -> PUBLIC_STATUSES.contains(c.status));
    }

    /** Reads the consultation with a shared lock, so that a comment or an answer and a status change do not cross. */
    public Optional<Consultation> findForShare(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_READ);
    }

    public boolean isPublic(Consultation consultation) {
        return PUBLIC_STATUSES.contains(consultation.status);
    }

    /** Consultations held (published or concluded) in scope, under a unit and opening in a period. */
    public long countHeld(Scope scope, String unitPath, Period period) {
        return held(scope, unitPath, period).count(getEntityManager(), "select count(c) from Consultation c join c.unit u");
    }

    /** The comments on those consultations by the unit's answer: rows of outcome (null: unanswered) and count. */
    public List<Object[]> commentsOfHeldByOutcome(Scope scope, String unitPath, Period period) {
        return held(scope, unitPath, period)
                .query(getEntityManager(), "select m.outcome, count(m) from ConsultationComment m join m.consultation c"
                        + " join c.unit u", " group by m.outcome", Object[].class)
                .getResultList();
    }

    /** {@link #countHeld} for each area of the annual review. */
    public Map<Long, Long> countHeld(ReportAreas areas, Period period) {
        return areas.counts(areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(c)"
                        + " from Consultation c" + areas.joinUnit("c.unit") + " where c.status in :publicStatuses"
                        + " and c.opensOn between :from and :to and " + areas.where() + areas.groupBy(), Object[].class))
                .setParameter("publicStatuses", PUBLIC_STATUSES)
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList());
    }

    /** {@link #commentsOfHeldByOutcome} for each area of the annual review. */
    public Map<Long, CommentCounts> commentsOfHeldByOutcome(ReportAreas areas, Period period) {
        Map<Long, List<Object[]>> rows = new HashMap<>();
        areas.keys().forEach(key -> rows.put(key, new ArrayList<>()));
        areas.bind(getEntityManager().createQuery("select " + areas.key() + ", m.outcome, count(m)"
                        + " from ConsultationComment m join m.consultation c" + areas.joinUnit("c.unit") + " where c.status in :publicStatuses"
                        + " and c.opensOn between :from and :to and " + areas.where() + areas.groupBy("m.outcome"),
                        Object[].class))
                .setParameter("publicStatuses", PUBLIC_STATUSES)
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList()
                .forEach(row -> rows.computeIfAbsent(areas.keyOf(row[0]), key -> new ArrayList<>())
                        .add(new Object[]{row[1], row[2]}));
        Map<Long, CommentCounts> counts = new LinkedHashMap<>();
        rows.forEach((key, outcomes) -> counts.put(key, ConsultationCommentRepository.tally(outcomes)));
        return counts;
    }

    /** Units of the subtree with a consultation opened in the period, closed before today, and a comment still unanswered. */
    public List<Long> unitsWithUnansweredComments(String subtreePath, Period period, LocalDate today) {
        ReportAreas area = ReportAreas.subtree(subtreePath).at(period.to());
        return area.bind(getEntityManager().createQuery("select distinct u.id from ConsultationComment m join m.consultation c"
                        + area.joinUnit("c.unit") + " where c.status in :publicStatuses and m.outcome is null"
                        + " and c.opensOn between :from and :to and c.closesOn < :today and " + area.where(), Long.class))
                .setParameter("publicStatuses", PUBLIC_STATUSES)
                .setParameter("from", period.from()).setParameter("to", period.to())
                .setParameter("today", today)
                .getResultList();
    }

    private static Conditions held(Scope scope, String unitPath, Period period) {
        return new Conditions().inScope(scope, "u.path")
                .add("c.status in :publicStatuses", Map.of("publicStatuses", PUBLIC_STATUSES))
                // A period's figures of a unit: the units placed under it on the period's last day.
                .add((period.to() == null ? "u.path" : ReportAreas.pathOn("u", "to")) + " like :unitPath",
                        "unitPath", unitPath == null ? null : unitPath + "%")
                .add("c.opensOn >= :from", "from", period.from())
                .add("c.opensOn <= :to", "to", period.to());
    }

    public long countByUnit(long unitId) {
        return count("unit.id", unitId);
    }

    private static Conditions publicConditions(ConsultationFilter filter, String unitPath, LocalDate today) {
        return conditions(filter, unitPath, today)
                .add("c.status in :publicStatuses", Map.of("publicStatuses", PUBLIC_STATUSES));
    }

    private static Conditions conditions(ConsultationFilter filter, String unitPath, LocalDate today) {
        Conditions conditions = new Conditions()
                .add("u.path like :unitPath", "unitPath", unitPath == null ? null : unitPath + "%")
                .add("c.kind = :kind", "kind", filter.kind())
                .add("c.status = :status", "status", filter.status())
                .add("c.opensOn >= :from", "from", filter.period().from())
                .add("c.opensOn <= :to", "to", filter.period().to())
                .contains(filter.q(), "c.title")
                .add("c.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
        if (filter.window() != null) {
            switch (filter.window()) {
                case UPCOMING -> conditions.add("c.opensOn > :today", Map.of("today", today));
                case OPEN -> conditions.add("c.opensOn <= :today and c.closesOn >= :today", Map.of("today", today));
                case CLOSED -> conditions.add("c.closesOn < :today", Map.of("today", today));
            }
        }
        return conditions;
    }
}

package vn.coso.consultations;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.consultations.ConsultationDtos.CommentCounts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ConsultationCommentRepository implements PanacheRepository<ConsultationComment> {

    /** Comments in the order they arrived. */
    public List<ConsultationComment> findFor(long consultationId, int page, int size) {
        return find("consultation.id", Sort.ascending("receivedAt", "id"), consultationId)
                .page(Page.of(page, size)).list();
    }

    public long countFor(long consultationId) {
        return count("consultation.id", consultationId);
    }

    public long countUnanswered(long consultationId) {
        return count("consultation.id = ?1 and outcome is null", consultationId);
    }

    /** Each consultation's comments by outcome, in one query for a page of consultations. */
    public Map<Long, CommentCounts> countsByOutcome(Collection<Long> consultationIds) {
        Map<Long, List<Object[]>> byConsultation = new HashMap<>();
        if (!consultationIds.isEmpty()) {
            List<Object[]> rows = getEntityManager().createQuery(
                            "select c.consultation.id, c.outcome, count(c) from ConsultationComment c"
                                    + " where c.consultation.id in :ids group by c.consultation.id, c.outcome",
                            Object[].class)
                    .setParameter("ids", consultationIds)
                    .getResultList();
            for (Object[] row : rows) {
                byConsultation.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add(new Object[]{row[1], row[2]});
            }
        }
        Map<Long, CommentCounts> counts = new HashMap<>();
        byConsultation.forEach((id, rows) -> counts.put(id, tally(rows)));
        return counts;
    }

    /** Counts from rows of outcome (null: unanswered) and count. */
    static CommentCounts tally(List<Object[]> outcomeCounts) {
        long[] t = new long[4];
        for (Object[] row : outcomeCounts) {
            CommentOutcome outcome = (CommentOutcome) row[0];
            t[outcome == null ? 3 : outcome.ordinal()] += ((Number) row[1]).longValue();
        }
        return new CommentCounts(t[0] + t[1] + t[2] + t[3], t[0], t[1], t[2], t[3]);
    }
}

package vn.coso.boards;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.Period;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.security.Scope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Boards, their members, their work and their recommendations: the queries of the boards feature. */
@ApplicationScoped
public class BoardRepository implements PanacheRepository<Board> {

    public static final SortableFields SORTABLE = SortableFields.of("unit",
            "unit", "u.name", "kind", "b.kind", "name", "b.name", "termFrom", "b.termFrom",
            "createdAt", "b.createdAt", "updatedAt", "b.updatedAt", "id", "b.id");

    /** A board serving at some time in the period (:from, :to). */
    private static final String SERVING = "b.termFrom <= :to and (b.termTo is null or b.termTo >= :from)";

    public List<Board> findInScope(BoardFilter filter, String unitPath, Scope scope, List<SortField> sort,
                                   int offset, int limit) {
        return conditions(filter, unitPath, scope)
                .query(getEntityManager(), "select b from Board b join fetch b.unit u",
                        SortableFields.orderBy(sort, "b.id"), Board.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInScope(BoardFilter filter, String unitPath, Scope scope) {
        return conditions(filter, unitPath, scope).count(getEntityManager(), "select count(b) from Board b join b.unit u");
    }

    public List<BoardMember> members(long boardId) {
        return getEntityManager().createQuery("select m from BoardMember m where m.boardId = :board"
                + " order by m.since, m.id", BoardMember.class).setParameter("board", boardId).getResultList();
    }

    public Optional<BoardMember> member(long boardId, long memberId) {
        return getEntityManager().createQuery("select m from BoardMember m where m.boardId = :board and m.id = :id",
                        BoardMember.class).setParameter("board", boardId).setParameter("id", memberId)
                .getResultStream().findFirst();
    }

    public long countServing(long boardId, java.time.LocalDate day) {
        return getEntityManager().createQuery("select count(m) from BoardMember m where m.boardId = :board"
                        + " and m.since <= :day and (m.until is null or m.until >= :day)", Long.class)
                .setParameter("board", boardId).setParameter("day", day).getSingleResult();
    }

    public List<BoardActivity> activities(long boardId, Period period) {
        var query = getEntityManager().createQuery("select a from BoardActivity a where a.board.id = :board"
                        + (period.from() == null ? "" : " and a.startedOn >= :from")
                        + (period.to() == null ? "" : " and a.startedOn <= :to")
                        + " order by a.startedOn desc, a.id desc", BoardActivity.class)
                .setParameter("board", boardId);
        if (period.from() != null) {
            query.setParameter("from", period.from());
        }
        if (period.to() != null) {
            query.setParameter("to", period.to());
        }
        return query.getResultList();
    }

    public Optional<BoardActivity> activity(long boardId, long activityId) {
        return getEntityManager().createQuery("select a from BoardActivity a where a.board.id = :board and a.id = :id",
                        BoardActivity.class).setParameter("board", boardId).setParameter("id", activityId)
                .getResultStream().findFirst();
    }

    public void persistRelated(Object entity) {
        getEntityManager().persist(entity);
    }

    public List<BoardRecommendation> recommendationsOf(Collection<Long> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select r from BoardRecommendation r join fetch r.addressedTo"
                        + " where r.activityId in :ids order by r.id", BoardRecommendation.class)
                .setParameter("ids", activityIds).getResultList();
    }

    /** A recommendation of one of the board's activities. */
    public Optional<BoardRecommendation> recommendation(long boardId, long recommendationId) {
        return getEntityManager().createQuery("select r from BoardRecommendation r where r.id = :id and r.activityId in"
                        + " (select a.id from BoardActivity a where a.board.id = :board)", BoardRecommendation.class)
                .setParameter("id", recommendationId).setParameter("board", boardId)
                .getResultStream().findFirst();
    }

    /** Boards of each area serving at some time in the period, of the given kinds. */
    public Map<Long, Long> countServing(ReportAreas areas, Period period, Collection<BoardKind> kinds) {
        return areas.counts(areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(b)"
                        + " from Board b" + areas.joinUnit("b.unit") + " where b.kind in :kinds and " + SERVING
                        + " and " + areas.where() + areas.groupBy(), Object[].class))
                .setParameter("kinds", kinds).setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList());
    }

    /**
     * The activities started in the period in each area, by the activity's kind and its board's kind: one pass
     * over them for every figure that counts activities (five statements before).
     */
    public Map<Long, ActivityCounts> countActivities(ReportAreas areas, Period period) {
        Map<Long, ActivityCounts> counts = new HashMap<>();
        areas.keys().forEach(key -> counts.put(key, new ActivityCounts(new ArrayList<>())));
        areas.bind(getEntityManager().createQuery("select " + areas.key() + ", a.kind, b.kind, count(a)"
                        + " from BoardActivity a join a.board b" + areas.joinUnit("b.unit")
                        + " where a.startedOn between :from and :to and " + areas.where()
                        + areas.groupBy("a.kind", "b.kind"), Object[].class))
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList()
                .forEach(row -> counts.get(areas.keyOf(row[0])).rows()
                        .add(new ActivityCount((ActivityKind) row[1], (BoardKind) row[2], ((Number) row[3]).longValue())));
        return counts;
    }

    public record ActivityCount(ActivityKind kind, BoardKind boardKind, long count) {
    }

    /** One area's activities by kind and board kind (see {@link #countActivities}). */
    public record ActivityCounts(List<ActivityCount> rows) {

        /** The activities of these kinds by boards of these kinds. */
        public long of(Collection<ActivityKind> kinds, Collection<BoardKind> boardKinds) {
            return rows.stream().filter(r -> kinds.contains(r.kind()) && boardKinds.contains(r.boardKind()))
                    .mapToLong(ActivityCount::count).sum();
        }
    }

    /** Recommendations due in the period and not answered by its end, by the area of the board that made them. */
    public Map<Long, Long> countUnanswered(ReportAreas areas, Period period) {
        return areas.counts(areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(r)"
                        + " from BoardRecommendation r, BoardActivity a join a.board b" + areas.joinUnit("b.unit")
                        + " where r.activityId = a.id and r.dueOn between :from and :to"
                        + " and (r.answeredOn is null or r.answeredOn > :to)"
                        + " and " + areas.where() + areas.groupBy(), Object[].class))
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList());
    }

    /** Recommendations made by work started in the period, by the area of the board. */
    public Map<Long, Long> countRecommendations(ReportAreas areas, Period period) {
        return areas.counts(areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(r)"
                        + " from BoardRecommendation r, BoardActivity a join a.board b" + areas.joinUnit("b.unit")
                        + " where r.activityId = a.id and a.startedOn between :from and :to"
                        + " and " + areas.where() + areas.groupBy(), Object[].class))
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList());
    }

    /** Units of the subtree whose board served in the period and did no work started in it. */
    public List<Long> unitsWithIdleBoard(String subtreePath, Period period) {
        return getEntityManager().createQuery("select distinct u.id from Board b join b.unit u where " + SERVING
                        + " and u.path like :prefix and not exists (select 1 from BoardActivity a where a.board = b"
                        + " and a.startedOn between :from and :to)", Long.class)
                .setParameter("from", period.from()).setParameter("to", period.to())
                .setParameter("prefix", subtreePath + "%")
                .getResultList();
    }

    /** Units of the subtree that left a recommendation due in the period unanswered by its end. */
    public List<Long> unitsLeavingUnanswered(String subtreePath, Period period) {
        return getEntityManager().createQuery("select distinct u.id from BoardRecommendation r join r.addressedTo u"
                        + " where r.dueOn between :from and :to and (r.answeredOn is null or r.answeredOn > :to)"
                        + " and u.path like :prefix", Long.class)
                .setParameter("from", period.from()).setParameter("to", period.to())
                .setParameter("prefix", subtreePath + "%")
                .getResultList();
    }

    public long countByUnit(long unitId) {
        return count("unit.id", unitId) + getEntityManager().createQuery(
                "select count(r) from BoardRecommendation r where r.addressedTo.id = :unit", Long.class)
                .setParameter("unit", unitId).getSingleResult();
    }

    private static Conditions conditions(BoardFilter filter, String unitPath, Scope scope) {
        return new Conditions()
                .inScope(scope, "u.path")
                .add("u.path like :unitPath", "unitPath", unitPath == null ? null : unitPath + "%")
                .add("b.kind = :kind", "kind", filter.kind())
                .add("b.termFrom <= :servingOn and (b.termTo is null or b.termTo >= :servingOn)", "servingOn", filter.servingOn())
                .contains(filter.q(), "b.name", "b.electedAt")
                .add("b.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
    }
}

package vn.coso.committees;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.coso.common.security.Scope;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The committee feature's queries, in one named place. Units are referred to by id; where a query
 * needs a unit's place in the tree it joins the unit by that id.
 */
@ApplicationScoped
public class CommitteeRepository implements PanacheRepository<Committee> {

    private static final String IN_SCOPE = " and (:everything = true or u.path like :prefix)";

    public List<Committee> findInScope(Scope scope, int offset, int limit) {
        return scoped(em().createQuery("select c from Committee c, Unit u where u.id = c.unitId" + IN_SCOPE
                + " order by u.path, c.id", Committee.class), scope)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInScope(Scope scope) {
        return scoped(em().createQuery("select count(c) from Committee c, Unit u where u.id = c.unitId" + IN_SCOPE,
                Long.class), scope).getSingleResult();
    }

    public Optional<Committee> findByUnit(long unitId) {
        return find("unitId", unitId).firstResultOptional();
    }

    public List<CommitteeMember> members(long committeeId) {
        return em().createQuery("select m from CommitteeMember m left join fetch m.unitIds where m.committeeId = :c"
                        + " order by m.role, m.fullName, m.id", CommitteeMember.class)
                .setParameter("c", committeeId).getResultList().stream().distinct().toList();
    }

    public Optional<CommitteeMember> member(long committeeId, long memberId) {
        return Optional.ofNullable(em().find(CommitteeMember.class, memberId)).filter(m -> m.committeeId == committeeId);
    }

    /** Members linked to this staff account, serving on the day. */
    public List<CommitteeMember> membersLinkedTo(String username, LocalDate day) {
        return em().createQuery("select distinct m from CommitteeMember m left join fetch m.unitIds where m.username = :u"
                        + " and m.since <= :day and (m.until is null or m.until >= :day)", CommitteeMember.class)
                .setParameter("u", username).setParameter("day", day).getResultList();
    }

    public Optional<CommitteePlan> plan(long committeeId, int year) {
        return em().createQuery("select p from CommitteePlan p where p.committeeId = :c and p.year = :y", CommitteePlan.class)
                .setParameter("c", committeeId).setParameter("y", year).getResultStream().findFirst();
    }

    public List<CommitteePlan> plans(long committeeId) {
        return em().createQuery("select p from CommitteePlan p where p.committeeId = :c order by p.year desc", CommitteePlan.class)
                .setParameter("c", committeeId).getResultList();
    }

    public List<CommitteeTarget> targets(long planId) {
        return em().createQuery("select t from CommitteeTarget t where t.planId = :p order by t.id", CommitteeTarget.class)
                .setParameter("p", planId).getResultList();
    }

    public List<PlanTask> tasks(long planId) {
        return em().createQuery("select t from PlanTask t where t.planId = :p order by t.deadline, t.id", PlanTask.class)
                .setParameter("p", planId).getResultList();
    }

    public List<Meeting> meetings(long committeeId, LocalDate from, LocalDate to) {
        return em().createQuery("select m from Meeting m where m.committeeId = :c"
                        + " and (:from is null or m.date >= :from) and (:to is null or m.date <= :to)"
                        + " order by m.date, m.id", Meeting.class)
                .setParameter("c", committeeId).setParameter("from", from).setParameter("to", to).getResultList();
    }

    public List<MeetingConclusion> conclusions(Collection<Long> meetingIds) {
        if (meetingIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select c from MeetingConclusion c where c.meetingId in :ids order by c.meetingId, c.id", MeetingConclusion.class)
                .setParameter("ids", meetingIds).getResultList();
    }

    public List<Shortcoming> shortcomings(long committeeId, Integer year) {
        return em().createQuery("select distinct s from Shortcoming s left join fetch s.unitIds where s.committeeId = :c"
                        + " and (:y is null or s.year = :y) order by s.year, s.id", Shortcoming.class)
                .setParameter("c", committeeId).setParameter("y", year).getResultList();
    }

    public List<Remedy> remedies(Collection<Long> shortcomingIds) {
        if (shortcomingIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select r from Remedy r where r.shortcomingId in :ids order by r.deadline, r.id", Remedy.class)
                .setParameter("ids", shortcomingIds).getResultList();
    }

    /**
     * Remedies still not done on {@code asOf} although their deadline was before it, owned by units
     * under {@code subtreePath}: as [owner unit id, remedy id].
     */
    public List<Object[]> overdueRemedies(String subtreePath, LocalDate asOf) {
        return em().createQuery("select r.ownerUnitId, r.id from Remedy r, Unit u where u.id = r.ownerUnitId"
                        + " and u.path like :prefix and r.deadline < :asOf and r.status <> :cancelled"
                        + " and (r.doneOn is null or r.doneOn > :asOf)", Object[].class)
                .setParameter("prefix", subtreePath + "%").setParameter("asOf", asOf)
                .setParameter("cancelled", TaskStatus.CANCELLED).getResultList();
    }

    /** Shortcomings about these units whose remedies are not all done: [unit id, shortcoming]. */
    public List<Object[]> openShortcomingsAbout(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select su, s from Shortcoming s join s.unitIds su where su in :ids and ("
                        + " not exists (select r.id from Remedy r where r.shortcomingId = s.id)"
                        + " or exists (select r.id from Remedy r where r.shortcomingId = s.id and r.status in :open))"
                        + " order by s.year, s.id", Object[].class)
                .setParameter("ids", unitIds)
                .setParameter("open", List.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS)).getResultList();
    }

    public boolean refersToUnit(long unitId) {
        return em().createQuery("select count(c) from Committee c where c.unitId = :u", Long.class)
                .setParameter("u", unitId).getSingleResult() > 0
                || em().createQuery("select count(r) from Remedy r where r.ownerUnitId = :u", Long.class)
                .setParameter("u", unitId).getSingleResult() > 0
                || em().createNativeQuery("select count(*) from committee_member_unit where unit_id = ?1")
                .setParameter(1, unitId).getSingleResult() instanceof Number n && n.longValue() > 0
                || em().createNativeQuery("select count(*) from committee_shortcoming_unit where unit_id = ?1")
                .setParameter(1, unitId).getSingleResult() instanceof Number n2 && n2.longValue() > 0
                || em().createNativeQuery("select count(*) from committee_target where unit_id = ?1")
                .setParameter(1, unitId).getSingleResult() instanceof Number n3 && n3.longValue() > 0
                || em().createNativeQuery("select count(*) from committee_conclusion where unit_id = ?1")
                .setParameter(1, unitId).getSingleResult() instanceof Number n4 && n4.longValue() > 0;
    }

    private EntityManager em() {
        return getEntityManager();
    }

    private static <Q extends jakarta.persistence.Query> Q scoped(Q query, Scope scope) {
        query.setParameter("everything", scope.everything());
        query.setParameter("prefix", scope.pathPrefix() == null ? "" : scope.pathPrefix() + "%");
        return query;
    }
}

package vn.coso.inspections;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.PageWindow;
import vn.coso.common.paging.Pages;
import vn.coso.common.paging.Slice;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.paging.Total;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.security.Scope;
import vn.coso.inspections.InspectionEnums.DisciplinaryForm;
import vn.coso.inspections.InspectionEnums.Kind;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class InspectionRepository implements PanacheRepository<Inspection> {

    /** The id path of the list's queries; it also names the list in its cursors. */
    public static final String ID = "i.id";
    public static final SortableFields SORTABLE = SortableFields.of("plannedStart",
            "plannedStart", "i.plannedStart", "actualStart", "i.actualStart", "planYear", "i.planYear",
            "status", "i.status", "createdAt", "i.createdAt", "updatedAt", "i.updatedAt", "id", "i.id");

    /** The statuses in which an inspection counts (PRODUCT.md, the counting rule). */
    private static final String COUNTED = " i.status in (vn.coso.inspections.InspectionEnums.Status.IN_PROGRESS,"
            + " vn.coso.inspections.InspectionEnums.Status.CONCLUDED, vn.coso.inspections.InspectionEnums.Status.CLOSED)";

    /**
     * One page in two steps (the deferred join): the page's ids from the indexes that serve the
     * filter and the sort, then only those inspections with their relations.
     */
    public Slice<Inspection> findInScope(InspectionFilter filter, String unitPath, Scope scope, PageWindow window) {
        Conditions conditions = conditions(filter, unitPath, scope);
        Slice<Long> page = conditions.pageKeys(getEntityManager(), idsFrom(conditions), ID, window);
        List<Long> ids = page.rows();
        if (ids.isEmpty()) {
            return page.with(List.of());
        }
        List<Inspection> rows = getEntityManager().createQuery("select i from Inspection i join fetch i.scopeUnit u"
                        + " join fetch i.conductingOrganization left join fetch i.subjectOrganization"
                        + " left join fetch i.subjectMember sm left join fetch sm.organization where i.id in :ids", Inspection.class)
                .setParameter("ids", ids).getResultList();
        return page.with(Pages.inOrderOf(ids, rows, i -> i.id));
    }

    /** The number of matching inspections, counted up to {@link Total#COUNT_LIMIT}. */
    public Total countInScope(InspectionFilter filter, String unitPath, Scope scope, List<SortField> sort) {
        Conditions conditions = conditions(filter, unitPath, scope);
        return conditions.countBounded(getEntityManager(), idsFrom(conditions), SortableFields.orderBy(sort, ID));
    }

    /** The scope unit is joined only when a condition names it, so an unscoped page reads one index. */
    private static String idsFrom(Conditions conditions) {
        return conditions.refersTo("u") ? "select i.id from Inspection i join i.scopeUnit u" : "select i.id from Inspection i";
    }

    /** An inspection with whether it has a conclusion, read in one statement. */
    public record InspectionWithConclusion(Inspection inspection, boolean hasConclusion) {
    }

    /** The inspection with every relation its response shows and whether it is concluded: one statement. */
    public Optional<InspectionWithConclusion> findWithRelations(long id) {
        return getEntityManager().createQuery("select i, case when exists (select 1 from Conclusion c where c.inspectionId = i.id)"
                        + " then true else false end from Inspection i join fetch i.scopeUnit"
                        + " join fetch i.conductingOrganization left join fetch i.subjectOrganization"
                        + " left join fetch i.subjectMember sm left join fetch sm.organization where i.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .map(row -> new InspectionWithConclusion((Inspection) row[0], (Boolean) row[1]));
    }

    public Optional<Conclusion> conclusionOf(long inspectionId) {
        return Optional.ofNullable(getEntityManager().find(Conclusion.class, inspectionId));
    }

    public List<Long> withConclusion(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select c.inspectionId from Conclusion c where c.inspectionId in :ids", Long.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<Recommendation> recommendationsOf(long inspectionId) {
        return getEntityManager().createQuery("select r from Recommendation r join fetch r.responsibleUnit"
                        + " where r.inspectionId = :id order by r.dueDate, r.id", Recommendation.class)
                .setParameter("id", inspectionId).getResultList();
    }

    public void deleteRecommendationsOf(long inspectionId) {
        getEntityManager().createQuery("delete from Recommendation r where r.inspectionId = :id")
                .setParameter("id", inspectionId).executeUpdate();
    }

    public void persistRelated(Object entity) {
        getEntityManager().persist(entity);
    }

    /**
     * Distinct subjects counted as inspected (kind INSPECTION) or supervised in the period, among the
     * inspections whose scope unit lies in each area.
     */
    /**
     * The counted inspections and supervisions started in the period, in each area, by one pass over them: the
     * party organisations and members each kind reached (once however often) and the concluded ones whose
     * conclusion found a violation. Five counts were five statements over the same rows (a third of the
     * annual review's database time on the demo).
     */
    public Map<Long, SubjectCounts> countSubjects(LocalDate from, LocalDate to, ReportAreas areas) {
        Map<Long, SubjectCounts> counts = new HashMap<>();
        areas.keys().forEach(key -> counts.put(key, SubjectCounts.NONE));
        areas.bind(getEntityManager().createQuery("select " + areas.key() + ", i.kind,"
                        + " count(distinct i.subjectOrganization.id), count(distinct i.subjectMember.id),"
                        + " count(distinct case when c.inspectionId is not null"
                        + " and i.status <> vn.coso.inspections.InspectionEnums.Status.IN_PROGRESS then i.id end)"
                        + " from Inspection i" + areas.joinUnit("i.scopeUnit")
                        + " left join Conclusion c on c.inspectionId = i.id and c.violationFound = true"
                        + " where" + COUNTED + " and i.actualStart between :from and :to and " + areas.where()
                        + areas.groupBy("i.kind"), Object[].class))
                .setParameter("from", from).setParameter("to", to)
                .getResultList()
                .forEach(row -> counts.merge(areas.keyOf(row[0]), SubjectCounts.of((Kind) row[1],
                        ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).longValue()),
                        SubjectCounts::plus));
        return counts;
    }

    /** What {@link #countSubjects} counts in one area. */
    public record SubjectCounts(long organizationsInspected, long membersInspected, long organizationsSupervised,
                                long membersSupervised, long violationsFound) {

        static final SubjectCounts NONE = new SubjectCounts(0, 0, 0, 0, 0);

        static SubjectCounts of(Kind kind, long organizations, long members, long violations) {
            return kind == Kind.INSPECTION ? new SubjectCounts(organizations, members, 0, 0, violations)
                    : new SubjectCounts(0, 0, organizations, members, violations);
        }

        SubjectCounts plus(SubjectCounts other) {
            return new SubjectCounts(organizationsInspected + other.organizationsInspected,
                    membersInspected + other.membersInspected, organizationsSupervised + other.organizationsSupervised,
                    membersSupervised + other.membersSupervised, violationsFound + other.violationsFound);
        }
    }

    /**
     * Recommendations past due on {@code day} and not done by that day, in each area (the
     * inspection's scope unit), whatever the inspection's status — closed ones included.
     */
    public Map<Long, Long> countOverdueRecommendations(LocalDate day, ReportAreas areas) {
        return areas.counts(areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(r)"
                        + " from Recommendation r, Inspection i" + areas.joinUnit("i.scopeUnit")
                        + " where r.inspectionId = i.id and r.dueDate < :day"
                        + " and (r.doneOn is null or r.doneOn > :day)"
                        + " and i.status <> vn.coso.inspections.InspectionEnums.Status.CANCELLED"
                        + " and " + areas.where() + areas.groupBy(), Object[].class))
                .setParameter("day", day)
                .getResultList());
    }

    /** Disciplinary actions decided in the period in each area, by form (every form present, 0 if none). */
    public Map<Long, Map<DisciplinaryForm, Long>> countActionsByForm(LocalDate from, LocalDate to, ReportAreas areas) {
        return areas.countsBy(DisciplinaryForm.class, areas.bind(getEntityManager().createQuery("select " + areas.key()
                        + ", a.form, count(a) from DisciplinaryAction a" + areas.joinUnit("a.scopeUnit")
                        + " where a.decisionDate between :from and :to and " + areas.where()
                        + areas.groupBy("a.form"), Object[].class))
                .setParameter("from", from).setParameter("to", to)
                .getResultList());
    }

    public long countReferencingOrganization(long organizationId) {
        return count("subjectOrganization.id = ?1 or conductingOrganization.id = ?1", organizationId)
                + getEntityManager().createQuery("select count(a) from DisciplinaryAction a"
                        + " where a.subjectOrganization.id = :id", Long.class)
                .setParameter("id", organizationId).getSingleResult();
    }

    public long countReferencingMember(long memberId) {
        return count("subjectMember.id", memberId)
                + getEntityManager().createQuery("select count(a) from DisciplinaryAction a"
                        + " where a.subjectMember.id = :id", Long.class)
                .setParameter("id", memberId).getSingleResult();
    }

    public long countReferencingUnit(long unitId) {
        return count("scopeUnit.id", unitId)
                + getEntityManager().createQuery("select count(r) from Recommendation r"
                        + " where r.responsibleUnit.id = :id", Long.class)
                .setParameter("id", unitId).getSingleResult();
    }

    /** Recommendations not done whose due date lies in the range, of concluded or closed inspections. */
    public List<Recommendation> openRecommendationsDueBetween(java.time.LocalDate from, java.time.LocalDate to, int limit) {
        return getEntityManager().createQuery("select r from Recommendation r join fetch r.responsibleUnit,"
                        + " Inspection i where i.id = r.inspectionId and r.doneOn is null and r.dueDate between :from and :to"
                        + " and i.status in (vn.coso.inspections.InspectionEnums.Status.CONCLUDED,"
                        + " vn.coso.inspections.InspectionEnums.Status.CLOSED) order by r.dueDate, r.id", Recommendation.class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList();
    }

    /** Marks a recommendation announced; false when it already was (by this or another instance). */
    public boolean markAnnounced(Recommendation r, String contentHash, java.time.Instant now) {
        return getEntityManager().createNativeQuery("INSERT IGNORE INTO inspection_recommendation_notice (inspection_id,"
                        + " responsible_unit_id, due_date, content_hash, notified_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, r.inspectionId).setParameter(2, r.responsibleUnit.id).setParameter(3, r.dueDate)
                .setParameter(4, contentHash).setParameter(5, now).executeUpdate() == 1;
    }

    public Optional<Recommendation> recommendation(long inspectionId, long recommendationId) {
        return getEntityManager().createQuery("select r from Recommendation r join fetch r.responsibleUnit"
                        + " where r.id = :id and r.inspectionId = :inspection", Recommendation.class)
                .setParameter("id", recommendationId).setParameter("inspection", inspectionId)
                .getResultStream().findFirst();
    }

    private static Conditions conditions(InspectionFilter filter, String unitPath, Scope scope) {
        return new Conditions()
                .inScope(scope, "u.path")
                .add("i.planYear = :year", "year", filter.year())
                .add("i.kind = :kind", "kind", filter.kind())
                .add("i.form = :form", "form", filter.form())
                .add("i.status = :status", "status", filter.status())
                .add("i.conductingOrganization.id = :conducting", "conducting", filter.conductingOrganizationId())
                .add("i.subjectOrganization.path like :organizationPath", "organizationPath",
                        filter.organizationPath() == null ? null : filter.organizationPath() + "%")
                .add("i.subjectMember.id = :memberId", "memberId", filter.memberId())
                .add("u.path like :unitPath", "unitPath", unitPath == null ? null : unitPath + "%")
                .add("i.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince())
                .add("exists (select 1 from Recommendation r where r.inspectionId = i.id and r.doneOn is null"
                        + " and r.dueDate < :overdueOn)", "overdueOn", filter.overdueOn());
    }
}

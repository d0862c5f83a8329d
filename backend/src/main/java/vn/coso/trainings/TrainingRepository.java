package vn.coso.trainings;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.PageWindow;
import vn.coso.common.paging.Pages;
import vn.coso.common.paging.Slice;
import vn.coso.common.paging.Period;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.paging.Total;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.reporting.UnitsWithoutRecords;
import vn.coso.common.security.Scope;
import vn.coso.trainings.TrainingDtos.TrainingMonth;
import vn.coso.trainings.TrainingDtos.TrainingSummary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class TrainingRepository implements PanacheRepository<Training> {

    /** The id path of the list's queries; it also names the list in its cursors. */
    public static final String ID = "t.id";
    public static final SortableFields SORTABLE = SortableFields.of("date",
            "date", "t.heldOn", "topic", "t.topic", "attendances", "t.attendances", "organizer", "coalesce(po.name, u.name)",
            "createdAt", "t.createdAt", "updatedAt", "t.updatedAt", "id", "t.id").descendingByDefault();

    /** A training organised by a party organisation belongs to the unit of that organisation. */
    private static final String JOIN_ORGANIZER = " left join t.organizerUnit u left join t.organizerPartyOrganization po"
            + " left join po.unit pu";
    private static final String FETCH_ORGANIZER = " left join fetch t.organizerUnit u"
            + " left join fetch t.organizerPartyOrganization po left join fetch po.unit pu";
    private static final String OWNING_PATH = "coalesce(pu.path, u.path)";
    /** The unit that owns a training as {@code u}: its party organisation's unit, else its organising unit. */
    private static final String JOIN_OWNING_UNIT = " left join t.organizerPartyOrganization po"
            + " join Unit u on u.id = coalesce(po.unit.id, t.organizerUnit.id)";

    /** @param unitPath the materialised path of the unitId filter's unit, or null */
    public Slice<Training> findInScope(TrainingFilter filter, String unitPath, Scope scope, PageWindow window) {
        Slice<Long> page = conditions(filter, unitPath, scope).pageKeys(getEntityManager(),
                "select t.id from Training t" + JOIN_ORGANIZER, ID, window);
        List<Long> ids = page.rows();
        if (ids.isEmpty()) {
            return page.with(List.of());
        }
        List<Training> rows = getEntityManager().createQuery("select t from Training t" + FETCH_ORGANIZER + " where t.id in :ids",
                        Training.class)
                .setParameter("ids", ids).getResultList();
        return page.with(Pages.inOrderOf(ids, rows, t -> t.id));
    }

    /** The number of matching trainings, counted up to {@link Total#COUNT_LIMIT}. */
    public Total countInScope(TrainingFilter filter, String unitPath, Scope scope, List<SortField> sort) {
        return conditions(filter, unitPath, scope).countBounded(getEntityManager(), "select t.id from Training t" + JOIN_ORGANIZER,
                SortableFields.orderBy(sort, ID));
    }

    /** Number of classes and sum of attendances, computed by the database from the records. */
    public TrainingSummary summarize(TrainingFilter filter, String unitPath, Scope scope) {
        return summarize(conditions(filter, unitPath, scope, true));
    }

    /** The same totals, one row per calendar month that has trainings, oldest first. */
    public List<TrainingMonth> summarizeByMonth(TrainingFilter filter, String unitPath, Scope scope) {
        return conditions(filter, unitPath, scope, true).query(getEntityManager(),
                        "select year(t.heldOn), month(t.heldOn), count(t), coalesce(sum(t.attendances), 0)"
                                + " from Training t" + JOIN_ORGANIZER,
                        " group by year(t.heldOn), month(t.heldOn) order by year(t.heldOn), month(t.heldOn)", Object[].class)
                .getResultList().stream()
                .map(row -> new TrainingMonth(((Number) row[0]).intValue(), ((Number) row[1]).intValue(),
                        ((Number) row[2]).longValue(), ((Number) row[3]).longValue()))
                .toList();
    }

    /** The same totals for the organisers in each area of the annual review. */
    public Map<Long, TrainingSummary> summarize(ReportAreas areas, Period period) {
        Map<Long, TrainingSummary> totals = new LinkedHashMap<>();
        areas.keys().forEach(key -> totals.put(key, new TrainingSummary(0, 0)));
        areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(t), coalesce(sum(t.attendances), 0)"
                        + " from Training t" + JOIN_OWNING_UNIT + areas.placement()
                        + " where t.heldOn between :from and :to and " + areas.where() + areas.groupBy(), Object[].class))
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList()
                .forEach(row -> totals.put(areas.keyOf(row[0]),
                        new TrainingSummary(((Number) row[1]).longValue(), ((Number) row[2]).longValue())));
        return totals;
    }

    /**
     * Active units of the review's base level in the subtree (on the period's last day) none of whose
     * units organised a training in the period: the districts before the 2025 reform, the communes
     * directly under the province after it. Units and records are placed as the structure of the
     * period's last day places them ({@code subtreePath} is that day's path), so a unit closed later
     * still counts its own units' trainings, and a unit closed within the period is never named.
     */
    public List<Long> districtsWithoutTraining(String subtreePath, Period period) {
        Map<Long, String> base = new LinkedHashMap<>();
        getEntityManager().createQuery("select d.id, " + ReportAreas.pathOn("d", "to") + " from Unit d where d.active = true"
                        + " and " + ReportAreas.isReviewBaseOn("d", "to")
                        + " and " + ReportAreas.pathOn("d", "to") + " like :prefix", Object[].class)
                .setParameter("prefix", subtreePath + "%").setParameter("to", period.to())
                .getResultList()
                .forEach(row -> base.put(((Number) row[0]).longValue(), (String) row[1]));
        if (base.isEmpty()) {
            return List.of();
        }
        ReportAreas area = ReportAreas.subtree(subtreePath).at(period.to());
        List<String> held = area.bind(getEntityManager().createQuery("select distinct " + area.placedPath()
                        + " from Training t" + JOIN_OWNING_UNIT + area.placement()
                        + " where t.heldOn between :from and :to and " + area.where(), String.class))
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList();
        return UnitsWithoutRecords.among(base, held);
    }

    private TrainingSummary summarize(Conditions conditions) {
        Object[] row = conditions.query(getEntityManager(), "select count(t), coalesce(sum(t.attendances), 0)"
                        + " from Training t" + JOIN_ORGANIZER, "", Object[].class)
                .getSingleResult();
        return new TrainingSummary(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    public long countByOrganizer(long unitId) {
        return count("organizerUnit.id", unitId);
    }

    public long countByOrganizingPartyOrganization(long organizationId) {
        return count("organizerPartyOrganization.id", organizationId);
    }

    private static Conditions conditions(TrainingFilter filter, String unitPath, Scope scope) {
        return conditions(filter, unitPath, scope, false);
    }

    /**
     * @param placed whether {@code unitPath} is the unit's path in the structure of the period's last
     *               day (the summary's figures of a past period), the organisers placed as that day places them
     */
    private static Conditions conditions(TrainingFilter filter, String unitPath, Scope scope, boolean placed) {
        boolean onPeriodEnd = placed && filter.period().to() != null;
        String owningPath = onPeriodEnd
                ? "coalesce(" + ReportAreas.pathOn("pu", "to") + ", " + ReportAreas.pathOn("u", "to") + ")" : OWNING_PATH;
        return new Conditions()
                .inScope(scope, OWNING_PATH)
                .add(owningPath + " like :unitPath", "unitPath", unitPath == null ? null : unitPath + "%")
                .add("t.heldOn >= :from", "from", filter.period().from())
                .add("t.heldOn <= :to", "to", filter.period().to())
                .contains(filter.q(), "t.topic", "t.audience")
                .add("t.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
    }
}

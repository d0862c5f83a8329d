package vn.coso.units;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.PageWindow;
import vn.coso.common.paging.Pages;
import vn.coso.common.paging.Slice;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.paging.Total;
import vn.coso.common.security.Scope;
import vn.coso.common.time.AppClock;
import vn.coso.common.tree.MaterializedPaths;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class UnitRepository implements PanacheRepository<Unit> {

    private final AppClock clock;

    public UnitRepository(AppClock clock) {
        this.clock = clock;
    }

    /** The id path of the list's queries; it also names the list in its cursors. */
    public static final String ID = "u.id";
    public static final SortableFields SORTABLE = SortableFields.of("code",
            "code", "u.code", "name", "u.name", "type", "u.type", "createdAt", "u.createdAt",
            "updatedAt", "u.updatedAt", "id", "u.id");

    private static final String EXISTS_ON = "(validFrom is null or validFrom <= ?2) and (validTo is null or validTo >= ?2)";

    /** The unit holding this code today (a code names at most one unit on any date). */
    public Optional<Unit> findByCode(String code) {
        return findByCodeOn(code, clock.today());
    }

    /** The unit holding this code on this date. */
    public Optional<Unit> findByCodeOn(String code, LocalDate date) {
        return find("code = ?1 and " + EXISTS_ON + " order by id", code, date).firstResultOptional();
    }

    /** The units holding these codes today. */
    public List<Unit> findByCodes(Collection<String> codes) {
        return codes.isEmpty() ? List.of() : list("code in ?1 and " + EXISTS_ON, codes, clock.today());
    }

    /**
     * The unit that held this code last, when no unit holds it today (its holder closed in a
     * reorganisation and no successor took the code): an account on that code stays on that unit.
     */
    public Optional<Unit> findLastClosedHolder(String code) {
        return find("code = ?1 and validTo < ?2 order by validTo desc, id desc", code, clock.today()).firstResultOptional();
    }

    /** {@link #findByCode}, else {@link #findLastClosedHolder}. */
    public Optional<Unit> findByCodeOrLastHolder(String code) {
        return findByCode(code).or(() -> findLastClosedHolder(code));
    }

    /** Units other than {@code exceptId} holding this code on some day of [from, to] (null: open-ended). */
    /** The holders are read as they stand (id, name, path and period; not managed entities). */
    public List<Unit> codeHoldersOverlapping(String code, LocalDate from, LocalDate to, Long exceptId) {
        return lockedHolders(code).stream()
                .filter(u -> !u.id.equals(exceptId))
                .filter(u -> from == null || u.validTo == null || !u.validTo.isBefore(from))
                .filter(u -> to == null || u.validFrom == null || !u.validFrom.isAfter(to))
                .toList();
    }

    /**
     * Every unit that ever held this code, read after taking the code's lock (V210__unit_code_lock.sql):
     * a concurrent check of the same code on another instance waits for this transaction to end. The
     * holders are read by a locking read on the code's index entries, which sees the latest committed
     * rows (a plain read would see this transaction's snapshot, which may predate the other's unit).
     * Within a transaction only.
     */
    private List<Unit> lockedHolders(String code) {
        EntityManager em = getEntityManager();
        em.createNativeQuery("INSERT IGNORE INTO unit_code_lock (code) VALUES (?1)").setParameter(1, code).executeUpdate();
        em.createNativeQuery("SELECT code FROM unit_code_lock WHERE code = ?1 FOR UPDATE").setParameter(1, code)
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, name, path, valid_from, valid_to FROM unit"
                        + " FORCE INDEX (ix_unit_code) WHERE code = ?1 ORDER BY valid_from, id LOCK IN SHARE MODE")
                .setParameter(1, code).getResultList();
        List<Unit> holders = new java.util.ArrayList<>();
        for (Object[] row : rows) {
            Unit unit = new Unit();
            unit.id = ((Number) row[0]).longValue();
            unit.code = code;
            unit.name = (String) row[1];
            unit.path = (String) row[2];
            unit.validFrom = localDate(row[3]);
            unit.validTo = localDate(row[4]);
            holders.add(unit);
        }
        return holders;
    }

    private static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    /** Every unit that ever held this code, oldest first. */
    public List<Unit> allWithCode(String code) {
        return list("code = ?1 order by validFrom, id", code);
    }

    public Optional<Unit> findByTaxCode(String taxCode) {
        return find("taxCode", taxCode).firstResultOptional();
    }

    /** One page in two steps (the deferred join): the page's ids from the indexes, then those units. */
    public Slice<Unit> findInScope(UnitFilter filter, Scope scope, PageWindow window) {
        Slice<Long> page = conditions(filter, scope).pageKeys(getEntityManager(), "select u.id from Unit u", ID, window);
        List<Long> ids = page.rows();
        if (ids.isEmpty()) {
            return page.with(List.of());
        }
        List<Unit> rows = getEntityManager().createQuery("select u from Unit u left join fetch u.parent where u.id in :ids", Unit.class)
                .setParameter("ids", ids).getResultList();
        return page.with(Pages.inOrderOf(ids, rows, u -> u.id));
    }

    /** The number of matching units, counted up to {@link Total#COUNT_LIMIT}. */
    public Total countInScope(UnitFilter filter, Scope scope, List<SortField> sort) {
        return conditions(filter, scope).countBounded(getEntityManager(), "select u.id from Unit u", SortableFields.orderBy(sort, ID));
    }

    /** Number of direct children of each of the given units. */
    /** A unit with the figures shown beside it, read in one statement. */
    public record UnitWithCounts(Unit unit, long childCount, boolean regulationInForce) {
    }

    /**
     * The unit, its parent, how many units hang under it and (when {@code regulationInForce}, a
     * condition on {@code u.id}, is given) whether a regulation is in force: one statement.
     */
    public Optional<UnitWithCounts> findWithCounts(long id, Optional<String> regulationInForce) {
        String inForce = regulationInForce.map(condition -> "case when " + condition + " then true else false end")
                .orElse("false");
        return getEntityManager().createQuery("select u, (select count(c) from Unit c where c.parent.id = u.id), " + inForce
                        + " from Unit u left join fetch u.parent where u.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .map(row -> new UnitWithCounts((Unit) row[0], ((Number) row[1]).longValue(), (Boolean) row[2]));
    }

    public Map<Long, Long> childCounts(List<Long> unitIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (unitIds.isEmpty()) {
            return counts;
        }
        getEntityManager().createQuery(
                        "select u.parent.id, count(u) from Unit u where u.parent.id in :ids group by u.parent.id",
                        Object[].class)
                .setParameter("ids", unitIds)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    /** The units directly under a unit, by name. */
    public List<Unit> directChildren(long parentId) {
        return list("parent.id = ?1 order by name, id", parentId);
    }

    public List<Unit> findByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** The province at the root of the tree (the first, should there be several). */
    public Optional<Unit> findRootProvince() {
        return find("parent is null and type = ?1 order by id", UnitType.PROVINCE).firstResultOptional();
    }

    /**
     * Units that some placement put under {@code path} although their own path today lies elsewhere: the units a
     * reorganisation moved out of that subtree (see {@link vn.coso.common.reporting.ReportAreas#at}).
     */
    public List<Long> findMovedOutOf(String path) {
        return getEntityManager().createQuery("select distinct pl.unitId from UnitPlacement pl, Unit u where u.id = pl.unitId"
                        + " and pl.path like :prefix and u.path not like :prefix", Long.class)
                .setParameter("prefix", path + "%").getResultList();
    }

    /** The province on a path (the deepest, should provinces ever sit under a country unit), the path's own unit included. */
    public Optional<Unit> findProvinceOnPath(String path) {
        return find("id in ?1 and type = ?2 order by length(path) desc", MaterializedPaths.idsOf(path), UnitType.PROVINCE)
                .firstResultOptional();
    }

    public boolean hasChildren(Unit unit) {
        return count("parent", unit) > 0;
    }

    /** The unit and every unit below it, parents before children. */
    public List<Unit> subtree(Unit root) {
        return getEntityManager().createQuery(
                        "select u from Unit u where u.path like :prefix order by length(u.path), u.name, u.id",
                        Unit.class)
                .setParameter("prefix", root.path + "%")
                .getResultList();
    }

    /** Persists a new unit and gives it its path, which needs the generated id. */
    public void persistWithPath(Unit unit) {
        String parentPath = unit.parent == null ? null : unit.parent.path;
        unit.path = MaterializedPaths.pending(parentPath);
        persistAndFlush(unit);
        MaterializedPaths.assign(getEntityManager(), "Unit", unit, unit.id, parentPath);
    }

    /** Rewrites the paths of a moved subtree (the moved unit itself included). */
    public void movePaths(String oldPrefix, String newPrefix) {
        MaterializedPaths.move(getEntityManager(), "Unit", oldPrefix, newPrefix);
    }

    /** Active units whose name or code contains {@code q}, with their parents, for the public picker. */
    public List<Unit> searchActive(String q, int offset, int limit) {
        return publicConditions(q)
                .query(getEntityManager(), "select u from Unit u left join fetch u.parent", " order by u.name, u.id", Unit.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countActive(String q) {
        return publicConditions(q).count(getEntityManager(), "select count(u) from Unit u");
    }

    private Conditions publicConditions(String q) {
        return new Conditions().always("u.active = true")
                .add("(u.validFrom is null or u.validFrom <= :today) and (u.validTo is null or u.validTo >= :today)",
                        "today", clock.today())
                .contains(q, "u.name", "u.code");
    }

    /** HQL: the unit {@code u} stood directly under {@code :parentId} on {@code :on} (its placement that day, else its row). */
    private static final String UNDER_ON = "(exists (select 1 from UnitPlacement pl where pl.unitId = u.id"
            + " and (pl.validFrom is null or pl.validFrom <= :on) and (pl.validTo is null or pl.validTo >= :on)"
            + " and pl.parentId = :parentId) or (not exists (select 1 from UnitPlacement pl where pl.unitId = u.id"
            + " and (pl.validFrom is null or pl.validFrom <= :on) and (pl.validTo is null or pl.validTo >= :on))"
            + " and u.parent.id = :parentId))";

    private static Conditions conditions(UnitFilter filter, Scope scope) {
        Conditions conditions = new Conditions()
                .inScope(scope, "u.path")
                .contains(filter.q(), "u.name", "u.code")
                .add("u.type = :type", "type", filter.type());
        if (filter.parentId() != null && filter.on() != null) {
            // "Under …" on a past day: the parent of that day, not today's (a ward's villages before a merger).
            conditions.add(UNDER_ON, java.util.Map.of("parentId", filter.parentId(), "on", filter.on()));
        } else {
            conditions.add("u.parent.id = :parentId", "parentId", filter.parentId());
        }
        return conditions
                .add("u.active = :active", "active", filter.active())
                .add("(u.validFrom is null or u.validFrom <= :on) and (u.validTo is null or u.validTo >= :on)", "on", filter.on())
                .add("u.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
    }
}

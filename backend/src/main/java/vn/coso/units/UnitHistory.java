package vn.coso.units;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The placements of units over time ({@link UnitPlacement}) and their lineage ({@link UnitLineage}):
 * every change of a unit's parent, path, name or type goes through {@link #placeFrom}, which keeps
 * the rows covering the unit's whole life, so that "the structure on D" is one join for any D.
 */
@ApplicationScoped
public class UnitHistory {

    /** A unit as it stood on a day: its own row, or its placement of that day. */
    public record Placed(Unit unit, Long parentId, String path, String name, UnitType type) {
    }

    private final EntityManager em;

    public UnitHistory(EntityManager em) {
        this.em = em;
    }

    /**
     * Records that these units stand from {@code date} as their rows now say (after a rename, a
     * re-type, a move of their subtree or a closing under a successor). {@code before} holds each
     * unit's row as it was before the change, for units that had no placement rows yet.
     */
    public void placeFrom(LocalDate date, Collection<Unit> units, Map<Long, Placed> before) {
        if (units.isEmpty()) {
            return;
        }
        List<Long> ids = units.stream().map(u -> u.id).toList();
        Map<Long, List<UnitPlacement>> existing = new HashMap<>();
        em.createQuery("select p from UnitPlacement p where p.unitId in :ids order by p.unitId, p.validFrom", UnitPlacement.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(p -> existing.computeIfAbsent(p.unitId, k -> new java.util.ArrayList<>()).add(p));
        for (Unit unit : units) {
            List<UnitPlacement> rows = existing.getOrDefault(unit.id, List.of());
            if (rows.isEmpty()) {
                Placed old = before.get(unit.id);
                if (old != null && (unit.validFrom == null || unit.validFrom.isBefore(date))) {
                    persist(unit.id, null, date.minusDays(1), old.parentId(), old.path(), old.name(), old.type());
                }
            } else {
                for (UnitPlacement row : rows) {
                    if (row.validFrom != null && !row.validFrom.isBefore(date)) {
                        em.remove(row); // superseded by this change on or before its start
                    } else if (row.validTo == null || !row.validTo.isBefore(date)) {
                        row.validTo = date.minusDays(1);
                    }
                }
            }
            persist(unit.id, date, null, unit.parent == null ? null : unit.parent.id, unit.path, unit.name, unit.type);
        }
        em.flush();
    }

    /** Each unit as it stands now, to pass as {@code before} to {@link #placeFrom}. */
    public static Map<Long, Placed> snapshot(Collection<Unit> units) {
        Map<Long, Placed> result = new HashMap<>();
        units.forEach(u -> result.put(u.id, new Placed(u, u.parent == null ? null : u.parent.id, u.path, u.name, u.type)));
        return result;
    }

    /** Every unit that exists on {@code date} and stands in the subtree of {@code pathPrefix} on that day. */
    public List<Placed> structureOn(LocalDate date, String pathPrefix) {
        List<Object[]> rows = em.createQuery("select u, p from Unit u left join UnitPlacement p on p.unitId = u.id"
                        + " and (p.validFrom is null or p.validFrom <= :d) and (p.validTo is null or p.validTo >= :d)"
                        + " where (u.validFrom is null or u.validFrom <= :d) and (u.validTo is null or u.validTo >= :d)"
                        + " and coalesce(p.path, u.path) like :prefix", Object[].class)
                .setParameter("d", date)
                .setParameter("prefix", pathPrefix + "%")
                .getResultList();
        return rows.stream().map(row -> placed((Unit) row[0], (UnitPlacement) row[1])).toList();
    }

    /** Where a unit stood on a day: its placement of that day, or its row. */
    public Placed on(Unit unit, LocalDate date) {
        List<UnitPlacement> rows = em.createQuery("select p from UnitPlacement p where p.unitId = :id"
                        + " and (p.validFrom is null or p.validFrom <= :d) and (p.validTo is null or p.validTo >= :d)",
                        UnitPlacement.class)
                .setParameter("id", unit.id).setParameter("d", date).getResultList();
        return placed(unit, rows.isEmpty() ? null : rows.get(0));
    }

    private static Placed placed(Unit unit, UnitPlacement placement) {
        return placement == null
                ? new Placed(unit, unit.parent == null ? null : unit.parent.id, unit.path, unit.name, unit.type)
                : new Placed(unit, placement.parentId, placement.path, placement.name, placement.type);
    }

    public void lineage(Long reorganisationId, Unit from, Unit to, LineageKind kind, boolean primary, LocalDate date) {
        UnitLineage event = new UnitLineage();
        event.reorganisationId = reorganisationId;
        event.from = from;
        event.to = to;
        event.kind = kind;
        event.primary = primary;
        event.effectiveDate = date;
        em.persist(event);
    }

    /** The events a unit took part in, oldest first, with the legal basis of their reorganisation. */
    public List<Object[]> lineageOf(long unitId) {
        return em.createQuery("select l, r from UnitLineage l left join fetch l.from left join fetch l.to"
                        + " left join Reorganisation r on r.id = l.reorganisationId"
                        + " where l.from.id = :id or l.to.id = :id order by l.effectiveDate, l.id", Object[].class)
                .setParameter("id", unitId)
                .getResultList();
    }

    private void persist(Long unitId, LocalDate from, LocalDate to, Long parentId, String path, String name, UnitType type) {
        UnitPlacement row = new UnitPlacement();
        row.unitId = unitId;
        row.validFrom = from;
        row.validTo = to;
        row.parentId = parentId;
        row.path = path;
        row.name = name;
        row.type = type;
        em.persist(row);
    }

    /** Whether a reorganisation names this unit (it came from or went into another): such a unit is history, not deleted. */
    public boolean hasLineage(long unitId) {
        return !em.createNativeQuery("select 1 from unit_lineage where from_unit_id = ?1 or to_unit_id = ?1 limit 1")
                .setParameter(1, unitId).getResultList().isEmpty();
    }

    /** Drops the placements of a unit being deleted (one made by mistake, with no records and no lineage). */
    public void forget(long unitId) {
        em.createNativeQuery("delete from unit_placement where unit_id = ?1").setParameter(1, unitId).executeUpdate();
    }
}

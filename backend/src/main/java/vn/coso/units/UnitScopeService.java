package vn.coso.units;

import jakarta.enterprise.context.RequestScoped;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Scope;
import vn.coso.common.tree.MaterializedPaths;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import java.util.Optional;

/**
 * Resolves the caller's scope once per request: admin and the province's users see everything,
 * others their unit's subtree, and a user whose unit_code names no unit sees nothing.
 */
@RequestScoped
public class UnitScopeService {

    private final CurrentUser user;
    private final UnitRepository units;
    private final UnitHistory history;
    private Scope scope;
    private Optional<Unit> unit;

    public UnitScopeService(CurrentUser user, UnitRepository units, UnitHistory history) {
        this.user = user;
        this.units = units;
        this.history = history;
    }

    public Scope current() {
        if (scope == null) {
            scope = resolve();
        }
        return scope;
    }

    /**
     * The unit named by the caller's unit_code claim: the unit holding the code today, else the unit
     * that held it last (closed in a reorganisation), whose own subtree the account keeps — nothing
     * more: a successor's wider scope needs the account moved to it (staff: attention CLOSED_UNIT).
     */
    public Optional<Unit> callerUnit() {
        if (unit == null) {
            unit = user.unitCode().flatMap(units::findByCodeOrLastHolder);
        }
        return unit;
    }

    private Scope resolve() {
        if (user.isAdmin()) {
            return Scope.EVERYTHING;
        }
        // A province is a subtree like any unit: on one database for the whole country, an officer of one
        // province never sees another's records. Only admin sees everything.
        return callerUnit().map(u -> u.validTo == null ? Scope.subtree(u.id, u.path) : closedScope(u))
                .orElse(Scope.NOTHING);
    }

    /**
     * A closed unit's subtree as it stood on its last day: the unit (under its successor now), the units then
     * under it wherever they stand now (its villages went to the successor), and the units then above it.
     */
    private Scope closedScope(Unit closed) {
        LocalDate last = closed.validTo;
        String pathThen = history.on(closed, last).path();
        List<String> others = new ArrayList<>();
        history.structureOn(last, pathThen).stream()
                .map(p -> p.unit().path)
                .filter(path -> !path.startsWith(closed.path))
                .sorted(Comparator.comparingInt(String::length))
                .forEach(path -> {
                    if (others.stream().noneMatch(path::startsWith)) {
                        others.add(path);
                    }
                });
        List<Long> aboveIds = MaterializedPaths.idsOf(pathThen).stream().filter(id -> !id.equals(closed.id)).toList();
        List<String> above = aboveIds.isEmpty() ? List.of() : units.getEntityManager()
                .createQuery("select u.path from Unit u where u.id in :ids", String.class)
                .setParameter("ids", aboveIds).getResultList();
        return Scope.subtreeOfClosed(closed.id, closed.path, others, above);
    }
}

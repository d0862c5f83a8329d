package vn.coso.units;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.i18n.Msg;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.PageWindow;
import vn.coso.common.paging.Slice;
import vn.coso.common.paging.Total;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Scope;
import vn.coso.common.security.ScopeGuard;
import vn.coso.common.time.AppClock;
import vn.coso.common.tree.MaterializedPaths;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.units.UnitDtos.UnitRequest;
import vn.coso.units.UnitDtos.UnitResponse;
import vn.coso.units.UnitDtos.UnitTreeNode;
import vn.coso.units.UnitDtos.UnitUpdateRequest;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The rules of the unit tree: scope, integrity, and who may change what. */
@ApplicationScoped
public class UnitService {

    private final UnitRepository units;
    private final UnitScopeService scopes;
    private final ScopeGuard guard;
    private final CurrentUser user;
    private final Instance<UnitReferences> references;
    private final Instance<UnitRegulationStatus> regulations;
    private final UnitHistory history;
    private final AppClock clock;

    public UnitService(UnitRepository units, UnitScopeService scopes, ScopeGuard guard, CurrentUser user,
                       Instance<UnitReferences> references, Instance<UnitRegulationStatus> regulations,
                       UnitHistory history, AppClock clock) {
        this.clock = clock;
        this.units = units;
        this.history = history;
        this.scopes = scopes;
        this.guard = guard;
        this.user = user;
        this.references = references;
        this.regulations = regulations;
    }

    public PageResult<UnitResponse> list(UnitFilter filter, PageRequest page) {
        Scope scope = scopes.current();
        PageWindow window = page.window(UnitRepository.SORTABLE, UnitRepository.ID);
        Slice<Unit> found = units.findInScope(filter, scope, window);
        Total total = units.countInScope(filter, scope, window.sort());
        List<Long> ids = found.rows().stream().map(u -> u.id).toList();
        Map<Long, Long> childCounts = units.childCounts(ids);
        Set<Long> withRegulation = withRegulationInForce(ids);
        return PageResult.of(found, window, total)
                .map(u -> UnitMapper.toResponse(u, clock.today(), childCounts.getOrDefault(u.id, 0L), withRegulation.contains(u.id)));
    }

    /** One statement (plus the caller's unit, once per request): the unit with its counts. */
    public UnitResponse get(long id) {
        Optional<String> inForce = regulations.isResolvable() ? regulations.get().inForceCondition("u.id") : Optional.empty();
        UnitRepository.UnitWithCounts found = units.findWithCounts(id, inForce)
                .filter(f -> guard.canSee(f.unit().path))
                .orElseThrow(() -> ProblemException.notFound("record.unit", id));
        boolean regulationInForce = inForce.isPresent() ? found.regulationInForce()
                : withRegulationInForce(List.of(id)).contains(id);
        return UnitMapper.toResponse(found.unit(), clock.today(), found.childCount(), regulationInForce);
    }

    public PageResult<UnitResponse> children(long id, PageRequest page) {
        findVisible(id);
        return list(new UnitFilter(null, null, id, null, null), page);
    }

    public UnitTreeNode tree(long id) {
        Unit root = findVisible(id);
        return UnitMapper.toTree(root, units.subtree(root));
    }

    /**
     * The subtree under a unit as it stood on {@code date}: the units that existed that day, with
     * the names, types and parents they had. 404 when the unit did not exist that day.
     */
    public UnitTreeNode treeOn(long id, LocalDate date) {
        Unit root = findVisible(id);
        if (!root.existsOn(date)) {
            throw ProblemException.of(404, "unit.not-on-date", root.name, date.toString());
        }
        UnitHistory.Placed rootPlaced = history.on(root, date);
        List<UnitHistory.Placed> structure = new java.util.ArrayList<>(history.structureOn(date, rootPlaced.path()));
        structure.sort(java.util.Comparator.comparingInt((UnitHistory.Placed p) -> p.path().length())
                .thenComparing(p -> p.unit().id));
        return UnitMapper.toTree(root.id, structure);
    }

    /** Where a visible unit came from and went into, oldest first. */
    public List<UnitDtos.LineageEvent> lineage(long id) {
        findVisible(id);
        return history.lineageOf(id).stream().map(row -> {
            UnitLineage event = (UnitLineage) row[0];
            Reorganisation reorganisation = (Reorganisation) row[1];
            return new UnitDtos.LineageEvent(event.kind, event.effectiveDate,
                    event.from == null ? null : UnitMapper.toRef(event.from),
                    event.to == null ? null : UnitMapper.toRef(event.to),
                    event.primary, event.reorganisationId,
                    reorganisation == null ? null : reorganisation.legalBasisNumber,
                    reorganisation == null ? null : reorganisation.legalBasisDate);
        }).toList();
    }

    /**
     * Refuses (400 naming {@code field}) a record dated on a day its unit did not exist: every
     * feature calls this on create and update with the record's own date.
     */
    public void requireExistingOn(Unit unit, LocalDate date, String field) {
        if (unit != null && date != null && !unit.existsOn(date)) {
            throw ProblemException.invalidField(field, "unit.period.outside", unit.name, date,
                    unit.validFrom == null ? "…" : unit.validFrom, unit.validTo == null ? "…" : unit.validTo);
        }
    }

    /** Refuses (400 naming {@code field}) a record of a year in which its unit did not exist on any day. */
    public void requireExistingIn(Unit unit, int year, String field) {
        if (unit != null && !unit.existsDuring(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            throw ProblemException.invalidField(field, "unit.period.outside-year", unit.name, String.valueOf(year),
                    unit.validFrom == null ? "…" : unit.validFrom, unit.validTo == null ? "…" : unit.validTo);
        }
    }

    /** As {@link #requireExistingOn(Unit, LocalDate, String)} for a unit given by id (nothing when it does not exist). */
    public void requireExistingOn(Long unitId, LocalDate date, String field) {
        if (unitId != null && date != null) {
            units.findByIdOptional(unitId).ifPresent(unit -> requireExistingOn(unit, date, field));
        }
    }

    /** As {@link #requireExistingOn(Unit, LocalDate, String)} for an instant, taken as a day of Vietnam. */
    public void requireExistingOn(Unit unit, java.time.Instant instant, String field) {
        if (instant != null) {
            requireExistingOn(unit, instant.atZone(AppClock.VIETNAM).toLocalDate(), field);
        }
    }

    /** The unit named by the caller's unit_code claim, if it exists. */
    public Optional<UnitDtos.UnitRef> callerUnit() {
        return scopes.callerUnit().map(UnitMapper::toRef);
    }

    /** A unit the caller may see, or 404: out of scope looks exactly like not existing. */
    public Unit findVisible(long id) {
        return visible(id).orElseThrow(() -> ProblemException.notFound("record.unit", id));
    }

    /** The units directly under a visible unit, by name, with how many units each has under it. */
    public Map<Unit, Long> childrenWithCounts(Unit parent) {
        List<Unit> children = units.directChildren(parent.id);
        Map<Long, Long> counts = units.childCounts(children.stream().map(u -> u.id).toList());
        Map<Unit, Long> result = new LinkedHashMap<>();
        children.forEach(child -> result.put(child, counts.getOrDefault(child.id, 0L)));
        return result;
    }

    /** The materialised path a unit had on a day (its placement that day). */
    public String pathOn(Unit unit, LocalDate date) {
        return history.on(unit, date).path();
    }

    /** The type a unit had on a day (its placement that day): what the unit could do then. */
    public UnitType typeOn(Unit unit, LocalDate date) {
        return date == null ? unit.type : history.on(unit, date).type();
    }

    /**
     * The units directly under a unit in the structure of a day (those that existed that day), by
     * name, with how many units each had under it: the rows of a report by the period's structure.
     */
    public Map<Unit, Long> childrenOn(Unit parent, LocalDate date) {
        List<UnitHistory.Placed> below = history.structureOn(date, pathOn(parent, date));
        Map<Long, Long> counts = new HashMap<>();
        below.forEach(p -> {
            if (p.parentId() != null) {
                counts.merge(p.parentId(), 1L, Long::sum);
            }
        });
        Map<Unit, Long> result = new LinkedHashMap<>();
        below.stream().filter(p -> parent.id.equals(p.parentId()))
                .sorted(java.util.Comparator.comparing(UnitHistory.Placed::name, vn.coso.common.tree.TreeBuilder.VIETNAMESE)
                        .thenComparing(p -> p.unit().id))
                .forEach(p -> result.put(p.unit(), counts.getOrDefault(p.unit().id, 0L)));
        return result;
    }

    /** Units by id, for lists computed elsewhere over a subtree the caller may see. */
    public List<Unit> byIds(Collection<Long> ids) {
        return units.findByIds(ids);
    }

    /** The province at the root of the tree: public figures are the province's. */
    public Optional<Unit> province() {
        return units.findRootProvince();
    }

    /** A province by id, whatever the caller's scope (the unit tree is public): one province's public figures. */
    public Optional<Unit> province(long id) {
        return units.findByIdOptional(id).filter(unit -> unit.type == UnitType.PROVINCE);
    }

    /** The annual review's area of a unit's subtree as it stood on a day ({@code path}: the unit's path that day). */
    public ReportAreas reportArea(String path, LocalDate day) {
        return ReportAreas.subtree(path).at(day, units.findMovedOutOf(path));
    }

    /** The breakdown of a unit's subtree by its children as it stood on a day ({@code path}: the unit's path that day). */
    public ReportAreas reportBreakdown(String path, Collection<Long> childIds, LocalDate day) {
        return ReportAreas.breakdown(path, childIds).at(day, units.findMovedOutOf(path));
    }

    /** The province a unit lies in today (itself when it is one): in a country of several provinces, not the first root. */
    public Optional<Unit> provinceOf(Unit unit) {
        return units.findProvinceOnPath(unit.path);
    }

    /** A unit the caller may see, if there is one: for records that name a unit in their body (400, not 404). */
    public Optional<Unit> visible(long id) {
        return units.findByIdOptional(id).filter(u -> guard.canSee(u.path));
    }

    /** The materialised path of any unit, for the public pages' unit filters: the unit tree is public. */
    public Optional<String> findAnyPath(long id) {
        return units.findByIdOptional(id).map(u -> u.path);
    }

    /**
     * The units with these codes, by code, whatever the caller's scope: for features that keep a
     * unit by code outside the database (staff accounts in Keycloak) and check scope themselves.
     */
    public Map<String, Unit> byCodes(Collection<String> codes) {
        Map<String, Unit> found = new HashMap<>();
        units.findByCodes(codes).forEach(u -> found.put(u.code, u));
        // A code no unit holds today names the unit that held it last (closed in a reorganisation).
        codes.stream().filter(code -> code != null && !found.containsKey(code)).distinct()
                .forEach(code -> units.findLastClosedHolder(code).ifPresent(u -> found.put(code, u)));
        return found;
    }

    /** Whether the unit has closed (merged, divided or dissolved) before today. */
    public boolean isClosed(Unit unit) {
        return unit.closedOn(clock.today());
    }

    /** The unit a closed unit's records, staff and remaining units follow (its primary successor), if any. */
    public Optional<Unit> primarySuccessor(Unit closed) {
        return units.getEntityManager().createQuery("select l.to from UnitLineage l where l.from.id = :id"
                        + " and l.primary = true and l.to is not null order by l.effectiveDate desc, l.id desc", Unit.class)
                .setParameter("id", closed.id).setMaxResults(1).getResultList().stream().findFirst();
    }

    /** Active units by name or code for anyone, signed out included: the public portal's unit picker. */
    public PageResult<UnitDtos.PublicUnit> searchPublic(String q, PageRequest page) {
        return new PageResult<>(units.searchActive(q, page.offset(), page.size()), page.page(), page.size(),
                units.countActive(q))
                .map(u -> new UnitDtos.PublicUnit(u.id, u.code, u.name, u.type, u.parent == null ? null : u.parent.name));
    }

    /** An active unit, whoever asks: what a public submission may be about. */
    public Optional<Unit> findActive(long id) {
        return units.findByIdOptional(id).filter(u -> u.active && u.existsOn(clock.today()));
    }

    @Transactional
    public UnitResponse create(UnitRequest request) {
        Unit parent = resolveParent(request.type(), request.parentId());
        checkTaxCodeAllowed(request.type(), request.taxCode());
        LocalDate validFrom = request.validFrom() == null ? clock.today() : request.validFrom();
        checkCodeFree(request.code(), validFrom, null, null);
        checkTaxCodeFree(request.taxCode(), null);
        if (parent != null && parent.validTo != null) {
            throw ProblemException.invalidField("parentId", "unit.parent.closed", parent.name, parent.validTo.toString());
        }

        Unit unit = new Unit();
        apply(unit, request);
        unit.validFrom = validFrom;
        unit.parent = parent;
        units.persistWithPath(unit);
        return toResponse(unit);
    }

    @Transactional
    public UnitResponse update(long id, UnitUpdateRequest request, Long ifMatchVersion) {
        Unit unit = findVisible(id);
        Versions.check(ProblemException.record("record.unit", unit.code), unit.version, request.version(), ifMatchVersion);
        UnitRequest fields = request.fields();
        Long currentParentId = unit.parent == null ? null : unit.parent.id;
        boolean moving = !Objects.equals(currentParentId, fields.parentId());
        if (moving && isCallersScopeRoot(unit)) {
            throw ProblemException.of(403, "forbidden", UnitRules.CANNOT_MOVE_OWN_UNIT);
        }
        Unit parent = resolveParent(fields.type(), fields.parentId());
        if (parent != null && unit.isAncestorOrSelfOf(parent)) {
            throw ProblemException.of(409, "unit.parent.cycle", UnitRules.CYCLE);
        }
        if (fields.type() != unit.type) {
            checkChildrenFit(unit, fields.type());
        }
        checkTaxCodeAllowed(fields.type(), fields.taxCode());
        LocalDate validFrom = fields.validFrom() == null ? unit.validFrom : fields.validFrom();
        if (validFrom != null && unit.validTo != null && validFrom.isAfter(unit.validTo)) {
            throw ProblemException.invalidField("validFrom", "unit.valid-from.after-valid-to", unit.validTo.toString());
        }
        checkCodeFree(fields.code(), validFrom, unit.validTo, unit.id);
        checkTaxCodeFree(fields.taxCode(), unit.id);
        if (moving && parent != null && parent.validTo != null) {
            throw ProblemException.invalidField("parentId", "unit.parent.closed", parent.name, parent.validTo.toString());
        }

        boolean replaced = moving || fields.type() != unit.type || !Texts.clean(fields.name()).equals(unit.name);
        Map<Long, UnitHistory.Placed> before = replaced ? UnitHistory.snapshot(moving ? units.subtree(unit) : List.of(unit))
                : Map.of();
        apply(unit, fields);
        unit.validFrom = validFrom;
        if (moving) {
            String oldPath = unit.path;
            String newPath = MaterializedPaths.childPath(parent == null ? null : parent.path, unit.id);
            unit.parent = parent;
            units.flush();
            units.movePaths(oldPath, newPath);
            units.getEntityManager().refresh(unit);
        }
        units.flush();
        if (replaced) {
            // A name, type or parent changed today: the structure of earlier days keeps the old ones.
            List<Unit> changed = moving ? units.subtree(unit) : List.of(unit);
            changed.forEach(units.getEntityManager()::refresh);
            history.placeFrom(clock.today(), changed, before);
        }
        return toResponse(unit);
    }

    @Transactional
    public void delete(long id) {
        Unit unit = findVisible(id);
        if (isCallersScopeRoot(unit)) {
            throw ProblemException.forbidden("unit.delete-own");
        }
        long children = units.count("parent", unit);
        if (children > 0) {
            throw ProblemException.of(409, "unit.has-children", unit.code, children);
        }
        for (UnitReferences check : references) {
            Optional<Msg> what = check.describeReferencesTo(unit.id);
            if (what.isPresent()) {
                throw ProblemException.of(409, "unit.referenced", unit.code, what.get());
            }
        }
        if (history.hasLineage(unit.id)) {
            throw ProblemException.of(409, "unit.referenced", unit.code, Msg.of("unit.references.lineage"));
        }
        history.forget(unit.id);
        units.delete(unit);
    }

    private UnitResponse toResponse(Unit unit) {
        long childCount = units.childCounts(List.of(unit.id)).getOrDefault(unit.id, 0L);
        return UnitMapper.toResponse(unit, clock.today(), childCount, withRegulationInForce(List.of(unit.id)).contains(unit.id));
    }

    private Set<Long> withRegulationInForce(List<Long> ids) {
        return regulations.isResolvable() ? regulations.get().unitsWithRegulationInForce(ids) : Set.of();
    }

    private Unit resolveParent(UnitType type, Long parentId) {
        UnitRules.parentPresenceProblem(type, parentId != null).ifPresent(problem -> {
            throw ProblemException.invalidField("parentId", problem);
        });
        if (type.isRoot()) {
            if (!user.isAdmin()) {
                throw ProblemException.of(403, "forbidden", UnitRules.PROVINCE_FOR_ADMINS_ONLY);
            }
            return null;
        }
        Unit parent = units.findByIdOptional(parentId)
                .filter(p -> scopes.current().contains(p.path))
                .orElseThrow(() -> ProblemException.invalidField("parentId", "record.unit-in-scope", String.valueOf(parentId)));
        UnitRules.placementProblem(type, parent.type).ifPresent(problem -> {
            throw ProblemException.invalidField("parentId", problem);
        });
        return parent;
    }

    private void checkChildrenFit(Unit unit, UnitType newType) {
        List<UnitType> childTypes = units.getEntityManager()
                .createQuery("select distinct u.type from Unit u where u.parent = :unit", UnitType.class)
                .setParameter("unit", unit)
                .getResultList();
        UnitRules.childrenProblem(unit.code, newType, childTypes).ifPresent(problem -> {
            throw ProblemException.of(409, "unit.type.children-incompatible", problem);
        });
    }

    private static void checkTaxCodeAllowed(UnitType type, String taxCode) {
        UnitRules.taxCodeProblem(type, taxCode).ifPresent(problem -> {
            throw ProblemException.invalidField("taxCode", problem);
        });
    }

    /** A code names at most one unit on any day: no other unit may hold it on a day of [from, to]. */
    private void checkCodeFree(String code, LocalDate from, LocalDate to, Long exceptId) {
        units.codeHoldersOverlapping(code.trim(), from, to, exceptId).stream().findFirst()
                .ifPresent(other -> {
                    if (!scopes.current().contains(other.path)) {
                        // No more than a not-found would say: neither its name nor where it is.
                        throw ProblemException.of(409, "unit.code.duplicate", Msg.of("scope.value.taken", code.trim()));
                    }
                    throw ProblemException.of(409, "unit.code.duplicate", code.trim(), other.name);
                });
    }

    private void checkTaxCodeFree(String taxCode, Long exceptId) {
        if (taxCode == null) {
            return;
        }
        units.findByTaxCode(taxCode)
                .filter(other -> !other.id.equals(exceptId))
                .ifPresent(other -> {
                    if (!scopes.current().contains(other.path)) {
                        throw ProblemException.of(409, "unit.tax-code.duplicate", Msg.of("scope.value.taken", taxCode));
                    }
                    throw ProblemException.of(409, "unit.tax-code.duplicate", taxCode, other.name);
                });
    }

    private boolean isCallersScopeRoot(Unit unit) {
        Scope scope = scopes.current();
        return !scope.everything() && unit.id.equals(scope.rootUnitId());
    }

    private static void apply(Unit unit, UnitRequest request) {
        unit.code = request.code().trim();
        unit.name = Texts.clean(request.name());
        unit.type = request.type();
        unit.taxCode = request.taxCode();
        unit.address = Texts.clean(request.address());
        unit.headCount = request.headCount();
        unit.active = request.active() == null || request.active();
    }
}

package vn.coso.reorganisations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.events.DomainEvents;
import vn.coso.common.events.EventTypes;
import vn.coso.common.errors.ProblemException.FieldMessage;
import vn.coso.common.i18n.Msg;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.tree.MaterializedPaths;
import vn.coso.common.web.Texts;
import vn.coso.reorganisations.ReorganisationDtos.AffectedAccount;
import vn.coso.reorganisations.ReorganisationDtos.ChangedUnit;
import vn.coso.reorganisations.ReorganisationDtos.ClosedUnit;
import vn.coso.reorganisations.ReorganisationDtos.CreatedUnit;
import vn.coso.reorganisations.ReorganisationDtos.MovedUnit;
import vn.coso.reorganisations.ReorganisationDtos.NewUnit;
import vn.coso.reorganisations.ReorganisationDtos.Plan;
import vn.coso.reorganisations.ReorganisationDtos.Preview;
import vn.coso.units.LineageKind;
import vn.coso.units.Reorganisation;
import vn.coso.units.Unit;
import vn.coso.units.UnitAccounts;
import vn.coso.units.UnitHistory;
import vn.coso.units.UnitRepository;
import vn.coso.units.UnitSuccession;
import vn.coso.units.UnitType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reorganisations of the unit tree as one operation: a plan is validated whole (every affected old
 * unit accounted for, codes unique on every date, types fit parents, no cycles), previewed, and
 * applied atomically. Old units close on the day before the effective date and are kept with their
 * records, placed from then on under their primary successor, so that the successor's subtree holds
 * them (scope and "today's structure" reports follow the lineage through the path).
 */
@ApplicationScoped
public class ReorganisationService {

    private static final Logger LOG = Logger.getLogger(ReorganisationService.class);

    /** Tables whose records name a unit, for the preview's counts (records stay on their unit). */
    private static final List<String> RECORD_COLUMNS = List.of(
            "feedback.unit_id", "training.organizer_unit_id", "conference.unit_id", "document.issuer_unit_id",
            "inspection.scope_unit_id", "consultation.unit_id", "regulation.unit_id", "party_organization.unit_id");

    private final UnitRepository units;
    private final UnitHistory history;
    private final Instance<UnitAccounts> staffAccounts;
    private final CurrentUser user;
    private final ObjectMapper json;
    private final DomainEvents events;
    private final Instance<UnitSuccession> successions;

    public ReorganisationService(UnitRepository units, UnitHistory history, Instance<UnitAccounts> accounts,
                                 CurrentUser user, ObjectMapper json, DomainEvents events,
                                 Instance<UnitSuccession> successions) {
        this.events = events;
        this.successions = successions;
        this.units = units;
        this.history = history;
        this.staffAccounts = accounts;
        this.user = user;
        this.json = json;
    }

    /** What the plan would do; writes nothing. 400 naming every faulty row. */
    @Transactional
    public Preview preview(Plan plan) {
        Analysis analysis = analyse(plan);
        return analysis.preview(false, null, Map.of()).withFollowing(analysis.followingPreview());
    }

    /**
     * Applies the plan at once, or nothing (400 naming the rows; 409 when scope changes are not confirmed). A
     * province's reform (the 2025 plan: 183 units closed, their villages moved, some 1,800 party organisations
     * following them) is one transaction of minutes on a loaded machine, hence its own timeout.
     */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public Preview apply(Plan plan) {
        Analysis analysis = analyse(plan);
        if (!analysis.accounts.isEmpty() && !Boolean.TRUE.equals(plan.confirmScopeChanges())) {
            throw ProblemException.of(409, "reorganisation.scope-changes-unconfirmed",
                    String.valueOf(analysis.accounts.size()));
        }
        Preview applied = analysis.write();
        fireEvents(applied);
        return applied;
    }

    /**
     * unit.reorganised, one per unit the plan created, closed, moved, renamed or re-typed, placed where the unit
     * stands now (a closed unit under its successor), so that a subscription of either side's subtree hears of it.
     */
    private void fireEvents(Preview applied) {
        for (CreatedUnit c : applied.created()) {
            fireUnit(applied, c.id(), "ESTABLISHED", Map.of("parentCode", c.parentCode(), "mergedFrom", c.mergedFrom()));
        }
        for (ClosedUnit c : applied.closed()) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("primarySuccessorCode", c.primarySuccessorCode());
            extra.put("successorCodes", c.successorCodes());
            fireUnit(applied, c.id(), c.kind().name(), extra);
        }
        for (MovedUnit m : applied.moved()) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("fromParentCode", m.fromParentCode());
            extra.put("toParentCode", m.toParentCode());
            fireUnit(applied, m.id(), LineageKind.MOVED.name(), extra);
        }
        for (ChangedUnit c : applied.changed()) {
            fireUnit(applied, c.id(), !Objects.equals(c.oldName(), c.newName()) ? LineageKind.RENAMED.name()
                    : LineageKind.RETYPED.name(), Map.of());
        }
    }

    private void fireUnit(Preview applied, Long unitId, String change, Map<String, Object> extra) {
        Unit unit = unitId == null ? null : units.findById(unitId);
        if (unit == null) {
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reorganisationId", applied.reorganisationId());
        data.put("effectiveDate", applied.effectiveDate());
        data.put("unitId", unit.id);
        data.put("unitCode", unit.code);
        data.put("unitType", unit.type.name());
        data.put("change", change);
        data.put("active", unit.validTo == null);
        data.putAll(extra);
        events.fire(EventTypes.UNIT_REORGANISED, unit.id, unit.id, unit.path, data);
    }

    public PageResult<ReorganisationDtos.Summary> list(PageRequest page) {
        EntityManager em = units.getEntityManager();
        List<Reorganisation> found = em.createQuery("select r from Reorganisation r order by r.effectiveDate desc, r.id desc",
                        Reorganisation.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(r) from Reorganisation r", Long.class).getSingleResult();
        return new PageResult<>(found, page.page(), page.size(), total)
                .map(r -> new ReorganisationDtos.Summary(r.id, r.effectiveDate, r.legalBasisNumber, r.legalBasisDate,
                        r.title, r.appliedBy, r.appliedAt));
    }

    private Analysis analyse(Plan plan) {
        Analysis analysis = new Analysis(plan);
        analysis.run();
        if (!analysis.errors.isEmpty()) {
            throw ProblemException.invalidFields(analysis.errors);
        }
        return analysis;
    }

    /** A unit in the plan's resulting tree: an existing unit or a new one (by its code). */
    private record Node(Unit existing, NewUnit created) {
        String code() {
            return existing != null ? existing.code : created.code();
        }

        String key() {
            return existing != null ? "id:" + existing.id : "new:" + created.code();
        }
    }

    private final class Analysis {
        final Plan plan;
        final LocalDate effective;
        final LocalDate dayBefore;
        final List<FieldMessage> errors = new ArrayList<>();
        final Map<String, Unit> oldByCode = new HashMap<>();
        final Map<String, NewUnit> newByCode = new LinkedHashMap<>();
        /** Closing units (by id) and the codes of their successors, in the plan's order. */
        final Map<Long, LinkedHashSet<String>> successors = new LinkedHashMap<>();
        final Map<Long, Unit> closing = new LinkedHashMap<>();
        final Map<Long, String> primary = new HashMap<>();
        final Map<Long, LineageKind> closingKind = new HashMap<>();
        /** Units that live on under another parent: unit id → destination code. */
        final Map<Long, String> moves = new LinkedHashMap<>();
        final Set<Long> movedByDefault = new HashSet<>();
        final Map<Long, ReorganisationDtos.Change> changes = new LinkedHashMap<>();
        final List<AffectedAccount> accounts = new ArrayList<>();

        Analysis(Plan plan) {
            this.plan = plan;
            this.effective = plan.effectiveDate();
            this.dayBefore = effective.minusDays(1);
        }

        void error(String field, String key, Object... args) {
            errors.add(new FieldMessage(field, Msg.of(key, args)));
        }

        Unit old(String code, String field) {
            if (code == null) {
                return null;
            }
            Unit unit = oldByCode.computeIfAbsent(code.trim(), c -> units.findByCodeOn(c, dayBefore).orElse(null));
            if (unit == null) {
                error(field, "reorganisation.unit.unknown", code, dayBefore.toString());
            }
            return unit;
        }

        /** A unit of the resulting tree: a new unit of the plan, or an old unit that lives on. */
        Node target(String code, String field) {
            if (code == null) {
                return null;
            }
            NewUnit created = newByCode.get(code.trim());
            if (created != null) {
                return new Node(null, created);
            }
            Unit unit = old(code, field);
            if (unit == null) {
                return null;
            }
            if (closing.containsKey(unit.id)) {
                error(field, "reorganisation.target.closing", code);
                return null;
            }
            return new Node(unit, null);
        }

        UnitType typeOf(Node node) {
            if (node.created != null) {
                return node.created.type();
            }
            ReorganisationDtos.Change change = changes.get(node.existing.id);
            return change != null && change.type() != null ? change.type() : node.existing.type;
        }

        void run() {
            List<NewUnit> newUnits = plan.newUnitsOrEmpty();
            // 1. New units and what they are formed from.
            for (int i = 0; i < newUnits.size(); i++) {
                NewUnit unit = newUnits.get(i);
                if (newByCode.putIfAbsent(unit.code().trim(), unit) != null) {
                    error("newUnits[" + i + "].code", "reorganisation.code.twice", unit.code());
                }
            }
            for (int i = 0; i < newUnits.size(); i++) {
                List<String> from = newUnits.get(i).mergedFrom() == null ? List.of() : newUnits.get(i).mergedFrom();
                for (int j = 0; j < from.size(); j++) {
                    Unit old = old(from.get(j), "newUnits[" + i + "].mergedFrom[" + j + "]");
                    if (old != null) {
                        close(old, newUnits.get(i).code().trim());
                    }
                }
            }
            List<ReorganisationDtos.Merge> merges = plan.mergesOrEmpty();
            for (int i = 0; i < merges.size(); i++) {
                Unit old = old(merges.get(i).code(), "merges[" + i + "].code");
                if (old != null) {
                    close(old, merges.get(i).intoCode().trim());
                }
            }
            List<ReorganisationDtos.Dissolution> dissolutions = plan.dissolutionsOrEmpty();
            for (int i = 0; i < dissolutions.size(); i++) {
                Unit old = old(dissolutions.get(i).code(), "dissolutions[" + i + "].code");
                if (old == null) {
                    continue;
                }
                if (closing.containsKey(old.id)) {
                    error("dissolutions[" + i + "].code", "reorganisation.closed-twice", old.code);
                    continue;
                }
                closing.put(old.id, old);
                closingKind.put(old.id, LineageKind.DISSOLVED);
                successors.put(old.id, new LinkedHashSet<>());
                String successor = dissolutions.get(i).successorCode();
                if (successor != null && !successor.isBlank()) {
                    successors.get(old.id).add(successor.trim());
                    primary.put(old.id, successor.trim());
                }
            }
            // 2. Primary successors of divided units; successors must be units of the resulting tree.
            successors.forEach((id, codes) -> {
                Unit old = closing.get(id);
                if (closingKind.get(id) == LineageKind.DISSOLVED) {
                    codes.forEach(c -> target(c, "dissolutions[" + old.code + "].successorCode"));
                    return;
                }
                codes.forEach(c -> {
                    if (!newByCode.containsKey(c)) {
                        target(c, "merges[" + old.code + "].intoCode");
                    }
                });
                if (codes.size() == 1) {
                    primary.put(id, codes.iterator().next());
                    closingKind.put(id, LineageKind.MERGED_INTO);
                } else {
                    closingKind.put(id, LineageKind.DIVIDED_INTO);
                    String chosen = plan.primarySuccessorsOrEmpty().get(old.code);
                    if (chosen == null || !codes.contains(chosen.trim())) {
                        error("primarySuccessors." + old.code, "reorganisation.primary.missing", old.code,
                                String.join(", ", codes));
                    } else {
                        primary.put(id, chosen.trim());
                    }
                }
            });
            // 3. Renames and re-types of units that live on.
            List<ReorganisationDtos.Change> changeRows = plan.changesOrEmpty();
            for (int i = 0; i < changeRows.size(); i++) {
                Unit unit = old(changeRows.get(i).code(), "changes[" + i + "].code");
                if (unit == null) {
                    continue;
                }
                if (closing.containsKey(unit.id)) {
                    error("changes[" + i + "].code", "reorganisation.target.closing", unit.code);
                } else {
                    changes.put(unit.id, changeRows.get(i));
                }
            }
            // 4. New units: codes free on every date from the effective date, parents that fit.
            for (int i = 0; i < newUnits.size(); i++) {
                NewUnit unit = newUnits.get(i);
                String field = "newUnits[" + i + "]";
                units.codeHoldersOverlapping(unit.code().trim(), effective, null, null).stream()
                        .filter(holder -> !closing.containsKey(holder.id))
                        .findFirst()
                        .ifPresent(holder -> error(field + ".code", "reorganisation.code.taken", unit.code(), holder.name));
                if (unit.type() == UnitType.PROVINCE) {
                    error(field + ".type", "reorganisation.type.province");
                    continue;
                }
                Node parent = target(unit.parentCode(), field + ".parentCode");
                if (parent != null && !unit.type().allowedParents().contains(typeOf(parent))) {
                    error(field + ".parentCode", "reorganisation.type.misfit", unit.type().name(), typeOf(parent).name());
                }
            }
            // 5. Explicit moves.
            List<ReorganisationDtos.Move> moveRows = plan.movesOrEmpty();
            for (int i = 0; i < moveRows.size(); i++) {
                Unit unit = old(moveRows.get(i).code(), "moves[" + i + "].code");
                Node parent = target(moveRows.get(i).parentCode(), "moves[" + i + "].parentCode");
                if (unit == null || parent == null) {
                    continue;
                }
                if (closing.containsKey(unit.id)) {
                    error("moves[" + i + "].code", "reorganisation.target.closing", unit.code);
                    continue;
                }
                if (!typeAfter(unit).allowedParents().contains(typeOf(parent))) {
                    error("moves[" + i + "].parentCode", "reorganisation.type.misfit", typeAfter(unit).name(),
                            typeOf(parent).name());
                }
                moves.put(unit.id, parent.code());
            }
            // 6. Every unit under a closing unit goes somewhere: its own closing, a move, a destination
            //    or (villages, agencies, enterprises…) the closing unit's primary successor or the province.
            Map<String, String> destinations = new HashMap<>(plan.destinationsOrEmpty());
            for (Unit old : closing.values()) {
                for (Unit child : units.directChildren(old.id)) {
                    if (!child.existsOn(dayBefore) || closing.containsKey(child.id) || moves.containsKey(child.id)) {
                        destinations.remove(child.code);
                        continue;
                    }
                    String destination = destinations.remove(child.code);
                    boolean byDefault = destination == null;
                    if (byDefault) {
                        if (child.type == UnitType.DISTRICT || child.type == UnitType.COMMUNE) {
                            error("units." + child.code, "reorganisation.unit.unaccounted", child.code, child.name, old.name);
                            continue;
                        }
                        destination = primary.get(old.id);
                        if (destination == null) {
                            // A dissolution without successor: its units go to its own province.
                            Unit root = units.findById(MaterializedPaths.idsOf(old.path).get(0));
                            destination = root == null ? null : root.code;
                        }
                    }
                    Node parent = target(destination, "destinations." + child.code);
                    if (parent == null) {
                        continue;
                    }
                    if (!typeAfter(child).allowedParents().contains(typeOf(parent))) {
                        error("destinations." + child.code, "reorganisation.type.misfit", typeAfter(child).name(),
                                typeOf(parent).name());
                    }
                    moves.put(child.id, parent.code());
                    if (byDefault) {
                        movedByDefault.add(child.id);
                    }
                }
            }
            destinations.keySet().forEach(code ->
                    error("destinations." + code, "reorganisation.destination.not-under-closing", code));
            // 7. Re-types must fit the parent and the units that stay under them.
            changes.forEach((id, change) -> {
                if (change.type() == null) {
                    return;
                }
                Unit unit = closingOrOld(id);
                if (unit.parent != null && !moves.containsKey(id)
                        && !change.type().allowedParents().contains(typeAfter(unit.parent))) {
                    error("changes." + unit.code, "reorganisation.type.misfit", change.type().name(), typeAfter(unit.parent).name());
                }
            });
            // 8. No cycles: walking up from every moved unit and new unit must reach a root.
            checkCycles();
            if (errors.isEmpty()) {
                findAccounts();
            }
        }

        private Unit closingOrOld(long id) {
            return oldByCode.values().stream().filter(u -> u != null && u.id == id).findFirst()
                    .orElseGet(() -> units.findById(id));
        }

        UnitType typeAfter(Unit unit) {
            ReorganisationDtos.Change change = changes.get(unit.id);
            return change != null && change.type() != null ? change.type() : unit.type;
        }

        void close(Unit old, String successorCode) {
            if (closingKind.get(old.id) == LineageKind.DISSOLVED) {
                error("merges." + old.code, "reorganisation.closed-twice", old.code);
                return;
            }
            closing.put(old.id, old);
            successors.computeIfAbsent(old.id, id -> new LinkedHashSet<>()).add(successorCode);
        }

        /** The parent key of a node in the resulting tree. */
        private String parentKey(Node node) {
            if (node.created != null) {
                Node parent = resolveQuietly(node.created.parentCode());
                return parent == null ? null : parent.key();
            }
            String moved = moves.get(node.existing.id);
            if (moved != null) {
                Node parent = resolveQuietly(moved);
                return parent == null ? null : parent.key();
            }
            return node.existing.parent == null ? null : "id:" + node.existing.parent.id;
        }

        private Node resolveQuietly(String code) {
            NewUnit created = newByCode.get(code);
            if (created != null) {
                return new Node(null, created);
            }
            Unit unit = oldByCode.get(code);
            return unit == null ? null : new Node(unit, null);
        }

        private void checkCycles() {
            List<Node> starts = new ArrayList<>();
            newByCode.values().forEach(n -> starts.add(new Node(null, n)));
            moves.keySet().forEach(id -> starts.add(new Node(closingOrOld(id), null)));
            Map<String, Node> nodes = new HashMap<>();
            starts.forEach(n -> nodes.put(n.key(), n));
            for (Node start : starts) {
                Set<String> seen = new HashSet<>();
                Node node = start;
                while (node != null) {
                    if (!seen.add(node.key())) {
                        error("moves." + start.code(), "reorganisation.cycle", start.code());
                        break;
                    }
                    String up = parentKey(node);
                    if (up == null) {
                        break;
                    }
                    Node next = nodes.get(up);
                    if (next == null && up.startsWith("id:")) {
                        Unit unit = units.findById(Long.parseLong(up.substring(3)));
                        next = unit == null ? null : new Node(unit, null);
                    }
                    node = next;
                }
            }
        }

        private void findAccounts() {
            if (!staffAccounts.isResolvable()) {
                return;
            }
            Map<String, List<String>> byCode;
            try {
                byCode = staffAccounts.get().usernamesByUnitCode();
            } catch (RuntimeException e) {
                LOG.warnf("staff accounts could not be read for the reorganisation preview: %s", e.getMessage());
                return;
            }
            for (Unit old : closing.values()) {
                for (String username : byCode.getOrDefault(old.code, List.of())) {
                    boolean taken = newByCode.containsKey(old.code);
                    accounts.add(new AffectedAccount(username, old.code,
                            taken ? "CODE_TAKEN_OVER" : "CODE_NO_LONGER_HELD", taken ? old.code : primary.get(old.id)));
                }
            }
        }

        Map<Long, Long> recordCounts() {
            Map<Long, Long> counts = new HashMap<>();
            if (closing.isEmpty()) {
                return counts;
            }
            for (String column : RECORD_COLUMNS) {
                String table = column.substring(0, column.indexOf('.'));
                String unitColumn = column.substring(column.indexOf('.') + 1);
                @SuppressWarnings("unchecked")
                List<Object[]> rows = units.getEntityManager().createNativeQuery("SELECT " + unitColumn + ", COUNT(*) FROM "
                                + table + " WHERE " + unitColumn + " IN (:ids) GROUP BY " + unitColumn)
                        .setParameter("ids", closing.keySet())
                        .getResultList();
                rows.forEach(row -> counts.merge(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), Long::sum));
            }
            return counts;
        }

        Preview preview(boolean applied, Long reorganisationId, Map<String, Long> createdIds) {
            Map<Long, Long> records = recordCounts();
            Map<String, List<String>> accountsByCode = new HashMap<>();
            accounts.forEach(a -> accountsByCode.computeIfAbsent(a.unitCode(), c -> new ArrayList<>()).add(a.username()));
            List<CreatedUnit> created = newByCode.values().stream()
                    .map(n -> new CreatedUnit(createdIds.get(n.code()), n.code(), n.name(), n.type(), n.parentCode(),
                            n.mergedFrom() == null ? List.of() : n.mergedFrom()))
                    .toList();
            List<ClosedUnit> closed = closing.values().stream()
                    .map(u -> new ClosedUnit(u.id, u.code, u.name, u.type, closingKind.get(u.id), primary.get(u.id),
                            List.copyOf(successors.get(u.id)), records.getOrDefault(u.id, 0L),
                            accountsByCode.getOrDefault(u.code, List.of())))
                    .toList();
            List<MovedUnit> moved = moves.entrySet().stream().map(e -> {
                Unit unit = closingOrOld(e.getKey());
                return new MovedUnit(unit.id, unit.code, unit.name, unit.type,
                        unit.parent == null ? null : unit.parent.code, e.getValue(), movedByDefault.contains(unit.id));
            }).toList();
            List<ChangedUnit> changed = changes.entrySet().stream().map(e -> {
                Unit unit = closingOrOld(e.getKey());
                ReorganisationDtos.Change c = e.getValue();
                return new ChangedUnit(unit.id, unit.code, unit.name, c.name() == null ? unit.name : Texts.clean(c.name()),
                        unit.type, c.type() == null ? unit.type : c.type());
            }).toList();
            return new Preview(applied, reorganisationId, effective, created, closed, moved, changed, List.copyOf(accounts),
                    List.of());
        }

        Preview write() {
            // What the preview says must be read before the tree changes.
            Map<Long, Long> records = recordCounts();
            List<MovedUnit> movedBefore = preview(false, null, Map.of()).moved();
            List<ChangedUnit> changedBefore = preview(false, null, Map.of()).changed();
            EntityManager em = units.getEntityManager();
            Reorganisation reorganisation = new Reorganisation();
            reorganisation.effectiveDate = effective;
            reorganisation.legalBasisNumber = Texts.clean(plan.legalBasisNumber());
            reorganisation.legalBasisDate = plan.legalBasisDate();
            reorganisation.title = Texts.clean(plan.title());
            reorganisation.appliedBy = user.username();
            reorganisation.appliedAt = Instant.now();
            try {
                reorganisation.planJson = json.writeValueAsString(plan);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            em.persist(reorganisation);
            Long rid = reorganisation.id;

            // The units whose placement may change, as they stand before.
            Map<Long, Unit> affected = new LinkedHashMap<>();
            for (Unit unit : closing.values()) {
                units.subtree(unit).forEach(u -> affected.put(u.id, u));
            }
            for (Long id : moves.keySet()) {
                units.subtree(units.findById(id)).forEach(u -> affected.put(u.id, u));
            }
            changes.keySet().forEach(id -> affected.put(id, units.findById(id)));
            Map<Long, UnitHistory.Placed> before = UnitHistory.snapshot(affected.values());

            // Renames and re-types.
            changes.forEach((id, change) -> {
                Unit unit = units.findById(id);
                if (change.name() != null && !Texts.clean(change.name()).equals(unit.name)) {
                    unit.name = Texts.clean(change.name());
                    history.lineage(rid, unit, unit, LineageKind.RENAMED, false, effective);
                }
                if (change.type() != null && change.type() != unit.type) {
                    unit.type = change.type();
                    history.lineage(rid, unit, unit, LineageKind.RETYPED, false, effective);
                }
            });

            // New units, parents first.
            Map<String, Unit> createdByCode = new LinkedHashMap<>();
            List<NewUnit> pending = new ArrayList<>(newByCode.values());
            while (!pending.isEmpty()) {
                int before0 = pending.size();
                for (var it = pending.iterator(); it.hasNext(); ) {
                    NewUnit n = it.next();
                    Unit parent = createdByCode.get(n.parentCode().trim());
                    if (parent == null && !newByCode.containsKey(n.parentCode().trim())) {
                        parent = oldByCode.get(n.parentCode().trim());
                    }
                    if (parent == null) {
                        continue;
                    }
                    Unit unit = new Unit();
                    unit.code = n.code().trim();
                    unit.name = Texts.clean(n.name());
                    unit.type = n.type();
                    unit.parent = parent;
                    unit.validFrom = effective;
                    units.persistWithPath(unit);
                    createdByCode.put(unit.code, unit);
                    if (n.mergedFrom() == null || n.mergedFrom().isEmpty()) {
                        history.lineage(rid, null, unit, LineageKind.ESTABLISHED, false, effective);
                    }
                    it.remove();
                }
                if (pending.size() == before0) {
                    throw new IllegalStateException("new units whose parents cannot be created: " + pending);
                }
            }

            // Closing: the unit keeps its records; its period ends the day before.
            for (Unit old : closing.values()) {
                old.validTo = dayBefore;
                LineageKind kind = closingKind.get(old.id);
                Set<String> to = successors.get(old.id);
                if (to.isEmpty()) {
                    history.lineage(rid, old, null, kind, false, effective);
                }
                for (String code : to) {
                    history.lineage(rid, old, resolve(code, createdByCode), kind, code.equals(primary.get(old.id)), effective);
                }
            }
            em.flush();

            // Units that live on under another parent, then closed units under their primary successor.
            moves.forEach((id, code) -> {
                Unit unit = units.findById(id);
                moveUnder(unit, resolve(code, createdByCode));
                history.lineage(rid, unit, unit, LineageKind.MOVED, false, effective);
            });
            closing.values().stream()
                    .sorted(Comparator.comparingInt((Unit u) -> -u.path.length()))
                    .forEach(old -> {
                        String successor = primary.get(old.id);
                        if (successor != null) {
                            moveUnder(units.findById(old.id), resolve(successor, createdByCode));
                        }
                    });
            em.flush();

            // Placements: earlier days keep the structure as it was.
            List<Unit> changed = new ArrayList<>();
            for (Unit unit : affected.values()) {
                em.refresh(unit);
                UnitHistory.Placed was = before.get(unit.id);
                Long parentId = unit.parent == null ? null : unit.parent.id;
                if (!Objects.equals(was.path(), unit.path) || !Objects.equals(was.name(), unit.name)
                        || was.type() != unit.type || !Objects.equals(was.parentId(), parentId)) {
                    changed.add(unit);
                }
            }
            history.placeFrom(effective, changed, before);

            // Records that follow their closing unit (party organisations), with their history.
            List<ReorganisationDtos.FollowingRecord> following = new ArrayList<>();
            List<UnitSuccession.Closing> closings = closings(createdByCode);
            for (UnitSuccession succession : successions) {
                succession.apply(closings, rid, effective).forEach(c -> following.add(following(c)));
            }

            Map<String, Long> ids = new HashMap<>();
            createdByCode.forEach((code, unit) -> ids.put(code, unit.id));
            Preview after = preview(true, rid, ids);
            List<ClosedUnit> closedWithCounts = after.closed().stream()
                    .map(c -> new ClosedUnit(c.id(), c.code(), c.name(), c.type(), c.kind(), c.primarySuccessorCode(),
                            c.successorCodes(), records.getOrDefault(c.id(), 0L), c.accounts()))
                    .toList();
            return new Preview(true, rid, effective, after.created(), closedWithCounts, movedBefore, changedBefore,
                    after.accounts(), following);
        }

        /** The closing units with their primary successors (ids of new ones only once they are created). */
        List<UnitSuccession.Closing> closings(Map<String, Unit> createdByCode) {
            List<UnitSuccession.Closing> result = new ArrayList<>();
            for (Unit old : closing.values()) {
                String successor = primary.get(old.id);
                Long successorId = null;
                String successorName = null;
                if (successor != null) {
                    NewUnit created = newByCode.get(successor);
                    if (created != null) {
                        Unit made = createdByCode.get(successor);
                        successorId = made == null ? null : made.id;
                        successorName = Texts.clean(created.name());
                    } else {
                        Unit live = oldByCode.get(successor);
                        if (live != null) {
                            successorId = live.id;
                            ReorganisationDtos.Change change = changes.get(live.id);
                            successorName = change != null && change.name() != null ? Texts.clean(change.name()) : live.name;
                        }
                    }
                }
                result.add(new UnitSuccession.Closing(old.id, old.code, old.name, closingKind.get(old.id), successor,
                        successorName, successorId));
            }
            return result;
        }

        List<ReorganisationDtos.FollowingRecord> followingPreview() {
            List<ReorganisationDtos.FollowingRecord> result = new ArrayList<>();
            List<UnitSuccession.Closing> closings = closings(Map.of());
            for (UnitSuccession succession : successions) {
                succession.preview(closings, effective).forEach(c -> result.add(following(c)));
            }
            return result;
        }

        private ReorganisationDtos.FollowingRecord following(UnitSuccession.Change c) {
            return new ReorganisationDtos.FollowingRecord(c.recordType(), c.id(), c.code(), c.name(), c.action(),
                    c.fromUnitCode(), c.toUnitCode(), c.fromParentCode(), c.toParentCode(), c.intoCode());
        }

        private Unit resolve(String code, Map<String, Unit> created) {
            Unit unit = created.get(code);
            return unit != null ? unit : oldByCode.get(code);
        }

        private void moveUnder(Unit unit, Unit parent) {
            EntityManager em = units.getEntityManager();
            em.refresh(unit);
            em.refresh(parent);
            String oldPath = unit.path;
            String newPath = MaterializedPaths.childPath(parent.path, unit.id);
            unit.parent = parent;
            em.flush();
            if (!oldPath.equals(newPath)) {
                units.movePaths(oldPath, newPath);
            }
            em.refresh(unit);
        }
    }
}

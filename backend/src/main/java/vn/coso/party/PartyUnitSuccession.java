package vn.coso.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.hibernate.Session;
import jakarta.transaction.Transactional;
import vn.coso.common.history.HistoryService;
import vn.coso.common.tree.MaterializedPaths;
import vn.coso.units.LineageKind;
import vn.coso.units.Unit;
import vn.coso.units.UnitSuccession;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The party organisations of units a reorganisation closes. The head organisation of a merged (or divided)
 * unit is merged into its primary successor's organisation of the same level — an existing one, or one the
 * reorganisation creates for a new successor, named after it and placed where the first predecessor's stood
 * (the predecessor whose code the successor took comes first). The head organisation of a dissolved unit is
 * dissolved. Their children and members go to the organisation that takes them; an organisation whose parent
 * closes goes under that parent's replacement. Organisations keep the unit they belong to (a training organised
 * by one in 2024 stays in 2024's figures); merged and dissolved ones become inactive. Each change is recorded in
 * the organisation's history (entity type {@value #HISTORY_TYPE}).
 */
@ApplicationScoped
public class PartyUnitSuccession implements UnitSuccession {

    public static final String HISTORY_TYPE = "party-organization";
    static final String RECORD_TYPE = "party-organization";

    private final PartyOrganizationRepository organizations;
    private final HistoryService history;

    public PartyUnitSuccession(PartyOrganizationRepository organizations, HistoryService history) {
        this.organizations = organizations;
        this.history = history;
    }

    @Override
    public List<Change> preview(List<Closing> closing, LocalDate effectiveDate) {
        return new Plan(closing, effectiveDate).run().changes();
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Change> apply(List<Closing> closing, long reorganisationId, LocalDate effectiveDate) {
        Plan plan = new Plan(closing, effectiveDate).run();
        plan.write(reorganisationId, effectiveDate);
        return plan.changes();
    }

    /** An organisation of the resulting party tree: an existing one, or one the reorganisation creates. */
    private static final class Target {
        PartyOrganization existing;
        PartyOrganization created;
        String code;
        String name;
        PartyOrganizationLevel level;
        PartyOrganizationForm form;
        String unitCode;
        Long unitId;
        Target parent;
        PartyOrganization model;

        static Target of(PartyOrganization organization) {
            Target t = new Target();
            t.existing = organization;
            t.code = organization.code;
            t.unitCode = organization.unit.code;
            return t;
        }

        PartyOrganization entity() {
            return existing != null ? existing : created;
        }
    }

    private final class Plan {
        final List<Closing> closing;
        final Map<Long, Closing> byUnit = new LinkedHashMap<>();
        /** Organisations that close: id → what takes their members and children (null: their parent's replacement). */
        final Map<Long, Target> mergedInto = new LinkedHashMap<>();
        final Set<Long> dissolved = new HashSet<>();
        final Map<Long, PartyOrganization> retired = new LinkedHashMap<>();
        final List<Target> createdTargets = new ArrayList<>();
        /** Organisations that stay but go under another parent: id → new parent. */
        final Map<Long, Target> reparented = new LinkedHashMap<>();
        final Map<Long, PartyOrganization> reparentedOrgs = new LinkedHashMap<>();

        final LocalDate effectiveDate;

        Plan(List<Closing> closing, LocalDate effectiveDate) {
            this.closing = closing;
            this.effectiveDate = effectiveDate;
            closing.forEach(c -> byUnit.put(c.unitId(), c));
        }

        Plan run() {
            if (byUnit.isEmpty()) {
                return this;
            }
            EntityManager em = organizations.getEntityManager();
            List<PartyOrganization> attached = em.createQuery("select o from PartyOrganization o join fetch o.unit"
                            + " left join fetch o.parent p left join fetch p.unit where o.active = true and o.unit.id in :ids"
                            + " order by length(o.path), o.id", PartyOrganization.class)
                    .setParameter("ids", byUnit.keySet()).getResultList();
            List<PartyOrganization> heads = attached.stream()
                    .filter(o -> o.parent == null || !Objects.equals(o.parent.unit.id, o.unit.id)).toList();
            if (heads.isEmpty()) {
                return this;
            }
            // Organisations already heading the successors that live on, to be merged into.
            Set<Long> successorIds = new HashSet<>();
            closing.forEach(c -> {
                if (c.successorUnitId() != null && !byUnit.containsKey(c.successorUnitId())) {
                    successorIds.add(c.successorUnitId());
                }
            });
            Map<String, PartyOrganization> successorHeads = new HashMap<>();
            if (!successorIds.isEmpty()) {
                em.createQuery("select o from PartyOrganization o join fetch o.unit u left join fetch o.parent p"
                                + " left join fetch p.unit where o.active = true and u.id in :ids order by o.id",
                                PartyOrganization.class)
                        .setParameter("ids", successorIds).getResultList().stream()
                        .filter(o -> o.parent == null || !Objects.equals(o.parent.unit.id, o.unit.id))
                        .forEach(o -> successorHeads.putIfAbsent(o.unit.id + "/" + o.level, o));
            }
            // Heads of merged units, grouped by successor and level; the predecessor whose code the successor took first.
            Map<String, List<PartyOrganization>> groups = new LinkedHashMap<>();
            Map<Long, Integer> order = new HashMap<>();
            for (int i = 0; i < closing.size(); i++) {
                order.put(closing.get(i).unitId(), i);
            }
            for (PartyOrganization head : heads) {
                Closing c = byUnit.get(head.unit.id);
                if (c.kind() == LineageKind.DISSOLVED || c.successorCode() == null) {
                    dissolved.add(head.id);
                    retired.put(head.id, head);
                } else {
                    groups.computeIfAbsent(c.successorCode() + "/" + head.level, k -> new ArrayList<>()).add(head);
                }
            }
            for (List<PartyOrganization> group : groups.values()) {
                group.sort(Comparator.comparing((PartyOrganization o) -> {
                    Closing c = byUnit.get(o.unit.id);
                    return Objects.equals(c.unitCode(), c.successorCode()) ? -1 : order.get(o.unit.id);
                }).thenComparing(o -> o.id));
                PartyOrganization first = group.get(0);
                Closing c = byUnit.get(first.unit.id);
                PartyOrganization absorber = c.successorUnitId() == null ? null
                        : successorHeads.get(c.successorUnitId() + "/" + first.level);
                Target into;
                if (absorber != null) {
                    into = Target.of(absorber);
                } else {
                    into = new Target();
                    into.model = first;
                    into.code = codeFor(first, c.successorCode());
                    into.name = renamed(first.name, first.unit.name, c.successorName());
                    into.level = first.level;
                    into.form = first.form;
                    into.unitCode = c.successorCode();
                    into.unitId = c.successorUnitId();
                    createdTargets.add(into);
                }
                for (PartyOrganization head : group) {
                    mergedInto.put(head.id, into);
                    retired.put(head.id, head);
                }
            }
            // New organisations stand where the first predecessor's parent (or its replacement) stands.
            for (Target t : createdTargets) {
                t.parent = t.model.parent == null ? null : replacement(t.model.parent);
            }
            // Every open organisation under a closing one goes under the closing one's replacement.
            List<PartyOrganization> children = em.createQuery("select o from PartyOrganization o join fetch o.parent p"
                            + " join fetch o.unit where o.active = true and p.id in :ids order by length(o.path), o.id",
                            PartyOrganization.class)
                    .setParameter("ids", retired.keySet()).getResultList();
            for (PartyOrganization child : children) {
                if (retired.containsKey(child.id)) {
                    continue;
                }
                Target parent = replacement(child.parent);
                while (parent != null && !child.level.allowedParents().contains(levelOf(parent))) {
                    parent = parent.parent != null ? parent.parent
                            : parent.existing != null && parent.existing.parent != null ? Target.of(parent.existing.parent) : null;
                }
                if (parent != null) {
                    reparented.put(child.id, parent);
                    reparentedOrgs.put(child.id, child);
                }
            }
            return this;
        }

        private PartyOrganizationLevel levelOf(Target t) {
            return t.existing != null ? t.existing.level : t.level;
        }

        /** What stands in for a closing organisation: what it merges into, or (dissolved) its parent's replacement. */
        private Target replacement(PartyOrganization organization) {
            PartyOrganization current = organization;
            while (current != null && retired.containsKey(current.id)) {
                Target into = mergedInto.get(current.id);
                if (into != null) {
                    return into;
                }
                current = current.parent;
            }
            return current == null ? null : Target.of(current);
        }

        /** The predecessor's code with the successor's unit code in place of its own ("DB06691" → "DB06685"), else the year. */
        private String codeFor(PartyOrganization first, String successorCode) {
            String wanted = first.code.endsWith(first.unit.code)
                    ? first.code.substring(0, first.code.length() - first.unit.code.length()) + successorCode
                    : first.code;
            return freeCode(taken(wanted) ? wanted + "-" + effectiveDate.getYear() : wanted);
        }

        private String freeCode(String wanted) {
            String code = wanted.length() > 32 ? wanted.substring(0, 32) : wanted;
            int n = 2;
            while (taken(code)) {
                String suffix = "-" + n++;
                code = (wanted.length() + suffix.length() > 32 ? wanted.substring(0, 32 - suffix.length()) : wanted) + suffix;
            }
            return code;
        }

        private boolean taken(String code) {
            return organizations.findByCode(code).isPresent() || createdTargets.stream().anyMatch(t -> t.code.equals(code));
        }

        List<Change> changes() {
            List<Change> result = new ArrayList<>();
            for (Target t : createdTargets) {
                result.add(new Change(RECORD_TYPE, t.created == null ? null : t.created.id, t.code, t.name, "CREATED",
                        null, t.unitCode, null, t.parent == null ? null : t.parent.code, null));
            }
            for (PartyOrganization o : retired.values()) {
                Target into = mergedInto.get(o.id);
                result.add(new Change(RECORD_TYPE, o.id, o.code, o.name, into != null ? "MERGED" : "DISSOLVED",
                        o.unit.code, into == null ? null : into.unitCode, o.parent == null ? null : o.parent.code, null,
                        into == null ? null : into.code));
            }
            reparented.forEach((id, parent) -> {
                PartyOrganization o = reparentedOrgs.get(id);
                result.add(new Change(RECORD_TYPE, o.id, o.code, o.name, "REPARENTED", o.unit.code, o.unit.code,
                        o.parent == null ? null : o.parent.code, parent.code, null));
            });
            return result;
        }

        void write(long reorganisationId, LocalDate effectiveDate) {
            EntityManager em = organizations.getEntityManager();
            // New organisations, parents first (a new one may stand under another new one).
            List<Target> pending = new ArrayList<>(createdTargets);
            while (!pending.isEmpty()) {
                int before = pending.size();
                for (var it = pending.iterator(); it.hasNext(); ) {
                    Target t = it.next();
                    if (t.parent != null && t.parent.entity() == null) {
                        continue;
                    }
                    PartyOrganization o = new PartyOrganization();
                    o.code = t.code;
                    o.name = t.name;
                    o.level = t.level;
                    o.form = t.form;
                    o.unit = em.getReference(Unit.class, Objects.requireNonNull(t.unitId, "successor unit"));
                    o.parent = t.parent == null ? null : t.parent.entity();
                    o.secretaryName = null;
                    o.active = true;
                    organizations.persistWithPath(o);
                    t.created = o;
                    Map<String, Object> after = snapshot(o, t.unitCode);
                    after.put("reorganisationId", reorganisationId);
                    after.put("effectiveDate", effectiveDate);
                    history.record(HISTORY_TYPE, o.id, "REORGANISATION_CREATED", Map.of(), after);
                    it.remove();
                }
                if (pending.size() == before) {
                    throw new IllegalStateException("party organisations whose parents cannot be created: " + pending.size());
                }
            }
            // Children under their new parents, closing ones inactive: one flush for them all (a flush per
            // organisation would check every entity of the reorganisation each time).
            List<PartyOrganization> moving = new ArrayList<>(reparentedOrgs.values());
            moving.sort(Comparator.comparingInt((PartyOrganization o) -> o.path.length()).thenComparing(o -> o.id));
            Map<Long, Map<String, Object>> before = new HashMap<>();
            for (PartyOrganization o : moving) {
                before.put(o.id, snapshot(o, o.unit.code));
                o.parent = reparented.get(o.id).entity();
            }
            Map<Long, Map<String, Object>> retiredBefore = new HashMap<>();
            for (PartyOrganization o : retired.values()) {
                retiredBefore.put(o.id, snapshot(o, o.unit.code));
                o.active = false;
            }
            organizations.flush();
            // Their subtrees' paths, ancestors first, in one JDBC batch; nothing changes these entities afterwards.
            List<String[]> moves = new ArrayList<>();
            for (PartyOrganization o : moving) {
                String oldPath = moved(o.path, moves);
                String newPath = MaterializedPaths.childPath(moved(o.parent.path, moves), o.id);
                if (!oldPath.equals(newPath)) {
                    moves.add(new String[] {oldPath, newPath});
                }
                Map<String, Object> after = snapshot(o, o.unit.code);
                after.put("reorganisationId", reorganisationId);
                history.record(HISTORY_TYPE, o.id, "REORGANISATION_REPARENTED", before.get(o.id), after);
            }
            if (!moves.isEmpty()) {
                em.unwrap(Session.class).doWork(connection -> {
                    try (PreparedStatement update = connection.prepareStatement("UPDATE party_organization"
                            + " SET path = CONCAT(?, SUBSTRING(path, ?)) WHERE path LIKE ?")) {
                        for (String[] move : moves) {
                            update.setString(1, move[1]);
                            update.setInt(2, move[0].length() + 1);
                            update.setString(3, move[0] + "%");
                            update.addBatch();
                        }
                        update.executeBatch();
                    }
                });
            }
            // Members of closing organisations to what takes them.
            Instant now = Instant.now();
            for (PartyOrganization o : retired.values()) {
                Target into = mergedInto.get(o.id);
                int members = 0;
                if (into != null) {
                    members = em.createNativeQuery("UPDATE party_member SET organization_id = ?1, version = version + 1,"
                                    + " updated_at = ?2 WHERE organization_id = ?3")
                            .setParameter(1, into.entity().id).setParameter(2, now).setParameter(3, o.id)
                            .setFlushMode(FlushModeType.COMMIT)
                            .executeUpdate();
                }
                Map<String, Object> after = snapshot(o, o.unit.code);
                after.put("reorganisationId", reorganisationId);
                after.put("effectiveDate", effectiveDate);
                if (into != null) {
                    after.put("mergedInto", into.code);
                    after.put("membersMoved", members);
                    Map<String, Object> absorbed = new LinkedHashMap<>();
                    absorbed.put("reorganisationId", reorganisationId);
                    absorbed.put("absorbed", o.code);
                    absorbed.put("membersReceived", members);
                    history.record(HISTORY_TYPE, into.entity().id, "REORGANISATION_ABSORBED", Map.of(), absorbed);
                }
                history.record(HISTORY_TYPE, o.id, into != null ? "REORGANISATION_MERGED" : "REORGANISATION_DISSOLVED",
                        retiredBefore.get(o.id), after);
            }
            organizations.flush();
        }
    }

    /** A path as the moves made so far in this write left it. */
    private static String moved(String path, List<String[]> moves) {
        String current = path;
        for (String[] move : moves) {
            if (current.startsWith(move[0])) {
                current = move[1] + current.substring(move[0].length());
            }
        }
        return current;
    }

    private static Map<String, Object> snapshot(PartyOrganization o, String unitCode) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", o.code);
        fields.put("name", o.name);
        fields.put("unitCode", unitCode);
        fields.put("parentCode", o.parent == null ? null : o.parent.code);
        fields.put("active", o.active);
        return fields;
    }

    /** "Đảng bộ phường Trần Hưng Đạo" of Phường Trần Hưng Đạo becomes "Đảng bộ phường Hồng Gai". */
    static String renamed(String organizationName, String oldUnitName, String successorName) {
        if (successorName == null || successorName.isBlank()) {
            return organizationName;
        }
        String lowerOld = lowerFirst(oldUnitName);
        if (organizationName.endsWith(lowerOld)) {
            return organizationName.substring(0, organizationName.length() - lowerOld.length()) + lowerFirst(successorName);
        }
        if (organizationName.endsWith(oldUnitName)) {
            return organizationName.substring(0, organizationName.length() - oldUnitName.length()) + successorName;
        }
        return "Đảng bộ " + lowerFirst(successorName);
    }

    private static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}

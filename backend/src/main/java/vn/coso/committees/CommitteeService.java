package vn.coso.committees;

import vn.coso.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.committees.CommitteeDtos.CommitteeRequest;
import vn.coso.committees.CommitteeDtos.CommitteeResponse;
import vn.coso.committees.CommitteeDtos.CommitteeUpdateRequest;
import vn.coso.committees.CommitteeDtos.LaggingReasonItem;
import vn.coso.committees.CommitteeDtos.MemberRequest;
import vn.coso.committees.CommitteeDtos.MemberResponse;
import vn.coso.committees.CommitteeDtos.MyUnit;
import vn.coso.committees.CommitteeDtos.MyUnits;
import vn.coso.committees.CommitteeDtos.ShortcomingRef;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.history.HistoryDtos.HistoryEntry;
import vn.coso.common.history.HistoryService;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.Period;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.common.security.ScopeGuard;
import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;
import vn.coso.units.UnitService;
import vn.coso.units.UnitType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Committees and their members: scope, membership over time, and the members' "my units". */
@ApplicationScoped
public class CommitteeService {

    static final String HISTORY_TYPE = "committee";
    static final List<String> WRITE_OPERATIONS = List.of("UPDATE", "ADD_MEMBER", "PLAN", "RECORD_MEETING", "RECORD_SHORTCOMING");

    private final CommitteeRepository committees;
    private final UnitService units;
    private final HistoryService history;
    private final CurrentUser user;
    private final ReviewFigures figures;
    private final AppClock clock;
    private final ScopeGuard guard;

    public CommitteeService(CommitteeRepository committees, UnitService units, HistoryService history, CurrentUser user,
                            ReviewFigures figures, AppClock clock, ScopeGuard guard) {
        this.committees = committees;
        this.units = units;
        this.guard = guard;
        this.history = history;
        this.user = user;
        this.figures = figures;
        this.clock = clock;
    }

    public PageResult<CommitteeResponse> list(PageRequest page) {
        List<Committee> found = committees.findInScope(guard.current(), page.offset(), page.size());
        Map<Long, UnitRef> refs = refs(found.stream().map(c -> c.unitId).toList());
        return new PageResult<>(found, page.page(), page.size(), committees.countInScope(guard.current()))
                .map(c -> toResponse(c, refs.get(c.unitId)));
    }

    public CommitteeResponse get(long id) {
        Committee committee = findVisible(id);
        return toResponse(committee, refs(List.of(committee.unitId)).get(committee.unitId));
    }

    public PageResult<HistoryEntry> history(long id, PageRequest page) {
        findVisible(id);
        return history.list(HISTORY_TYPE, id, page);
    }

    @Transactional
    public CommitteeResponse create(CommitteeRequest request) {
        Unit unit = units.visible(request.unitId()).orElseThrow(() ->
                ProblemException.invalidField("unitId", "committee.unit.not-in-scope", String.valueOf(request.unitId())));
        if (unit.type == UnitType.VILLAGE) {
            throw ProblemException.invalidField("unitId", "committee.unit.village", unit.name);
        }
        committees.findByUnit(unit.id).ifPresent(existing -> {
            throw ProblemException.of(409, "committee.unit.taken", unit.name);
        });
        Committee committee = new Committee();
        committee.unitId = unit.id;
        committee.name = Texts.clean(request.name());
        committee.decisionNumber = Texts.clean(request.decisionNumber());
        committee.decisionDate = request.decisionDate();
        committees.persistAndFlush(committee);
        history.record(HISTORY_TYPE, committee.id, "CREATED", Map.of(), committee.snapshot());
        return toResponse(committee, ref(unit));
    }

    @Transactional
    public CommitteeResponse update(long id, CommitteeUpdateRequest request, Long ifMatch) {
        Committee committee = findVisible(id);
        Versions.check(ProblemException.record("record.committee", id), committee.version, request.version(), ifMatch);
        Map<String, Object> before = committee.snapshot();
        committee.name = Texts.clean(request.name());
        committee.decisionNumber = Texts.clean(request.decisionNumber());
        committee.decisionDate = request.decisionDate();
        committees.flush();
        history.record(HISTORY_TYPE, id, "UPDATED", before, committee.snapshot());
        return get(id);
    }

    public List<MemberResponse> members(long id) {
        findVisible(id);
        List<CommitteeMember> members = committees.members(id);
        Map<Long, UnitRef> refs = refs(members.stream().flatMap(m -> m.unitIds.stream()).toList());
        return members.stream().map(m -> toResponse(m, refs)).toList();
    }

    @Transactional
    public MemberResponse addMember(long id, MemberRequest request) {
        Committee committee = findVisible(id);
        CommitteeMember member = new CommitteeMember();
        member.committeeId = committee.id;
        apply(member, request, committee);
        committees.getEntityManager().persist(member);
        committees.flush();
        history.record(HISTORY_TYPE, committee.id, "MEMBER_ADDED", Map.of(), member.snapshot());
        return toResponse(member, refs(member.unitIds));
    }

    @Transactional
    public MemberResponse updateMember(long id, long memberId, MemberRequest request, Long ifMatch) {
        Committee committee = findVisible(id);
        CommitteeMember member = committees.member(id, memberId).orElseThrow(() ->
                ProblemException.of(404, "committee.member.not-found", String.valueOf(memberId)));
        Versions.check(ProblemException.record("record.committee-member", memberId), member.version, request.version(), ifMatch);
        Map<String, Object> before = member.snapshot();
        apply(member, request, committee);
        committees.flush();
        history.record(HISTORY_TYPE, committee.id, "MEMBER_UPDATED", before, member.snapshot());
        return toResponse(member, refs(member.unitIds));
    }

    /**
     * The units the caller follows as a serving member of any committee, each with its figures for
     * the year and its lagging reasons — only those inside the caller's own scope: membership
     * narrows what an account sees, it never widens it.
     */
    public MyUnits myUnits(Integer year) {
        LocalDate today = clock.today();
        int reportYear = year == null ? today.getYear() : year;
        Period period = Period.year(reportYear);
        String username = user.username();
        List<CommitteeMember> members = username == null ? List.of() : committees.membersLinkedTo(username, today);
        Map<Long, CommitteeMember> followedBy = new LinkedHashMap<>();
        members.forEach(m -> m.unitIds.forEach(unitId -> followedBy.putIfAbsent(unitId, m)));
        List<Unit> visible = units.byIds(followedBy.keySet()).stream()
                .filter(u -> guard.current().contains(u.path))
                .sorted(java.util.Comparator.comparing(u -> u.path))
                .toList();
        Map<Long, List<ShortcomingRef>> open = openShortcomingsAbout(visible.stream().map(u -> u.id).toList());
        List<MyUnit> items = new ArrayList<>();
        for (Unit unit : visible) {
            CommitteeMember member = followedBy.get(unit.id);
            items.add(new MyUnit(ref(unit), member.committeeId, member.id, member.role,
                    figures.all(unit.path, period),
                    figures.laggingOf(unit.id, unit.path, period).stream()
                            .map(r -> new LaggingReasonItem(r.code(), r.label(), r.weight())).toList(),
                    open.getOrDefault(unit.id, List.of())));
        }
        return new MyUnits(reportYear, items);
    }

    /** Open shortcomings (a remedy not done, or none recorded yet) about each of these units. */
    public Map<Long, List<ShortcomingRef>> openShortcomingsAbout(Collection<Long> unitIds) {
        Map<Long, List<ShortcomingRef>> open = new HashMap<>();
        for (Object[] row : committees.openShortcomingsAbout(unitIds)) {
            Shortcoming s = (Shortcoming) row[1];
            open.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>())
                    .add(new ShortcomingRef(s.id, s.committeeId, s.year, s.kind, s.description));
        }
        return open;
    }

    /** A committee whose unit the caller may see, or 404. */
    Committee findVisible(long id) {
        return committees.findByIdOptional(id)
                .filter(c -> units.visible(c.unitId).isPresent())
                .orElseThrow(() -> ProblemException.of(404, "committee.not-found", String.valueOf(id)));
    }

    Unit unitOf(Committee committee) {
        return units.findVisible(committee.unitId);
    }

    /** A unit in the committee's subtree (and so in the caller's scope), or 400 on the field. */
    Unit unitInside(Committee committee, Long unitId, String field) {
        Unit root = unitOf(committee);
        return units.visible(unitId)
                .filter(u -> u.path.startsWith(root.path))
                .orElseThrow(() -> ProblemException.invalidField(field, "committee.unit.outside", String.valueOf(unitId)));
    }

    Map<Long, UnitRef> refs(Collection<Long> ids) {
        Map<Long, UnitRef> refs = new HashMap<>();
        if (!ids.isEmpty()) {
            units.byIds(new LinkedHashSet<>(ids)).forEach(u -> refs.put(u.id, ref(u)));
        }
        return refs;
    }

    List<String> writeOperations(List<String> operations) {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.OFFICER) ? operations : List.of();
    }

    LocalDate today() {
        return clock.today();
    }

    static UnitRef ref(Unit unit) {
        return new UnitRef(unit.id, unit.code, unit.name, unit.type);
    }

    private void apply(CommitteeMember member, MemberRequest request, Committee committee) {
        if (request.until() != null && request.until().isBefore(request.since())) {
            throw ProblemException.invalidField("until", "committee.member.period");
        }
        Set<Long> unitIds = new LinkedHashSet<>();
        for (Long unitId : request.unitIds() == null ? List.<Long>of() : request.unitIds()) {
            if (unitId == null) {
                throw ProblemException.invalidField("unitIds", "committee.unit.outside", "null");
            }
            unitIds.add(unitInside(committee, unitId, "unitIds").id);
        }
        member.fullName = Texts.clean(request.fullName());
        member.position = Texts.clean(request.position());
        member.role = request.role();
        member.since = request.since();
        member.until = request.until();
        member.username = Texts.clean(request.username());
        member.tasks = Texts.clean(request.tasks());
        member.unitIds.clear();
        member.unitIds.addAll(unitIds);
    }

    private CommitteeResponse toResponse(Committee committee, UnitRef unit) {
        LocalDate today = today();
        long serving = committees.members(committee.id).stream().filter(m -> m.activeOn(today)).count();
        return new CommitteeResponse(committee.id, unit, committee.name, committee.decisionNumber, committee.decisionDate,
                serving, writeOperations(WRITE_OPERATIONS), committee.version, committee.createdAt, committee.updatedAt);
    }

    private MemberResponse toResponse(CommitteeMember member, Map<Long, UnitRef> refs) {
        return new MemberResponse(member.id, member.committeeId, member.fullName, member.position, member.role,
                member.since, member.until, member.activeOn(today()), member.username, member.tasks,
                member.unitIds.stream().map(refs::get).filter(java.util.Objects::nonNull).toList(), member.version);
    }
}

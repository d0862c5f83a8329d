package vn.coso.boards;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.boards.BoardDtos.ActivityRequest;
import vn.coso.boards.BoardDtos.ActivityResponse;
import vn.coso.boards.BoardDtos.AnswerRequest;
import vn.coso.boards.BoardDtos.BoardRequest;
import vn.coso.boards.BoardDtos.BoardResponse;
import vn.coso.boards.BoardDtos.MemberRequest;
import vn.coso.boards.BoardDtos.MemberResponse;
import vn.coso.boards.BoardDtos.RecommendationRequest;
import vn.coso.boards.BoardDtos.RecommendationResponse;
import vn.coso.common.actions.RecordWriteRules;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.history.HistoryDtos.HistoryEntry;
import vn.coso.common.history.HistoryService;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.Period;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.time.AppClock;
import vn.coso.common.security.Roles;
import vn.coso.common.security.Scope;
import vn.coso.common.security.ScopeGuard;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.consultations.ConsultationService;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;
import vn.coso.units.UnitType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * People's inspection boards, community investment supervision boards and the Fatherland Front's
 * committees: seen by whoever sees their unit (404 otherwise), written by admin and officers of
 * that scope. Every change to a board, its members, its work and its recommendations is in the
 * board's history.
 */
@ApplicationScoped
public class BoardService {

    static final String HISTORY_TYPE = "board";

    private final BoardRepository boards;
    private final UnitService units;
    private final ScopeGuard guard;
    private final RecordWriteRules<BoardAction> writes;
    private final HistoryService history;
    private final ConsultationService consultations;
    private final Clock clock;

    public BoardService(BoardRepository boards, UnitService units, ScopeGuard guard, CurrentUser user,
                        HistoryService history, ConsultationService consultations, Clock clock) {
        this.boards = boards;
        this.clock = clock;
        this.units = units;
        this.guard = guard;
        this.history = history;
        this.consultations = consultations;
        this.writes = new RecordWriteRules<>(BoardAction.class, user, guard, Set.of(Roles.ADMIN, Roles.OFFICER), "record.read-only");
    }

    public PageResult<BoardResponse> list(BoardFilter filter, PageRequest page) {
        Scope scope = guard.current();
        String unitPath = guard.subtreeOf(filter.unitId());
        List<Board> found = boards.findInScope(filter, unitPath, scope, page.sort(BoardRepository.SORTABLE),
                page.offset(), page.size());
        return new PageResult<>(found, page.page(), page.size(), boards.countInScope(filter, unitPath, scope))
                .map(this::toResponse);
    }

    public BoardResponse get(long id) {
        return toResponse(findVisible(id));
    }

    public PageResult<HistoryEntry> history(long id, PageRequest page) {
        findVisible(id);
        return history.list(HISTORY_TYPE, id, page);
    }

    @Transactional
    public BoardResponse create(BoardRequest request) {
        Board board = new Board();
        apply(board, request);
        boards.persistAndFlush(board);
        history.record(HISTORY_TYPE, board.id, "CREATED", Map.of(), snapshot(board));
        return toResponse(board);
    }

    @Transactional
    public BoardResponse update(long id, BoardRequest request, Long ifMatch) {
        Board board = findVisible(id);
        writes.require(board.unit.path, BoardAction.UPDATE);
        requireVersion(request.version());
        Versions.check(ProblemException.record("record.board", id), board.version, request.version(), ifMatch);
        Map<String, Object> before = snapshot(board);
        apply(board, request);
        boards.flush();
        history.record(HISTORY_TYPE, id, "UPDATED", before, snapshot(board));
        return toResponse(board);
    }

    public List<MemberResponse> members(long id) {
        findVisible(id);
        return boards.members(id).stream().map(BoardService::toResponse).toList();
    }

    @Transactional
    public MemberResponse addMember(long id, MemberRequest request) {
        Board board = findVisible(id);
        writes.require(board.unit.path, BoardAction.ADD_MEMBER);
        BoardMember member = new BoardMember();
        member.boardId = board.id;
        apply(member, request, board);
        boards.persistRelated(member);
        boards.flush();
        history.record(HISTORY_TYPE, id, "MEMBER_ADDED", Map.of(), snapshot(member));
        return toResponse(member);
    }

    @Transactional
    public MemberResponse updateMember(long id, long memberId, MemberRequest request, Long ifMatch) {
        Board board = findVisible(id);
        writes.require(board.unit.path, BoardAction.UPDATE);
        BoardMember member = boards.member(id, memberId)
                .orElseThrow(() -> ProblemException.notFound("record.board-member", memberId));
        requireVersion(request.version());
        Versions.check(ProblemException.record("record.board-member", memberId), member.version, request.version(), ifMatch);
        Map<String, Object> before = snapshot(member);
        apply(member, request, board);
        boards.flush();
        history.record(HISTORY_TYPE, id, "MEMBER_UPDATED", before, snapshot(member));
        return toResponse(member);
    }

    public List<ActivityResponse> activities(long id, Period period) {
        Board board = findVisible(id);
        return toResponses(board, boards.activities(id, period));
    }

    public ActivityResponse activity(long id, long activityId) {
        Board board = findVisible(id);
        return toResponses(board, List.of(findActivity(id, activityId))).get(0);
    }

    @Transactional
    public ActivityResponse recordActivity(long id, ActivityRequest request) {
        Board board = findVisible(id);
        writes.require(board.unit.path, BoardAction.RECORD_ACTIVITY);
        BoardActivity activity = new BoardActivity();
        activity.board = board;
        apply(activity, request, board);
        boards.persistRelated(activity);
        boards.flush();
        history.record(HISTORY_TYPE, id, "ACTIVITY_RECORDED", Map.of(), snapshot(activity));
        return activity(id, activity.id);
    }

    @Transactional
    public ActivityResponse updateActivity(long id, long activityId, ActivityRequest request, Long ifMatch) {
        Board board = findVisible(id);
        writes.require(board.unit.path, BoardAction.UPDATE);
        BoardActivity activity = findActivity(id, activityId);
        requireVersion(request.version());
        Versions.check(ProblemException.record("record.board-activity", activityId), activity.version, request.version(), ifMatch);
        Map<String, Object> before = snapshot(activity);
        apply(activity, request, board);
        boards.flush();
        history.record(HISTORY_TYPE, id, "ACTIVITY_UPDATED", before, snapshot(activity));
        return activity(id, activityId);
    }

    @Transactional
    public ActivityResponse addRecommendation(long id, long activityId, RecommendationRequest request) {
        Board board = findVisible(id);
        writes.require(board.unit.path, BoardAction.UPDATE);
        BoardActivity activity = findActivity(id, activityId);
        Unit addressedTo = units.visible(request.addressedToId()).orElseThrow(() ->
                ProblemException.invalidField("addressedToId", "record.unit-in-scope", String.valueOf(request.addressedToId())));
        if (request.dueOn().isBefore(activity.startedOn)) {
            throw ProblemException.invalidField("dueOn", "board.recommendation.due-before");
        }
        BoardRecommendation recommendation = new BoardRecommendation();
        recommendation.activityId = activity.id;
        recommendation.content = Texts.clean(request.content());
        recommendation.addressedTo = addressedTo;
        recommendation.dueOn = request.dueOn();
        boards.persistRelated(recommendation);
        boards.flush();
        history.record(HISTORY_TYPE, id, "RECOMMENDATION_ADDED", Map.of(), snapshot(recommendation));
        return activity(id, activityId);
    }

    /** The unit concerned answers a recommendation (tiếp thu, trả lời kiến nghị). */
    @Transactional
    public RecommendationResponse answer(long id, long recommendationId, AnswerRequest request) {
        Board board = findVisible(id);
        writes.require(board.unit.path, BoardAction.UPDATE);
        BoardRecommendation recommendation = boards.recommendation(id, recommendationId)
                .orElseThrow(() -> ProblemException.notFound("record.board-recommendation", recommendationId));
        Versions.check(ProblemException.record("record.board-recommendation", recommendationId), recommendation.version,
                request.version(), null);
        if (request.answeredOn().isAfter(today())) {
            throw ProblemException.invalidField("answeredOn", "board.answered-on.future");
        }
        Map<String, Object> before = snapshot(recommendation);
        recommendation.answer = Texts.clean(request.answer());
        recommendation.answeredOn = request.answeredOn();
        boards.flush();
        history.record(HISTORY_TYPE, id, "RECOMMENDATION_ANSWERED", before, snapshot(recommendation));
        return toResponse(recommendation);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(AppClock.VIETNAM));
    }

    /** A board the caller may see, or 404: out of scope looks exactly like not existing. */
    Board findVisible(long id) {
        return guard.require(boards.findByIdOptional(id), b -> b.unit.path, "record.board", id);
    }

    private BoardActivity findActivity(long id, long activityId) {
        return boards.activity(id, activityId).orElseThrow(() -> ProblemException.notFound("record.board-activity", activityId));
    }

    private static void requireVersion(Long version) {
        if (version == null) {
            throw ProblemException.invalidField("version", "field.not-null");
        }
    }

    private void apply(Board board, BoardRequest request) {
        long unitId = request.unitId();
        Unit unit = units.visible(unitId)
                .orElseThrow(() -> ProblemException.invalidField("unitId", "record.unit-in-scope", String.valueOf(unitId)));
        units.requireExistingOn(unit, request.termFrom(), "termFrom");
        UnitType type = units.typeOn(unit, request.termFrom());
        if (!request.kind().heldBy().contains(type)) {
            throw ProblemException.invalidField("kind", "board.kind.unit", request.kind(),
                    request.kind().heldBy().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")),
                    unit.name, type);
        }
        if (!request.kind().mayStartOn(request.termFrom())) {
            throw ProblemException.invalidField("kind", "board.kind.amended", request.kind(), BoardKind.AMENDED_ON.toString());
        }
        if (request.termTo() != null && request.termTo().isBefore(request.termFrom())) {
            throw ProblemException.invalidField("termTo", "board.period.before");
        }
        board.unit = unit;
        board.kind = request.kind();
        board.name = Texts.clean(request.name());
        board.termFrom = request.termFrom();
        board.termTo = request.termTo();
        board.electedAt = Texts.clean(request.electedAt());
    }

    private static void apply(BoardMember member, MemberRequest request, Board board) {
        if (request.until() != null && request.until().isBefore(request.since())) {
            throw ProblemException.invalidField("until", "board.period.before");
        }
        member.fullName = Texts.clean(request.fullName());
        member.role = request.role();
        member.since = request.since();
        member.until = request.until();
        member.electedAt = Texts.clean(request.electedAt());
    }

    private void apply(BoardActivity activity, ActivityRequest request, Board board) {
        if (!board.servesOn(request.startedOn())) {
            throw ProblemException.invalidField("startedOn", "board.activity.outside-term",
                    board.termFrom.toString(), board.termTo == null ? "…" : board.termTo.toString());
        }
        Set<ActivityKind> allowed = board.kind.activitiesOn(request.startedOn());
        if (!allowed.contains(request.kind())) {
            throw ProblemException.invalidField("kind", "board.activity.kind", request.kind(), board.kind,
                    allowed.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        }
        if (request.endedOn() != null && request.endedOn().isBefore(request.startedOn())) {
            throw ProblemException.invalidField("endedOn", "board.period.before");
        }
        boolean investment = request.kind() == ActivityKind.INVESTMENT_SUPERVISION;
        if (investment && Texts.clean(request.projectName()) == null) {
            throw ProblemException.invalidField("projectName", "field.not-blank");
        }
        if (!investment) {
            rejectUnless("projectName", request.projectName(), "INVESTMENT_SUPERVISION");
            rejectUnless("projectInvestor", request.projectInvestor(), "INVESTMENT_SUPERVISION");
            rejectUnless("budgetSource", request.budgetSource(), "INVESTMENT_SUPERVISION");
            rejectUnless("projectStage", request.projectStage(), "INVESTMENT_SUPERVISION");
        }
        if (request.consultationId() != null) {
            if (request.kind() != ActivityKind.SOCIAL_CRITIQUE) {
                rejectUnless("consultationId", request.consultationId(), "SOCIAL_CRITIQUE");
            }
            consultations.visibleTitle(request.consultationId()).orElseThrow(() -> ProblemException.invalidField(
                    "consultationId", "board.consultation.not-visible", String.valueOf(request.consultationId())));
        }
        activity.kind = request.kind();
        activity.subject = Texts.clean(request.subject());
        activity.content = Texts.clean(request.content());
        activity.startedOn = request.startedOn();
        activity.endedOn = request.endedOn();
        activity.findings = Texts.clean(request.findings());
        activity.projectName = Texts.clean(request.projectName());
        activity.projectInvestor = Texts.clean(request.projectInvestor());
        activity.budgetSource = request.budgetSource();
        activity.projectStage = request.projectStage();
        activity.consultationId = request.consultationId();
    }

    private static void rejectUnless(String field, Object value, String kind) {
        if (value != null) {
            throw ProblemException.invalidField(field, "board.activity.field-of-kind", kind);
        }
    }

    private BoardResponse toResponse(Board board) {
        return new BoardResponse(board.id, BoardMapper.toRef(board.unit), board.kind, board.name, board.termFrom,
                board.termTo, board.electedAt, boards.countServing(board.id, today()), board.version,
                board.createdAt, board.updatedAt, writes.allowed(board.unit.path));
    }

    private static MemberResponse toResponse(BoardMember m) {
        return new MemberResponse(m.id, m.boardId, m.fullName, m.role, m.since, m.until, m.electedAt, m.version);
    }

    private RecommendationResponse toResponse(BoardRecommendation r) {
        return new RecommendationResponse(r.id, r.content, BoardMapper.toRef(r.addressedTo), r.dueOn, r.answer,
                r.answeredOn, r.overdueOn(today()), r.version);
    }

    private List<ActivityResponse> toResponses(Board board, List<BoardActivity> activities) {
        Map<Long, List<RecommendationResponse>> recommendations = new HashMap<>();
        boards.recommendationsOf(activities.stream().map(a -> a.id).toList()).forEach(r ->
                recommendations.computeIfAbsent(r.activityId, k -> new ArrayList<>()).add(toResponse(r)));
        return activities.stream().map(a -> new ActivityResponse(a.id, board.id, board.kind, BoardMapper.toRef(board.unit),
                a.kind, a.subject, a.content, a.startedOn, a.endedOn, a.findings, a.projectName, a.projectInvestor,
                a.budgetSource, a.projectStage, a.consultationId,
                a.consultationId == null ? null : consultations.visibleTitle(a.consultationId).orElse(null),
                recommendations.getOrDefault(a.id, List.of()), List.of(a.kind.right()), a.version)).toList();
    }

    private static Map<String, Object> snapshot(Board b) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("unit", b.unit == null ? null : b.unit.code);
        fields.put("kind", b.kind);
        fields.put("name", b.name);
        fields.put("termFrom", b.termFrom);
        fields.put("termTo", b.termTo);
        fields.put("electedAt", b.electedAt);
        return fields;
    }

    private static Map<String, Object> snapshot(BoardMember m) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("member[" + m.id + "]", m.fullName + " | " + m.role + " | " + m.since + " – "
                + (m.until == null ? "" : m.until) + " | " + (m.electedAt == null ? "" : m.electedAt));
        return fields;
    }

    private static Map<String, Object> snapshot(BoardActivity a) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        String key = "activity[" + a.id + "].";
        fields.put(key + "kind", a.kind);
        fields.put(key + "subject", a.subject);
        fields.put(key + "content", a.content);
        fields.put(key + "startedOn", a.startedOn);
        fields.put(key + "endedOn", a.endedOn);
        fields.put(key + "findings", a.findings);
        fields.put(key + "project", a.projectName == null ? null : a.projectName + " | " + a.projectInvestor + " | "
                + a.budgetSource + " | " + a.projectStage);
        fields.put(key + "consultationId", a.consultationId);
        return fields;
    }

    private static Map<String, Object> snapshot(BoardRecommendation r) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        String key = "recommendation[" + r.id + "].";
        fields.put(key + "content", r.content);
        fields.put(key + "addressedTo", r.addressedTo == null ? null : r.addressedTo.code);
        fields.put(key + "dueOn", r.dueOn);
        fields.put(key + "answer", r.answer);
        fields.put(key + "answeredOn", r.answeredOn);
        return fields;
    }
}

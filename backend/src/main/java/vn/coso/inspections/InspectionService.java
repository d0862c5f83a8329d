package vn.coso.inspections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.events.DomainEvents;
import vn.coso.common.events.EventTypes;
import vn.coso.common.history.HistoryDtos.HistoryEntry;
import vn.coso.common.history.HistoryService;
import vn.coso.common.i18n.Msg;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.PageWindow;
import vn.coso.common.paging.Slice;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.time.AppClock;
import vn.coso.common.security.Roles;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.common.security.ScopeGuard;
import vn.coso.inspections.InspectionActions.Action;
import vn.coso.inspections.InspectionDtos.ConclusionRequest;
import vn.coso.inspections.InspectionDtos.ConclusionResponse;
import vn.coso.inspections.InspectionDtos.InspectionRequest;
import vn.coso.inspections.InspectionDtos.InspectionResponse;
import vn.coso.inspections.InspectionDtos.RecommendationDoneRequest;
import vn.coso.inspections.InspectionDtos.RecommendationRequest;
import vn.coso.inspections.InspectionDtos.RecommendationResponse;
import vn.coso.inspections.InspectionDtos.SummaryResponse;
import vn.coso.inspections.InspectionEnums.Kind;
import vn.coso.inspections.InspectionEnums.Status;
import vn.coso.inspections.InspectionRepository.SubjectCounts;
import vn.coso.feedback.FeedbackDtos.FeedbackLead;
import vn.coso.feedback.FeedbackService;
import vn.coso.party.PartyMember;
import vn.coso.party.PartyMemberService;
import vn.coso.party.PartyOrganization;
import vn.coso.party.PartyOrganizationService;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Plans, runs and concludes inspections and supervisions; counts them by the review's counting rule. */
@ApplicationScoped
public class InspectionService {

    static final String HISTORY_TYPE = "inspection";
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private final InspectionRepository inspections;
    private final UnitService units;
    private final ScopeGuard guard;
    private final PartyOrganizationService organizations;
    private final PartyMemberService members;
    private final HistoryService history;
    private final CurrentUser user;
    private final InspectionActions actions;
    private final DomainEvents events;
    private final Clock clock;
    private final FeedbackService feedback;

    public InspectionService(InspectionRepository inspections, UnitService units, ScopeGuard guard,
                             PartyOrganizationService organizations, PartyMemberService members, HistoryService history,
                             CurrentUser user, InspectionActions actions, DomainEvents events, Clock clock,
                             FeedbackService feedback) {
        this.events = events;
        this.clock = clock;
        this.feedback = feedback;
        this.inspections = inspections;
        this.units = units;
        this.guard = guard;
        this.organizations = organizations;
        this.members = members;
        this.history = history;
        this.user = user;
        this.actions = actions;
    }

    /** Members' names and card numbers are shown to admin and inspector only. */
    boolean showsMembers() {
        return user.hasRole(Roles.ADMIN) || user.hasRole(Roles.INSPECTOR);
    }

    public PageResult<InspectionResponse> list(InspectionFilter filter, PageRequest page) {
        String unitPath = guard.subtreeOf(filter.unitId());
        PageWindow window = page.window(InspectionRepository.SORTABLE, InspectionRepository.ID);
        Slice<Inspection> found = inspections.findInScope(filter, unitPath, guard.current(), window);
        LocalDate today = today();
        Set<Long> concluded = new HashSet<>(inspections.withConclusion(found.rows().stream().map(i -> i.id).toList()));
        boolean showMembers = showsMembers();
        return PageResult.of(found, window, inspections.countInScope(filter, unitPath, guard.current(), window.sort()))
                .map(i -> InspectionMapper.toResponse(i, concluded.contains(i.id), showMembers, lead(i),
                        actions.allowed(new InspectionActions.Subject(i, concluded.contains(i.id))), today));
    }

    public String organizationPathOf(Long organizationId) {
        return organizationId == null ? null : organizations.findVisible(organizationId).path;
    }

    public InspectionResponse get(long id) {
        InspectionRepository.InspectionWithConclusion found = guard.require(inspections.findWithRelations(id),
                f -> f.inspection().scopeUnit.path, "record.inspection", id);
        Inspection inspection = found.inspection();
        return InspectionMapper.toResponse(inspection, found.hasConclusion(), showsMembers(), lead(inspection),
                actions.allowed(new InspectionActions.Subject(inspection, found.hasConclusion())), today());
    }

    Inspection findVisible(long id) {
        return guard.require(inspections.findByIdOptional(id), i -> i.scopeUnit.path, "record.inspection", id);
    }

    @Transactional
    public InspectionResponse create(InspectionRequest request) {
        Inspection inspection = new Inspection();
        applySubject(inspection, request);
        applyPlan(inspection, request);
        inspections.persistAndFlush(inspection);
        history.record(HISTORY_TYPE, inspection.id, "CREATED", Map.of(), inspection.snapshot());
        return toResponse(inspection);
    }

    @Transactional
    public InspectionResponse update(long id, InspectionRequest request, Long ifMatch) {
        Inspection inspection = findVisible(id);
        Versions.check(ProblemException.record("record.inspection", id), inspection.version, request.version(), ifMatch);
        actions.require(subject(inspection), Action.UPDATE);
        var before = inspection.snapshot();
        if (inspection.status == Status.PLANNED) {
            applySubject(inspection, request);
        } else if (request.kind() != inspection.kind || !sameSubject(inspection, request)) {
            throw ProblemException.of(409, "inspection.subject-fixed");
        }
        applyPlan(inspection, request);
        return saved(inspection, "UPDATED", before);
    }

    @Transactional
    public InspectionResponse start(long id, LocalDate actualStart, long version) {
        Inspection inspection = transition(id, version, Action.START);
        checkDate("actualStart", actualStart);
        var before = inspection.snapshot();
        inspection.actualStart = actualStart;
        inspection.status = Status.IN_PROGRESS;
        return saved(inspection, "STARTED", before);
    }

    @Transactional
    public InspectionResponse conclude(long id, LocalDate actualEnd, long version) {
        Inspection inspection = transition(id, version, Action.CONCLUDE);
        checkDate("actualEnd", actualEnd);
        if (actualEnd.isBefore(inspection.actualStart)) {
            throw ProblemException.invalidField("actualEnd", "inspection.actual-end.before-start", inspection.actualStart);
        }
        var before = inspection.snapshot();
        inspection.actualEnd = actualEnd;
        inspection.status = Status.CONCLUDED;
        InspectionResponse response = saved(inspection, "CONCLUDED", before);
        events.fire(EventTypes.INSPECTION_CONCLUDED, inspection.id, inspection.scopeUnit.id, inspection.scopeUnit.path,
                eventData(inspection));
        return response;
    }

    /**
     * What an integrating system may learn of a concluded inspection: ids, kind, form, dates, status. Never the
     * findings, whether a violation was found, the team, or which party member was the subject.
     */
    static Map<String, Object> eventData(Inspection inspection) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inspectionId", inspection.id);
        data.put("unitId", inspection.scopeUnit.id);
        data.put("unitCode", inspection.scopeUnit.code);
        data.put("kind", inspection.kind.name());
        data.put("form", inspection.form.name());
        data.put("status", inspection.status.name());
        data.put("subjectType", inspection.subjectOrganization != null ? "PARTY_ORGANIZATION" : "PARTY_MEMBER");
        data.put("conductingOrganizationId", inspection.conductingOrganization.id);
        data.put("planYear", inspection.planYear);
        data.put("actualStart", inspection.actualStart);
        data.put("actualEnd", inspection.actualEnd);
        return data;
    }

    @Transactional
    public InspectionResponse close(long id, long version) {
        Inspection inspection = transition(id, version, Action.CLOSE);
        var before = inspection.snapshot();
        inspection.status = Status.CLOSED;
        return saved(inspection, "CLOSED", before);
    }

    @Transactional
    public InspectionResponse cancel(long id, String reason, long version) {
        Inspection inspection = transition(id, version, Action.CANCEL);
        var before = inspection.snapshot();
        inspection.status = Status.CANCELLED;
        inspection.cancelReason = Texts.clean(reason);
        return saved(inspection, "CANCELLED", before);
    }

    public ConclusionResponse conclusion(long id) {
        Inspection inspection = findVisible(id);
        Conclusion conclusion = inspections.conclusionOf(inspection.id)
                .orElseThrow(() -> ProblemException.notFound("record.conclusion", id));
        return InspectionMapper.toResponse(conclusion, inspections.recommendationsOf(id), today());
    }

    /** Records or replaces the conclusion and its recommendations, with optimistic locking. */
    @Transactional
    public ConclusionResponse saveConclusion(long id, ConclusionRequest request) {
        Inspection inspection = findVisible(id);
        actions.require(new InspectionActions.Subject(inspection, true), Action.CONCLUSION);
        Conclusion conclusion = inspections.conclusionOf(id).orElse(null);
        Map<String, Object> before = conclusion == null ? Map.of() : snapshot(conclusion, inspections.recommendationsOf(id));
        if (conclusion == null) {
            if (request.version() != null) {
                throw ProblemException.staleVersion(Msg.of("inspection.conclusion.not-yet", String.valueOf(id)), 0);
            }
            conclusion = new Conclusion();
            conclusion.inspectionId = id;
        } else {
            Versions.check(ProblemException.record("record.conclusion", id), conclusion.version, request.version(), null);
        }
        conclusion.violationFound = request.violationFound();
        conclusion.findings = Texts.clean(request.findings());
        if (conclusion.createdAt == null) {
            inspections.persistRelated(conclusion);
        }
        inspections.deleteRecommendationsOf(id);
        List<RecommendationRequest> recommendations = request.recommendations() == null ? List.of() : request.recommendations();
        for (int i = 0; i < recommendations.size(); i++) {
            RecommendationRequest r = recommendations.get(i);
            Recommendation recommendation = new Recommendation();
            recommendation.inspectionId = id;
            recommendation.content = Texts.clean(r.content());
            recommendation.responsibleUnit = visibleUnit("recommendations[" + i + "].responsibleUnitId", r.responsibleUnitId());
            recommendation.dueDate = r.dueDate();
            if (r.doneOn() != null && r.doneOn().isAfter(today())) {
                throw ProblemException.invalidField("recommendations[" + i + "].doneOn", "inspection.done-on.future");
            }
            recommendation.doneOn = r.doneOn();
            inspections.persistRelated(recommendation);
        }
        inspections.flush();
        List<Recommendation> saved = inspections.recommendationsOf(id);
        history.record(HISTORY_TYPE, id, before.isEmpty() ? "CONCLUSION_RECORDED" : "CONCLUSION_UPDATED",
                before, snapshot(conclusion, saved));
        return InspectionMapper.toResponse(conclusion, saved, today());
    }

    /**
     * Follow-up of a recommendation, also after the inspection closed: done on a day, with its
     * evidence. An inspector (or admin) of the inspection's scope, or an officer of the responsible
     * unit's scope, marks it; anyone else finds nothing (404).
     */
    @Transactional
    public RecommendationResponse markDone(long id, long recommendationId, RecommendationDoneRequest request) {
        Recommendation recommendation = inspections.recommendation(id, recommendationId)
                .orElseThrow(() -> ProblemException.notFound("record.recommendation", recommendationId));
        Inspection inspection;
        if (user.hasRole(Roles.ADMIN) || user.hasRole(Roles.INSPECTOR)) {
            inspection = findVisible(id);
        } else if (guard.canSee(recommendation.responsibleUnit.path)) {
            inspection = inspections.findById(id);
        } else {
            throw ProblemException.notFound("record.recommendation", recommendationId);
        }
        if (inspection.status != Status.CONCLUDED && inspection.status != Status.CLOSED) {
            throw ProblemException.of(409, "inspection.recommendation.not-concluded", String.valueOf(id), inspection.status);
        }
        Versions.check(ProblemException.record("record.recommendation", recommendationId), recommendation.version,
                request.version(), null);
        if (request.doneOn().isAfter(today())) {
            throw ProblemException.invalidField("doneOn", "inspection.done-on.future");
        }
        Map<String, Object> before = followUp(recommendation);
        recommendation.doneOn = request.doneOn();
        recommendation.evidence = Texts.clean(request.evidence());
        inspections.flush();
        history.record(HISTORY_TYPE, id, "RECOMMENDATION_DONE", before, followUp(recommendation));
        return InspectionMapper.toResponse(recommendation, today());
    }

    private static Map<String, Object> followUp(Recommendation r) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("recommendation[" + r.id + "].doneOn", r.doneOn);
        fields.put("recommendation[" + r.id + "].evidence", r.evidence);
        return fields;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(AppClock.VIETNAM));
    }

    public PageResult<HistoryEntry> history(long id, PageRequest page) {
        findVisible(id);
        return history.list(HISTORY_TYPE, id, page);
    }

    public SummaryResponse summary(Integer year, LocalDate from, LocalDate to, Long unitId) {
        if (year == null && (from == null || to == null)) {
            throw ProblemException.invalidField("year", "inspection.period.required");
        }
        LocalDate start = year != null ? LocalDate.of(year, 1, 1) : from;
        LocalDate end = year != null ? LocalDate.of(year, 12, 31) : to;
        if (end.isBefore(start)) {
            throw ProblemException.invalidField("to", "param.period.order");
        }
        Unit unit = units.findVisible(guard.areaUnitId(unitId));
        ReportAreas subtree = ReportAreas.subtree(unit.path);
        long key = ReportAreas.SINGLE;
        SubjectCounts counts = inspections.countSubjects(start, end, subtree).get(key);
        return new SummaryResponse(InspectionMapper.ref(unit), start, end,
                counts.organizationsInspected(), counts.membersInspected(),
                counts.organizationsSupervised(), counts.membersSupervised(), counts.violationsFound(),
                inspections.countActionsByForm(start, end, subtree).get(key));
    }

    private InspectionResponse toResponse(Inspection inspection) {
        InspectionActions.Subject subject = subject(inspection);
        return InspectionMapper.toResponse(inspection, subject.hasConclusion(), showsMembers(), lead(inspection),
                actions.allowed(subject), today());
    }

    private InspectionResponse saved(Inspection inspection, String action, Map<String, Object> before) {
        inspections.flush();
        history.record(HISTORY_TYPE, inspection.id, action, before, inspection.snapshot());
        return toResponse(inspection);
    }

    /** The inspection, if its version is the one read and the rules allow the action now (see {@link InspectionActions}). */
    private Inspection transition(long id, long version, Action action) {
        Inspection inspection = findVisible(id);
        Versions.check(ProblemException.record("record.inspection", id), inspection.version, version, null);
        actions.require(subject(inspection), action);
        return inspection;
    }

    /** The feedback an inspection started from, for admin and inspectors only (as members are). */
    private FeedbackLead lead(Inspection inspection) {
        return inspection.leadFeedbackId == null || !showsMembers() ? null
                : feedback.visibleLead(inspection.leadFeedbackId).orElse(null);
    }

    private InspectionActions.Subject subject(Inspection inspection) {
        return new InspectionActions.Subject(inspection, inspections.conclusionOf(inspection.id).isPresent());
    }

    private void applySubject(Inspection inspection, InspectionRequest request) {
        if ((request.subjectOrganizationId() == null) == (request.subjectMemberId() == null)) {
            throw ProblemException.invalidField("subjectOrganizationId", "inspection.subject.exactly-one");
        }
        if (!request.form().fits(request.kind())) {
            throw ProblemException.invalidField("form", "inspection.form.kind", request.kind(), request.form());
        }
        inspection.kind = request.kind();
        inspection.form = request.form();
        if (request.subjectOrganizationId() != null) {
            PartyOrganization organization = visibleOrganization("subjectOrganizationId", request.subjectOrganizationId());
            inspection.subjectOrganization = organization;
            inspection.subjectMember = null;
            inspection.scopeUnit = organization.unit;
        } else {
            PartyMember member = visibleMember("subjectMemberId", request.subjectMemberId());
            inspection.subjectMember = member;
            inspection.subjectOrganization = null;
            inspection.scopeUnit = member.organization.unit;
        }
        units.requireExistingOn(inspection.scopeUnit, request.plannedStart(), "plannedStart");
        inspection.originSupervision = null;
        if (request.originSupervisionId() != null) {
            Inspection origin = inspections.findByIdOptional(request.originSupervisionId())
                    .filter(o -> guard.current().contains(o.scopeUnit.path))
                    .orElseThrow(() -> ProblemException.invalidField("originSupervisionId", "inspection.origin.not-in-scope"));
            if (request.kind() != Kind.INSPECTION || origin.kind != Kind.SUPERVISION || !sameSubject(origin, request)) {
                throw ProblemException.invalidField("originSupervisionId", "inspection.origin.same-subject");
            }
            inspection.originSupervision = origin;
        }
    }

    private void applyPlan(Inspection inspection, InspectionRequest request) {
        inspection.conductingOrganization = visibleOrganization("conductingOrganizationId", request.conductingOrganizationId());
        inspection.conductingBody = request.conductingBody();
        inspection.planYear = request.planYear();
        if (request.plannedStart() != null && request.plannedEnd() != null
                && request.plannedEnd().isBefore(request.plannedStart())) {
            throw ProblemException.invalidField("plannedEnd", "inspection.planned-end.before-start");
        }
        inspection.plannedStart = request.plannedStart();
        inspection.plannedEnd = request.plannedEnd();
        String topic = Texts.clean(request.topic());
        inspection.topic = topic == null ? InspectionDtos.DEFAULT_TOPIC : topic;
        inspection.leadFeedbackId = null;
        if (request.leadFeedbackId() != null) {
            inspection.leadFeedbackId = feedback.visibleLead(request.leadFeedbackId())
                    .orElseThrow(() -> ProblemException.invalidField("leadFeedbackId", "inspection.lead.not-visible",
                            String.valueOf(request.leadFeedbackId())))
                    .id();
        }
        inspection.teamMembers = request.teamMembers() == null ? new java.util.ArrayList<>()
                : new java.util.ArrayList<>(request.teamMembers().stream().map(Texts::clean).toList());
    }

    private static boolean sameSubject(Inspection inspection, InspectionRequest request) {
        Long organizationId = inspection.subjectOrganization == null ? null : inspection.subjectOrganization.id;
        Long memberId = inspection.subjectMember == null ? null : inspection.subjectMember.id;
        return java.util.Objects.equals(organizationId, request.subjectOrganizationId())
                && java.util.Objects.equals(memberId, request.subjectMemberId());
    }

    private PartyOrganization visibleOrganization(String field, long id) {
        try {
            return organizations.findVisible(id);
        } catch (ProblemException e) {
            throw ProblemException.invalidField(field, "record.party-organization-in-scope", String.valueOf(id));
        }
    }

    private PartyMember visibleMember(String field, long id) {
        try {
            return members.findVisible(id);
        } catch (ProblemException e) {
            throw ProblemException.invalidField(field, "inspection.member.not-in-scope", String.valueOf(id));
        }
    }

    private Unit visibleUnit(String field, long id) {
        try {
            return units.findVisible(id);
        } catch (ProblemException e) {
            throw ProblemException.invalidField(field, "record.unit-in-scope", String.valueOf(id));
        }
    }

    private static void checkDate(String field, LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LocalDate.now(AppClock.VIETNAM))) {
            throw ProblemException.invalidField(field, "field.date-until-today", java.time.LocalDate.of(1990, 1, 1));
        }
    }

    private static Map<String, Object> snapshot(Conclusion conclusion, List<Recommendation> recommendations) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("conclusion.violationFound", conclusion.violationFound);
        fields.put("conclusion.findings", conclusion.findings);
        for (int i = 0; i < recommendations.size(); i++) {
            Recommendation r = recommendations.get(i);
            fields.put("conclusion.recommendations[" + i + "]", r.content + " | " + r.responsibleUnit.code
                    + " | " + r.dueDate + (r.doneOn == null ? "" : " | done " + r.doneOn));
        }
        return fields;
    }
}

package vn.coso.consultations;

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
import vn.coso.common.paging.Period;
import vn.coso.common.security.Scope;
import vn.coso.common.security.ScopeGuard;
import vn.coso.consultations.ConsultationActions.Action;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.consultations.ConsultationDtos.CommentCounts;
import vn.coso.consultations.ConsultationDtos.ConsultationFigures;
import vn.coso.consultations.ConsultationDtos.ConsultationRequest;
import vn.coso.consultations.ConsultationDtos.ConsultationResponse;
import vn.coso.consultations.ConsultationDtos.ConsultationSummary;
import vn.coso.consultations.ConsultationDtos.ConsultationUpdateRequest;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Consultations as staff keep them: in the scope of the unit whose draft it is, with a workflow
 * (DRAFT → PUBLISHED → CONCLUDED, or CANCELLED) whose every step the history keeps.
 */
@ApplicationScoped
public class ConsultationService {

    static final String HISTORY_TYPE = "consultation";

    private final ConsultationRepository consultations;
    private final ConsultationCommentRepository comments;
    private final UnitService units;
    private final ScopeGuard guard;
    private final HistoryService history;
    private final ConsultationCalendar calendar;
    private final DomainEvents events;
    private final ConsultationActions actions;

    public ConsultationService(ConsultationRepository consultations, ConsultationCommentRepository comments,
                               UnitService units, ScopeGuard guard, HistoryService history,
                               ConsultationCalendar calendar, DomainEvents events, ConsultationActions actions) {
        this.events = events;
        this.consultations = consultations;
        this.comments = comments;
        this.units = units;
        this.guard = guard;
        this.history = history;
        this.calendar = calendar;
        this.actions = actions;
    }

    public PageResult<ConsultationSummary> list(ConsultationFilter filter, PageRequest page) {
        Scope visible = guard.current();
        String unitPath = guard.subtreeOf(filter.unitId());
        LocalDate today = calendar.today();
        List<Consultation> found = consultations.findInScope(filter, unitPath, visible, today,
                page.sort(ConsultationRepository.SORTABLE), page.offset(), page.size());
        Map<Long, CommentCounts> counts = comments.countsByOutcome(found.stream().map(c -> c.id).toList());
        return new PageResult<>(found, page.page(), page.size(), consultations.countInScope(filter, unitPath, visible, today))
                .map(c -> {
                    CommentCounts of = counts.getOrDefault(c.id, CommentCounts.NONE);
                    return ConsultationMapper.toSummary(c, of, today,
                            actions.allowed(new ConsultationActions.Subject(c, today, of.unanswered())));
                });
    }

    public ConsultationFigures figures(Long unitId, Period period) {
        Scope visible = guard.current();
        String unitPath = guard.subtreeOn(unitId, period.to());
        return new ConsultationFigures(period.from(), period.to(), consultations.countHeld(visible, unitPath, period),
                ConsultationCommentRepository.tally(consultations.commentsOfHeldByOutcome(visible, unitPath, period)));
    }

    public ConsultationResponse get(long id) {
        return toResponse(findVisible(id));
    }

    public PageResult<HistoryEntry> history(long id, PageRequest page) {
        findVisible(id);
        return history.list(HISTORY_TYPE, id, page);
    }

    @Transactional
    public ConsultationResponse create(ConsultationRequest request) {
        long unitId = request.unitId();
        Unit unit = units.visible(unitId)
                .orElseThrow(() -> ProblemException.invalidField("unitId", "record.unit-in-scope", String.valueOf(unitId)));
        checkWindow(request.opensOn(), request.closesOn());
        units.requireExistingOn(unit, request.opensOn(), "opensOn");
        Consultation consultation = new Consultation();
        consultation.unit = unit;
        consultation.status = ConsultationStatus.DRAFT;
        apply(consultation, request.kind(), request.title(), request.text(), request.opensOn(), request.closesOn());
        consultations.persistAndFlush(consultation);
        history.record(HISTORY_TYPE, consultation.id, "CREATED", Map.of(), consultation.snapshot());
        return toResponse(consultation);
    }

    @Transactional
    public ConsultationResponse update(long id, ConsultationUpdateRequest request, Long ifMatch) {
        Consultation consultation = findVisible(id);
        Versions.check(ProblemException.record("record.consultation", id), consultation.version, request.version(), ifMatch);
        require(consultation, Action.UPDATE);
        checkWindow(request.opensOn(), request.closesOn());
        units.requireExistingOn(consultation.unit, request.opensOn(), "opensOn");
        var before = consultation.snapshot();
        apply(consultation, request.kind(), request.title(), request.text(), request.opensOn(), request.closesOn());
        consultations.flush();
        history.record(HISTORY_TYPE, id, "UPDATED", before, consultation.snapshot());
        return toResponse(consultation);
    }

    @Transactional
    public void delete(long id) {
        Consultation consultation = findVisible(id);
        require(consultation, Action.DELETE);
        history.record(HISTORY_TYPE, id, "DELETED", consultation.snapshot(), Map.of());
        consultations.delete(consultation);
    }

    /** DRAFT → PUBLISHED: the public sees it from its opening date and comments until its closing date. */
    @Transactional
    public ConsultationResponse publish(long id, long version) {
        Consultation consultation = transition(id, version, Action.PUBLISH);
        var before = consultation.snapshot();
        consultation.status = ConsultationStatus.PUBLISHED;
        consultation.publishedAt = Instant.now();
        ConsultationResponse response = saved(consultation, "PUBLISHED", before);
        fire(EventTypes.CONSULTATION_PUBLISHED, consultation, Map.of());
        return response;
    }

    /** PUBLISHED → CONCLUDED once closed and every comment answered: the result is final. */
    @Transactional
    public ConsultationResponse conclude(long id, long version) {
        Consultation consultation = transition(id, version, Action.CONCLUDE);
        var before = consultation.snapshot();
        consultation.status = ConsultationStatus.CONCLUDED;
        consultation.concludedAt = Instant.now();
        ConsultationResponse response = saved(consultation, "CONCLUDED", before);
        CommentCounts counts = comments.countsByOutcome(List.of(id)).getOrDefault(id, CommentCounts.NONE);
        fire(EventTypes.CONSULTATION_CONCLUDED, consultation, Map.of("comments", counts));
        return response;
    }

    /** DRAFT or PUBLISHED → CANCELLED: withdrawn, no longer public. */
    @Transactional
    public ConsultationResponse cancel(long id, long version) {
        Consultation consultation = transition(id, version, Action.CANCEL);
        var before = consultation.snapshot();
        consultation.status = ConsultationStatus.CANCELLED;
        return saved(consultation, "CANCELLED", before);
    }

    /**
     * A consultation's event: its public facts (the draft is public once published), never a commenter.
     * Comments (consultation.commented) reach the unit's officers only.
     */
    void fire(String type, Consultation consultation, Map<String, Object> extra) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("consultationId", consultation.id);
        data.put("unitId", consultation.unit.id);
        data.put("unitCode", consultation.unit.code);
        data.put("kind", consultation.kind.name());
        data.put("title", consultation.title);
        data.put("status", consultation.status.name());
        data.put("opensOn", consultation.opensOn);
        data.put("closesOn", consultation.closesOn);
        data.put("publishedAt", consultation.publishedAt);
        if (consultation.concludedAt != null) {
            data.put("concludedAt", consultation.concludedAt);
        }
        data.putAll(extra);
        events.fire(type, consultation.id, consultation.unit.id, consultation.unit.path, data);
    }

    /**
     * For a regulation that names the consultation preceding it: a published or concluded
     * consultation of the same unit, visible to the caller. Answers the problem, if any.
     */
    public Optional<Msg> precedingProblem(long consultationId, long unitId) {
        Optional<Consultation> found = consultations.findByIdOptional(consultationId)
                .filter(c -> guard.canSee(c.unit.path) && c.unit.id.equals(unitId));
        if (found.isEmpty()) {
            return Optional.of(Msg.of("consultation.preceding.other-unit"));
        }
        ConsultationStatus status = found.get().status;
        return status == ConsultationStatus.PUBLISHED || status == ConsultationStatus.CONCLUDED ? Optional.empty()
                : Optional.of(Msg.of("consultation.preceding.status", String.valueOf(consultationId), status));
    }

    /**
     * The title of a consultation the caller may see, if there is one: for records that name the
     * consultation they answer (a social critique of its draft).
     */
    public Optional<String> visibleTitle(long id) {
        return guard.visible(consultations.findByIdOptional(id), c -> c.unit.path).map(c -> c.title);
    }

    /** A consultation the caller may see, or 404: out of scope looks exactly like not existing. */
    Consultation findVisible(long id) {
        return guard.require(consultations.findByIdOptional(id), c -> c.unit.path, "record.consultation", id);
    }

    /** {@link #findVisible}, read under a shared lock (see {@link ConsultationRepository#findForShare}). */
    Consultation findVisibleForShare(long id) {
        return guard.require(consultations.findForShare(id), c -> c.unit.path, "record.consultation", id);
    }

    /** The consultation, if its version is the one read and the rules allow the action now (see {@link ConsultationActions}). */
    private Consultation transition(long id, long version, Action action) {
        Consultation consultation = findVisible(id);
        Versions.check(ProblemException.record("record.consultation", id), consultation.version, version, null);
        require(consultation, action);
        return consultation;
    }

    private void require(Consultation consultation, Action action) {
        actions.require(new ConsultationActions.Subject(consultation, calendar.today(),
                action == Action.CONCLUDE ? comments.countUnanswered(consultation.id) : 0), action);
    }

    private ConsultationResponse saved(Consultation consultation, String action, Map<String, Object> before) {
        consultations.flush();
        history.record(HISTORY_TYPE, consultation.id, action, before, consultation.snapshot());
        return toResponse(consultation);
    }

    private ConsultationResponse toResponse(Consultation consultation) {
        CommentCounts counts = comments.countsByOutcome(List.of(consultation.id))
                .getOrDefault(consultation.id, CommentCounts.NONE);
        LocalDate today = calendar.today();
        return ConsultationMapper.toResponse(consultation, counts, today,
                actions.allowed(new ConsultationActions.Subject(consultation, today, counts.unanswered())));
    }

    private static void apply(Consultation consultation, ConsultationKind kind, String title, String text,
                              LocalDate opensOn, LocalDate closesOn) {
        consultation.kind = kind;
        consultation.title = Texts.clean(title);
        consultation.text = Texts.clean(text);
        consultation.opensOn = opensOn;
        consultation.closesOn = closesOn;
    }

    private static void checkWindow(LocalDate opensOn, LocalDate closesOn) {
        if (closesOn.isBefore(opensOn)) {
            throw ProblemException.invalidField("closesOn", "consultation.closes-before-opening");
        }
    }
}

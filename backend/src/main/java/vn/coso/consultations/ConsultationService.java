package vn.coso.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.history.HistoryDtos.HistoryEntry;
import vn.coso.common.history.HistoryService;
import vn.coso.common.i18n.Msg;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.Period;
import vn.coso.common.security.Scope;
import vn.coso.common.security.ScopeGuard;
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
import java.util.Set;

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

    public ConsultationService(ConsultationRepository consultations, ConsultationCommentRepository comments,
                               UnitService units, ScopeGuard guard, HistoryService history,
                               ConsultationCalendar calendar) {
        this.consultations = consultations;
        this.comments = comments;
        this.units = units;
        this.guard = guard;
        this.history = history;
        this.calendar = calendar;
    }

    public PageResult<ConsultationSummary> list(ConsultationFilter filter, PageRequest page) {
        Scope visible = guard.current();
        String unitPath = guard.subtreeOf(filter.unitId());
        LocalDate today = calendar.today();
        List<Consultation> found = consultations.findInScope(filter, unitPath, visible, today,
                page.sort(ConsultationRepository.SORTABLE), page.offset(), page.size());
        Map<Long, CommentCounts> counts = comments.countsByOutcome(found.stream().map(c -> c.id).toList());
        return new PageResult<>(found, page.page(), page.size(), consultations.countInScope(filter, unitPath, visible, today))
                .map(c -> ConsultationMapper.toSummary(c, counts.getOrDefault(c.id, CommentCounts.NONE), today));
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
        if (consultation.status != ConsultationStatus.DRAFT) {
            throw ProblemException.of(409, "consultation.not-a-draft", Msg.of("consultation.not-a-draft.change",
                    String.valueOf(id), consultation.status));
        }
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
        if (consultation.status != ConsultationStatus.DRAFT) {
            throw ProblemException.of(409, "consultation.not-a-draft", Msg.of("consultation.not-a-draft.delete"));
        }
        history.record(HISTORY_TYPE, id, "DELETED", consultation.snapshot(), Map.of());
        consultations.delete(consultation);
    }

    /** DRAFT → PUBLISHED: the public sees it from its opening date and comments until its closing date. */
    @Transactional
    public ConsultationResponse publish(long id, long version) {
        Consultation consultation = transition(id, version, Set.of(ConsultationStatus.DRAFT), "publish it");
        if (consultation.closesOn.isBefore(calendar.today())) {
            throw ProblemException.of(409, "consultation.window-passed", String.valueOf(id), consultation.closesOn);
        }
        var before = consultation.snapshot();
        consultation.status = ConsultationStatus.PUBLISHED;
        consultation.publishedAt = Instant.now();
        return saved(consultation, "PUBLISHED", before);
    }

    /** PUBLISHED → CONCLUDED once closed and every comment answered: the result is final. */
    @Transactional
    public ConsultationResponse conclude(long id, long version) {
        Consultation consultation = transition(id, version, Set.of(ConsultationStatus.PUBLISHED), "conclude it");
        if (consultation.window(calendar.today()) != ConsultationWindow.CLOSED) {
            throw ProblemException.of(409, "consultation.not-closed", Msg.of("consultation.not-closed.conclude",
                    String.valueOf(id), consultation.closesOn));
        }
        long unanswered = comments.countUnanswered(id);
        if (unanswered > 0) {
            throw ProblemException.of(409, "consultation.comments-unanswered", unanswered, String.valueOf(id));
        }
        var before = consultation.snapshot();
        consultation.status = ConsultationStatus.CONCLUDED;
        consultation.concludedAt = Instant.now();
        return saved(consultation, "CONCLUDED", before);
    }

    /** DRAFT or PUBLISHED → CANCELLED: withdrawn, no longer public. */
    @Transactional
    public ConsultationResponse cancel(long id, long version) {
        Consultation consultation = transition(id, version,
                Set.of(ConsultationStatus.DRAFT, ConsultationStatus.PUBLISHED), "cancel it");
        var before = consultation.snapshot();
        consultation.status = ConsultationStatus.CANCELLED;
        return saved(consultation, "CANCELLED", before);
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

    /** A consultation the caller may see, or 404: out of scope looks exactly like not existing. */
    Consultation findVisible(long id) {
        return guard.require(consultations.findByIdOptional(id), c -> c.unit.path, "record.consultation", id);
    }

    /** {@link #findVisible}, read under a shared lock (see {@link ConsultationRepository#findForShare}). */
    Consultation findVisibleForShare(long id) {
        return guard.require(consultations.findForShare(id), c -> c.unit.path, "record.consultation", id);
    }

    private Consultation transition(long id, long version, Set<ConsultationStatus> from, String action) {
        Consultation consultation = findVisible(id);
        Versions.check(ProblemException.record("record.consultation", id), consultation.version, version, null);
        if (!from.contains(consultation.status)) {
            throw ProblemException.of(409, "consultation.illegal-transition", String.valueOf(id), consultation.status,
                    Msg.of("consultation.action." + action.replace(' ', '-')));
        }
        return consultation;
    }

    private ConsultationResponse saved(Consultation consultation, String action, Map<String, Object> before) {
        consultations.flush();
        history.record(HISTORY_TYPE, consultation.id, action, before, consultation.snapshot());
        return toResponse(consultation);
    }

    private ConsultationResponse toResponse(Consultation consultation) {
        CommentCounts counts = comments.countsByOutcome(List.of(consultation.id))
                .getOrDefault(consultation.id, CommentCounts.NONE);
        return ConsultationMapper.toResponse(consultation, counts, calendar.today());
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

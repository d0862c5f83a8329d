package vn.coso.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.events.EventTypes;
import vn.coso.common.history.HistoryService;
import vn.coso.common.i18n.Msg;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.feedback.FeedbackActions.Action;
import vn.coso.feedback.FeedbackDtos.AnswerRequest;
import vn.coso.feedback.FeedbackDtos.AssignRequest;
import vn.coso.feedback.FeedbackDtos.FeedbackResponse;
import vn.coso.feedback.FeedbackDtos.PriorityRequest;
import vn.coso.feedback.FeedbackDtos.RejectRequest;
import vn.coso.feedback.FeedbackEnums.Status;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

import java.time.Instant;
import java.util.Map;

/**
 * The explicit operations of the inbox. RECEIVED → ASSIGNED → IN_PROGRESS → ANSWERED → CLOSED,
 * or REJECTED from any open status; reopen sends an answered, closed (or, for admins, rejected)
 * feedback back to IN_PROGRESS. Each checks the version read and records who did what.
 */
@ApplicationScoped
public class FeedbackWorkflow {

    /** A rating at or below this lets an officer reopen the feedback. */
    static final int LOW_RATING = 2;

    private final FeedbackService views;
    private final FeedbackDeadlines deadlines;
    private final UnitService units;
    private final HistoryService history;
    private final FeedbackActions actions;
    private final FeedbackEvents events;

    public FeedbackWorkflow(FeedbackService views, FeedbackDeadlines deadlines, UnitService units,
                            HistoryService history, FeedbackActions actions, FeedbackEvents events) {
        this.views = views;
        this.deadlines = deadlines;
        this.units = units;
        this.history = history;
        this.actions = actions;
        this.events = events;
    }

    @Transactional
    public FeedbackResponse assign(long id, AssignRequest request) {
        Feedback f = transition(id, request.version(), Action.ASSIGN);
        Unit unit = units.visible(request.unitId())
                .orElseThrow(() -> ProblemException.invalidField("unitId", "record.unit-in-scope", String.valueOf(request.unitId())));
        var before = f.snapshot();
        f.assignedUnit = unit;
        f.assignee = Texts.clean(request.assignee());
        f.status = Status.ASSIGNED;
        if (request.priority() != null) {
            f.priority = request.priority();
        }
        acknowledge(f);
        return saved(f, "ASSIGNED", before);
    }

    @Transactional
    public FeedbackResponse start(long id, long version) {
        Feedback f = transition(id, version, Action.START);
        var before = f.snapshot();
        f.status = Status.IN_PROGRESS;
        acknowledge(f);
        return saved(f, "STARTED", before);
    }

    @Transactional
    public FeedbackResponse answer(long id, AnswerRequest request) {
        Feedback f = transition(id, request.version(), Action.ANSWER);
        String answer = Texts.clean(request.answer());
        if (answer == null) {
            throw ProblemException.invalidField("answer", "field.not-blank");
        }
        var before = f.snapshot();
        f.answer = answer;
        f.answerPublished = request.published() == null || request.published();
        f.answeredAt = Instant.now();
        f.status = Status.ANSWERED;
        FeedbackResponse saved = saved(f, "ANSWERED", before);
        events.fire(EventTypes.FEEDBACK_ANSWERED, f, Map.of("answerPublished", f.answerPublished));
        if (f.answerPublished) {
            events.tellSender(EventTypes.FEEDBACK_ANSWERED, f, false);
        }
        return saved;
    }

    @Transactional
    public FeedbackResponse close(long id, long version) {
        Feedback f = transition(id, version, Action.CLOSE);
        var before = f.snapshot();
        f.status = Status.CLOSED;
        f.closedAt = Instant.now();
        return saved(f, "CLOSED", before);
    }

    @Transactional
    public FeedbackResponse reject(long id, RejectRequest request) {
        Feedback f = transition(id, request.version(), Action.REJECT);
        var before = f.snapshot();
        f.status = Status.REJECTED;
        f.rejectReason = request.reason();
        f.rejectNote = Texts.clean(request.note());
        f.closedAt = Instant.now();
        acknowledge(f);
        return saved(f, "REJECTED", before);
    }

    /**
     * Back to IN_PROGRESS with a new answer deadline: officers after the sender's low rating,
     * admins whenever it is answered, closed or rejected.
     */
    @Transactional
    public FeedbackResponse reopen(long id, long version) {
        Feedback f = transition(id, version, Action.REOPEN);
        var before = f.snapshot();
        Instant now = Instant.now();
        f.status = Status.IN_PROGRESS;
        f.answeredAt = null;
        f.closedAt = null;
        f.rejectReason = null;
        f.rejectNote = null;
        f.rating = null;
        f.ratingComment = null;
        f.ratedAt = null;
        deadlines.restartAnswer(f, now);
        FeedbackResponse saved = saved(f, "REOPENED", before);
        events.fire(EventTypes.FEEDBACK_REOPENED, f);
        events.tellSender(EventTypes.FEEDBACK_REOPENED, f, false);
        return saved;
    }

    @Transactional
    public FeedbackResponse prioritize(long id, PriorityRequest request) {
        Feedback f = transition(id, request.version(), Action.PRIORITY);
        var before = f.snapshot();
        f.priority = request.priority();
        deadlines.apply(f);
        return saved(f, "PRIORITY_CHANGED", before);
    }

    /** The first handling acknowledges the feedback; the answer deadline then counts from it. */
    private void acknowledge(Feedback f) {
        if (f.acknowledgedAt == null) {
            f.acknowledgedAt = Instant.now();
        }
        deadlines.apply(f);
    }

    /** The feedback, if its version is the one read and the rules allow the action now (see {@link FeedbackActions}). */
    private Feedback transition(long id, long version, Action action) {
        Feedback f = views.findVisible(id);
        Versions.check(ProblemException.record("record.feedback", id), f.version, version, null);
        actions.require(f, action);
        return f;
    }

    private FeedbackResponse saved(Feedback f, String action, Map<String, Object> before) {
        views.flush(f);
        history.record(FeedbackService.HISTORY_TYPE, f.id, action, before, f.snapshot());
        return views.toResponse(f);
    }
}

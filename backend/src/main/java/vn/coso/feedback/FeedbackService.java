package vn.coso.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.calendar.WorkingCalendar;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.history.HistoryDtos.HistoryEntry;
import vn.coso.common.history.HistoryService;
import vn.coso.common.i18n.Msg;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.PageWindow;
import vn.coso.common.paging.Slice;
import vn.coso.common.paging.Total;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Scope;
import vn.coso.common.security.ScopeGuard;
import vn.coso.common.web.Texts;
import vn.coso.feedback.FeedbackDtos.FeedbackResponse;
import vn.coso.feedback.FeedbackDtos.FeedbackTracking;
import vn.coso.feedback.FeedbackDtos.RatingRequest;

import java.time.Instant;
import java.util.Optional;
import java.util.List;
import java.util.Map;

/**
 * Reading feedback: the staff inbox in scope, one feedback, its history, and the tracking page of
 * the public. Only admins get the sender (name, phone, email); everyone else gets null.
 */
@ApplicationScoped
public class FeedbackService {

    static final String HISTORY_TYPE = "feedback";

    private final FeedbackRepository feedback;
    private final ScopeGuard guard;
    private final WorkingCalendar calendar;
    private final HistoryService history;
    private final CurrentUser user;
    private final FeedbackActions actions;

    public FeedbackService(FeedbackRepository feedback, ScopeGuard guard, WorkingCalendar calendar,
                           HistoryService history, CurrentUser user, FeedbackActions actions) {
        this.feedback = feedback;
        this.guard = guard;
        this.calendar = calendar;
        this.history = history;
        this.user = user;
        this.actions = actions;
    }

    @Transactional
    public PageResult<FeedbackResponse> list(FeedbackFilter filter, PageRequest page) {
        Scope visible = guard.current();
        String unitPath = guard.subtreeOf(filter.unitId());
        Instant now = Instant.now();
        PageWindow window = page.window(FeedbackRepository.SORTABLE, FeedbackRepository.ID);
        Slice<Feedback> found = feedback.findInScope(filter, unitPath, visible, calendar.zone(), now, window);
        Total total = feedback.countInScope(filter, unitPath, visible, calendar.zone(), now, window.sort());
        Map<Long, FeedbackSender> senders = showsSender()
                ? feedback.sendersOf(found.rows().stream().map(f -> f.id).toList()) : Map.of();
        return PageResult.of(found, window, total)
                .map(f -> FeedbackMapper.toResponse(f, senders.get(f.id), now, actions.allowed(f)));
    }

    @Transactional
    public FeedbackResponse get(long id) {
        return toResponse(findVisible(id));
    }

    @Transactional
    public PageResult<HistoryEntry> history(long id, PageRequest page) {
        findVisible(id);
        return history.list(HISTORY_TYPE, id, page);
    }

    /** The tracking page: status, dates and the published answer; 404 for a code that names nothing. */
    @Transactional
    public FeedbackTracking track(String trackingCode) {
        return FeedbackMapper.toTracking(byTrackingCode(trackingCode));
    }

    /** For systems that submitted feedback: the tracking view, if the feedback is in their scope. */
    @Transactional
    public FeedbackTracking trackInScope(String trackingCode) {
        Feedback f = byTrackingCode(trackingCode);
        if (!isVisible(f)) {
            throw notFound(trackingCode);
        }
        return FeedbackMapper.toTracking(f);
    }

    /** The sender's satisfaction with the answer, once. */
    @Transactional
    public FeedbackTracking rate(String trackingCode, RatingRequest request) {
        Feedback f = byTrackingCode(trackingCode);
        if (!FeedbackMapper.canRate(f)) {
            throw ProblemException.of(409, "feedback.rating.not-allowed", f.rating != null
                    ? Msg.of("feedback.rating.already-rated")
                    : Msg.of("feedback.rating.not-answered", f.status));
        }
        var before = f.snapshot();
        f.rating = request.score();
        f.ratingComment = Texts.clean(request.comment());
        f.ratedAt = Instant.now();
        feedback.flush();
        history.recordAs(FeedbackIntake.PUBLIC, HISTORY_TYPE, f.id, "RATED", before, f.snapshot());
        return FeedbackMapper.toTracking(f);
    }

    /**
     * A feedback the caller may see, as the lead of an inspection or supervision: its code, unit,
     * right and title — nothing of its sender, whoever asks.
     */
    public Optional<FeedbackDtos.FeedbackLead> visibleLead(long id) {
        return feedback.findByIdOptional(id).filter(this::isVisible).map(f -> new FeedbackDtos.FeedbackLead(f.id,
                TrackingCodes.display(f.trackingCode), FeedbackMapper.ref(f.unit), f.right, f.title, f.receivedAt));
    }

    Feedback findVisible(long id) {
        return feedback.findByIdOptional(id).filter(this::isVisible)
                .orElseThrow(() -> ProblemException.notFound("record.feedback", id));
    }

    /** Writes a change now, so that the response carries the new version. */
    void flush(Feedback f) {
        feedback.flush();
    }

    FeedbackResponse toResponse(Feedback f) {
        FeedbackSender sender = showsSender() ? feedback.senderOf(f.id).orElse(null) : null;
        return FeedbackMapper.toResponse(f, sender, Instant.now(), actions.allowed(f));
    }

    /** PRODUCT.md, "Protection of people who speak up": the sender is for admins' eyes only. */
    boolean showsSender() {
        return user.isAdmin();
    }

    /** Feedback is seen from the unit it is about and from the unit it was assigned to. */
    private boolean isVisible(Feedback f) {
        return guard.canSee(f.unit.path) || (f.assignedUnit != null && guard.canSee(f.assignedUnit.path));
    }

    private Feedback byTrackingCode(String typed) {
        return TrackingCodes.normalize(typed).flatMap(feedback::findByTrackingCode)
                .orElseThrow(() -> notFound(typed));
    }

    private static ProblemException notFound(String typed) {
        return ProblemException.of(404, "feedback.tracking-code.unknown");
    }
}

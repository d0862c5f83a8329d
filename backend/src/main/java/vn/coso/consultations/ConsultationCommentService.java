package vn.coso.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.events.EventTypes;
import vn.coso.common.history.HistoryService;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.consultations.ConsultationDtos.CommentAnswerRequest;
import vn.coso.consultations.ConsultationDtos.CommentResponse;
import vn.coso.consultations.ConsultationDtos.PublicCommentReceipt;
import vn.coso.consultations.ConsultationDtos.PublicCommentRequest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Comments: anyone sends one while a consultation is open; after it closes, the unit answers each
 * (tiếp thu, giải trình). The author's name and contact reach admin only.
 */
@ApplicationScoped
public class ConsultationCommentService {

    private final ConsultationRepository consultations;
    private final ConsultationCommentRepository comments;
    private final ConsultationService staff;
    private final HistoryService history;
    private final ConsultationCalendar calendar;
    private final CurrentUser user;
    private final ConsultationCommentActions actions;

    public ConsultationCommentService(ConsultationRepository consultations, ConsultationCommentRepository comments,
                                      ConsultationService staff, HistoryService history,
                                      ConsultationCalendar calendar, CurrentUser user,
                                      ConsultationCommentActions actions) {
        this.consultations = consultations;
        this.comments = comments;
        this.staff = staff;
        this.history = history;
        this.calendar = calendar;
        this.user = user;
        this.actions = actions;
    }

    /** A comment from the public portal: only while the consultation is open, else 409. */
    @Transactional
    public PublicCommentReceipt submit(long consultationId, PublicCommentRequest request) {
        Consultation consultation = consultations.findForShare(consultationId)
                .filter(consultations::isPublic)
                .orElseThrow(() -> ProblemException.notFound("record.consultation", consultationId));
        if (consultation.status != ConsultationStatus.PUBLISHED
                || consultation.window(calendar.today()) != ConsultationWindow.OPEN) {
            throw ProblemException.of(409, "consultation.not-open", String.valueOf(consultationId),
                    consultation.opensOn, consultation.closesOn);
        }
        ConsultationComment comment = new ConsultationComment();
        comment.consultation = consultation;
        comment.text = Texts.clean(request.text());
        if (!Boolean.TRUE.equals(request.anonymous())) {
            comment.authorName = Texts.clean(request.authorName());
            comment.authorPhone = Texts.clean(request.authorPhone());
            comment.authorEmail = Texts.clean(request.authorEmail());
            if (comment.hasAuthor() && !Boolean.TRUE.equals(request.consent())) {
                throw ProblemException.invalidField("consent", "consultation.comment.consent");
            }
        }
        comment.receivedAt = Instant.now();
        comments.persistAndFlush(comment);
        staff.fire(EventTypes.CONSULTATION_COMMENTED, consultation, Map.of("commentId", comment.id));
        return new PublicCommentReceipt(comment.id, consultationId, comment.receivedAt, comment.hasAuthor());
    }

    /** A consultation's comments for staff in its scope; the author only for admin. */
    public PageResult<CommentResponse> list(long consultationId, PageRequest page) {
        Consultation consultation = staff.findVisible(consultationId);
        List<ConsultationComment> found = comments.findFor(consultationId, page.page(), page.size());
        boolean showAuthor = user.isAdmin();
        // Every comment of a consultation allows the same: the rules are the consultation's.
        List<ConsultationCommentActions.Action> allowed = actions.allowed(new ConsultationCommentActions.Subject(consultation, calendar.today()));
        return new PageResult<>(found, page.page(), page.size(), comments.countFor(consultationId))
                .map(c -> ConsultationMapper.toComment(c, showAuthor, allowed));
    }

    /** Records or corrects the answer to a comment, after the consultation closed and until it is concluded. */
    @Transactional
    public CommentResponse answer(long consultationId, long commentId, CommentAnswerRequest request) {
        Consultation consultation = staff.findVisibleForShare(consultationId);
        ConsultationComment comment = comments.findByIdOptional(commentId)
                .filter(c -> c.consultation.id.equals(consultationId))
                .orElseThrow(() -> ProblemException.notFound("record.comment", commentId));
        Versions.check(ProblemException.record("record.comment", commentId), comment.version, request.version(), null);
        ConsultationCommentActions.Subject subject = new ConsultationCommentActions.Subject(consultation, calendar.today());
        actions.require(subject, ConsultationCommentActions.Action.ANSWER);
        var before = comment.answerSnapshot();
        String action = comment.outcome == null ? "COMMENT_ANSWERED" : "COMMENT_ANSWER_CHANGED";
        comment.outcome = request.outcome();
        comment.explanation = Texts.clean(request.explanation());
        comment.answeredAt = Instant.now();
        comments.flush();
        history.record(ConsultationService.HISTORY_TYPE, consultationId, action, before, comment.answerSnapshot());
        return ConsultationMapper.toComment(comment, user.isAdmin(), actions.allowed(subject));
    }
}

package vn.coso.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.i18n.Msg;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.consultations.ConsultationDtos.CommentCounts;
import vn.coso.consultations.ConsultationDtos.ConsultationResult;
import vn.coso.consultations.ConsultationDtos.PublicComment;
import vn.coso.consultations.ConsultationDtos.PublicConsultationResponse;
import vn.coso.consultations.ConsultationDtos.PublicConsultationSummary;
import vn.coso.units.UnitService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What anyone, signed out, reads: published consultations, and once closed every comment with its answer. */
@ApplicationScoped
public class PublicConsultationService {

    private final ConsultationRepository consultations;
    private final ConsultationCommentRepository comments;
    private final UnitService units;
    private final ConsultationCalendar calendar;

    public PublicConsultationService(ConsultationRepository consultations, ConsultationCommentRepository comments,
                                     UnitService units, ConsultationCalendar calendar) {
        this.consultations = consultations;
        this.comments = comments;
        this.units = units;
        this.calendar = calendar;
    }

    public PageResult<PublicConsultationSummary> list(ConsultationFilter filter, PageRequest page) {
        LocalDate today = calendar.today();
        String unitPath = publicSubtreeOf(filter.unitId());
        List<Consultation> found = consultations.findPublic(filter, unitPath, today,
                page.sort(ConsultationRepository.SORTABLE), page.offset(), page.size());
        Map<Long, CommentCounts> counts = comments.countsByOutcome(found.stream().map(c -> c.id).toList());
        return new PageResult<>(found, page.page(), page.size(), consultations.countPublic(filter, unitPath, today))
                .map(c -> ConsultationMapper.toPublicSummary(c, counts.getOrDefault(c.id, CommentCounts.NONE), today));
    }

    /** The subtree of a public unitId filter: units are public, so any existing unit; else 400. */
    private String publicSubtreeOf(Long unitId) {
        return unitId == null ? null : units.findAnyPath(unitId)
                .orElseThrow(() -> ProblemException.invalidField("unitId", "record.unit-missing", String.valueOf(unitId)));
    }

    public PublicConsultationResponse get(long id) {
        Consultation consultation = findPublic(id);
        return ConsultationMapper.toPublicResponse(consultation, countsOf(id), calendar.today());
    }

    /** Every comment and its answer, once the consultation has closed; 409 before. */
    public ConsultationResult result(long id, PageRequest page) {
        Consultation consultation = findPublic(id);
        LocalDate today = calendar.today();
        if (consultation.window(today) != ConsultationWindow.CLOSED) {
            throw ProblemException.of(409, "consultation.not-closed", Msg.of("consultation.not-closed.result",
                    String.valueOf(id), consultation.closesOn));
        }
        CommentCounts counts = countsOf(id);
        List<PublicComment> found = comments.findFor(id, page.page(), page.size()).stream()
                .map(ConsultationMapper::toPublicComment).toList();
        return new ConsultationResult(ConsultationMapper.toPublicSummary(consultation, counts, today), counts,
                new PageResult<>(found, page.page(), page.size(), counts.total()));
    }

    private Consultation findPublic(long id) {
        return consultations.findPublic(id).orElseThrow(() -> ProblemException.notFound("record.consultation", id));
    }

    private CommentCounts countsOf(long id) {
        return comments.countsByOutcome(List.of(id)).getOrDefault(id, CommentCounts.NONE);
    }
}

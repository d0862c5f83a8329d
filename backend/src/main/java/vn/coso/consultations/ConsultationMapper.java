package vn.coso.consultations;

import vn.coso.consultations.ConsultationDtos.CommentAuthor;
import vn.coso.consultations.ConsultationDtos.CommentCounts;
import vn.coso.consultations.ConsultationDtos.CommentResponse;
import vn.coso.consultations.ConsultationDtos.ConsultationResponse;
import vn.coso.consultations.ConsultationDtos.ConsultationSummary;
import vn.coso.consultations.ConsultationDtos.PublicComment;
import vn.coso.consultations.ConsultationDtos.PublicConsultationResponse;
import vn.coso.consultations.ConsultationDtos.PublicConsultationSummary;
import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;

import java.time.LocalDate;
import java.util.List;

final class ConsultationMapper {

    private ConsultationMapper() {
    }

    static ConsultationSummary toSummary(Consultation c, CommentCounts counts, LocalDate today,
                                         List<ConsultationActions.Action> allowedActions) {
        return new ConsultationSummary(c.id, toRef(c.unit), c.kind, c.title, c.opensOn, c.closesOn, c.status,
                c.window(today), counts, c.version, c.createdAt, c.updatedAt, allowedActions);
    }

    static ConsultationResponse toResponse(Consultation c, CommentCounts counts, LocalDate today,
                                           List<ConsultationActions.Action> allowedActions) {
        return new ConsultationResponse(c.id, toRef(c.unit), c.kind, c.title, c.text, c.opensOn, c.closesOn,
                c.status, c.window(today), counts, c.publishedAt, c.concludedAt, c.version, c.createdAt, c.updatedAt,
                allowedActions);
    }

    static PublicConsultationSummary toPublicSummary(Consultation c, CommentCounts counts, LocalDate today) {
        return new PublicConsultationSummary(c.id, toRef(c.unit), c.kind, c.title, c.opensOn, c.closesOn,
                c.window(today), c.status == ConsultationStatus.CONCLUDED, counts.total());
    }

    static PublicConsultationResponse toPublicResponse(Consultation c, CommentCounts counts, LocalDate today) {
        return new PublicConsultationResponse(c.id, toRef(c.unit), c.kind, c.title, c.text, c.opensOn, c.closesOn,
                c.window(today), c.status == ConsultationStatus.CONCLUDED, counts.total());
    }

    /** The author goes only to admin; everyone else gets the comment without it. */
    static CommentResponse toComment(ConsultationComment c, boolean showAuthor, List<ConsultationCommentActions.Action> allowedActions) {
        CommentAuthor author = showAuthor && c.hasAuthor()
                ? new CommentAuthor(c.authorName, c.authorPhone, c.authorEmail) : null;
        return new CommentResponse(c.id, c.consultation.id, c.text, c.receivedAt, author, c.outcome, c.explanation,
                c.answeredAt, c.version, allowedActions);
    }

    static PublicComment toPublicComment(ConsultationComment c) {
        return new PublicComment(c.id, c.text, c.receivedAt, c.outcome, c.explanation, c.answeredAt);
    }

    static UnitRef toRef(Unit unit) {
        return new UnitRef(unit.id, unit.code, unit.name, unit.type);
    }
}

package vn.coso.inspections;

import vn.coso.inspections.InspectionDtos.ConclusionResponse;
import vn.coso.inspections.InspectionDtos.DisciplinaryActionResponse;
import vn.coso.inspections.InspectionDtos.InspectionResponse;
import vn.coso.inspections.InspectionDtos.MemberView;
import vn.coso.feedback.FeedbackDtos.FeedbackLead;
import vn.coso.inspections.InspectionDtos.RecommendationResponse;
import vn.coso.inspections.InspectionDtos.SubjectView;
import vn.coso.inspections.InspectionEnums.SubjectType;
import vn.coso.party.PartyDtos.PartyOrganizationRef;
import vn.coso.party.PartyMember;
import vn.coso.party.PartyOrganization;
import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;

import java.time.LocalDate;
import java.util.List;

final class InspectionMapper {

    private InspectionMapper() {
    }

    /** A member subject shows the member only to those who may see members' personal data. */
    static SubjectView subject(PartyOrganization organization, PartyMember member, boolean showMembers) {
        if (member != null) {
            return new SubjectView(SubjectType.MEMBER, ref(member.organization),
                    showMembers ? new MemberView(member.id, member.fullName, member.partyCardNumber) : null);
        }
        return new SubjectView(SubjectType.ORGANIZATION, ref(organization), null);
    }

    static InspectionResponse toResponse(Inspection i, boolean hasConclusion, boolean showMembers,
                                         FeedbackLead lead, List<InspectionActions.Action> allowedActions, LocalDate today) {
        return new InspectionResponse(i.id, i.kind, i.form, subject(i.subjectOrganization, i.subjectMember, showMembers),
                ref(i.scopeUnit), ref(i.conductingOrganization), i.conductingBody,
                i.originSupervision == null ? null : i.originSupervision.id, i.planYear, i.plannedStart, i.plannedEnd,
                i.actualStart, i.actualEnd, i.topic, List.copyOf(i.teamMembers), i.status, i.cancelReason,
                hasConclusion, overdueSince(i, today), i.version, i.createdAt, i.updatedAt, lead, allowedActions);
    }

    /** The earliest due date of a recommendation not done, once it has passed; null when none is overdue. */
    static LocalDate overdueSince(Inspection i, LocalDate today) {
        return i.earliestOpenDue != null && i.earliestOpenDue.isBefore(today) ? i.earliestOpenDue : null;
    }

    static ConclusionResponse toResponse(Conclusion c, List<Recommendation> recommendations, LocalDate today) {
        return new ConclusionResponse(c.inspectionId, c.violationFound, c.findings,
                recommendations.stream().map(r -> toResponse(r, today)).toList(),
                c.version, c.updatedAt);
    }

    static RecommendationResponse toResponse(Recommendation r, LocalDate today) {
        return new RecommendationResponse(r.id, r.content, ref(r.responsibleUnit), r.dueDate, r.doneOn, r.status(today),
                r.evidence, r.version);
    }

    static DisciplinaryActionResponse toResponse(DisciplinaryAction a, boolean showMembers) {
        return new DisciplinaryActionResponse(a.id, subject(a.subjectOrganization, a.subjectMember, showMembers),
                ref(a.scopeUnit), a.form, a.decisionNumber, a.decisionDate, a.decidingBody, a.source,
                a.inspection == null ? null : a.inspection.id, a.version, a.createdAt, a.updatedAt);
    }

    static PartyOrganizationRef ref(PartyOrganization o) {
        return new PartyOrganizationRef(o.id, o.code, o.name);
    }

    static UnitRef ref(Unit u) {
        return new UnitRef(u.id, u.code, u.name, u.type);
    }
}

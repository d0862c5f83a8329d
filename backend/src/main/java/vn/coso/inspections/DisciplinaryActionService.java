package vn.coso.inspections;

import vn.coso.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.history.HistoryService;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.common.security.ScopeGuard;
import vn.coso.inspections.InspectionDtos.DisciplinaryActionRequest;
import vn.coso.inspections.InspectionDtos.DisciplinaryActionResponse;
import vn.coso.inspections.InspectionEnums.DisciplinaryForm;
import vn.coso.inspections.InspectionEnums.DisciplinarySource;
import vn.coso.inspections.InspectionEnums.Status;
import vn.coso.party.PartyMember;
import vn.coso.party.PartyMemberService;
import vn.coso.party.PartyOrganization;
import vn.coso.party.PartyOrganizationService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Kỷ luật: the rules of forms and sources, and what an expulsion or dissolution changes. */
@ApplicationScoped
public class DisciplinaryActionService {

    static final String HISTORY_TYPE = "disciplinary-action";

    private final DisciplinaryActionRepository actions;
    private final InspectionService inspections;
    private final InspectionRepository inspectionRecords;
    private final PartyOrganizationService organizations;
    private final PartyMemberService members;
    private final ScopeGuard guard;
    private final HistoryService history;

    public DisciplinaryActionService(DisciplinaryActionRepository actions, InspectionService inspections,
                                     InspectionRepository inspectionRecords, PartyOrganizationService organizations,
                                     PartyMemberService members, ScopeGuard guard, HistoryService history) {
        this.actions = actions;
        this.inspections = inspections;
        this.inspectionRecords = inspectionRecords;
        this.organizations = organizations;
        this.members = members;
        this.guard = guard;
        this.history = history;
    }

    public PageResult<DisciplinaryActionResponse> list(DisciplinaryActionRepository.Filter filter, PageRequest page) {
        String unitPath = guard.subtreeOf(filter.unitId());
        List<DisciplinaryAction> found = actions.findInScope(filter, unitPath, guard.current(),
                page.sort(DisciplinaryActionRepository.SORTABLE), page.offset(), page.size());
        boolean showMembers = inspections.showsMembers();
        return new PageResult<>(found, page.page(), page.size(), actions.countInScope(filter, unitPath, guard.current()))
                .map(a -> InspectionMapper.toResponse(a, showMembers));
    }

    public DisciplinaryActionResponse get(long id) {
        return InspectionMapper.toResponse(findVisible(id), inspections.showsMembers());
    }

    DisciplinaryAction findVisible(long id) {
        return guard.require(actions.findByIdOptional(id), a -> a.scopeUnit.path, "record.disciplinary-action", id);
    }

    @Transactional
    public DisciplinaryActionResponse create(DisciplinaryActionRequest request) {
        DisciplinaryAction action = new DisciplinaryAction();
        apply(action, request);
        actions.persistAndFlush(action);
        consequences(action);
        record(action, "CREATED", Map.of());
        return InspectionMapper.toResponse(action, inspections.showsMembers());
    }

    @Transactional
    public DisciplinaryActionResponse update(long id, DisciplinaryActionRequest request, Long ifMatch) {
        DisciplinaryAction action = findVisible(id);
        Versions.check(ProblemException.record("record.disciplinary-action", id), action.version, request.version(), ifMatch);
        var before = action.snapshot();
        apply(action, request);
        actions.flush();
        consequences(action);
        record(action, "UPDATED", before);
        return InspectionMapper.toResponse(action, inspections.showsMembers());
    }

    private void record(DisciplinaryAction action, String verb, Map<String, Object> before) {
        history.record(HISTORY_TYPE, action.id, verb, before, action.snapshot());
        if (action.inspection != null) {
            // The inspection's history shows the actions decided on it too.
            history.record(InspectionService.HISTORY_TYPE, action.inspection.id, "DISCIPLINARY_ACTION_" + verb,
                    prefixed(before), prefixed(action.snapshot()));
        }
    }

    private static Map<String, Object> prefixed(Map<String, Object> fields) {
        Map<String, Object> result = new java.util.LinkedHashMap<>();
        fields.forEach((k, v) -> result.put("disciplinaryAction." + k, v));
        return result;
    }

    private void consequences(DisciplinaryAction action) {
        if (action.form == DisciplinaryForm.EXPULSION) {
            members.markExpelled(action.subjectMember);
        } else if (action.form == DisciplinaryForm.DISSOLUTION) {
            organizations.markDissolved(action.subjectOrganization);
        }
    }

    private void apply(DisciplinaryAction action, DisciplinaryActionRequest request) {
        if ((request.subjectOrganizationId() == null) == (request.subjectMemberId() == null)) {
            throw ProblemException.invalidField("subjectOrganizationId", "inspection.subject.exactly-one");
        }
        DisciplinaryForm form = request.form();
        if (request.subjectMemberId() != null) {
            if (!form.appliesToMember()) {
                throw ProblemException.invalidField("form", "disciplinary-action.form.member");
            }
            PartyMember member;
            try {
                member = members.findVisible(request.subjectMemberId());
            } catch (ProblemException e) {
                throw ProblemException.invalidField("subjectMemberId", "inspection.member.not-in-scope",
                        String.valueOf(request.subjectMemberId()));
            }
            if (form == DisciplinaryForm.REMOVAL_FROM_POST && member.post == null) {
                throw ProblemException.invalidField("form", "disciplinary-action.form.post");
            }
            action.subjectMember = member;
            action.subjectOrganization = null;
            action.scopeUnit = member.organization.unit;
        } else {
            if (!form.appliesToOrganization()) {
                throw ProblemException.invalidField("form", "disciplinary-action.form.organization");
            }
            PartyOrganization organization;
            try {
                organization = organizations.findVisible(request.subjectOrganizationId());
            } catch (ProblemException e) {
                throw ProblemException.invalidField("subjectOrganizationId", "record.party-organization-in-scope",
                        String.valueOf(request.subjectOrganizationId()));
            }
            action.subjectOrganization = organization;
            action.subjectMember = null;
            action.scopeUnit = organization.unit;
        }
        if (request.decisionDate().isAfter(LocalDate.now(AppClock.VIETNAM)) || request.decisionDate().isBefore(LocalDate.of(1990, 1, 1))) {
            throw ProblemException.invalidField("decisionDate", "field.date-until-today", java.time.LocalDate.of(1990, 1, 1));
        }
        action.form = form;
        action.decisionNumber = Texts.clean(request.decisionNumber());
        action.decisionDate = request.decisionDate();
        action.decidingBody = Texts.clean(request.decidingBody());
        action.source = request.source();
        action.inspection = null;
        if (request.source() == DisciplinarySource.INSPECTION) {
            if (request.inspectionId() == null) {
                throw ProblemException.invalidField("inspectionId", "disciplinary-action.inspection.required");
            }
            Inspection inspection;
            try {
                inspection = inspections.findVisible(request.inspectionId());
            } catch (ProblemException e) {
                throw ProblemException.invalidField("inspectionId", "disciplinary-action.inspection.not-in-scope",
                        String.valueOf(request.inspectionId()));
            }
            boolean concluded = inspection.status == Status.CONCLUDED || inspection.status == Status.CLOSED;
            boolean sameSubject = Objects.equals(request.subjectMemberId(),
                    inspection.subjectMember == null ? null : inspection.subjectMember.id)
                    && Objects.equals(request.subjectOrganizationId(),
                    inspection.subjectOrganization == null ? null : inspection.subjectOrganization.id);
            boolean violation = inspectionRecords.conclusionOf(inspection.id).map(c -> c.violationFound).orElse(false);
            if (!concluded || !sameSubject || !violation) {
                throw ProblemException.of(409, "disciplinary-action.inspection-mismatch");
            }
            action.inspection = inspection;
        } else if (request.inspectionId() != null) {
            throw ProblemException.invalidField("inspectionId", "disciplinary-action.inspection.not-allowed");
        }
    }
}

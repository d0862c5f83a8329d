package vn.coso.regulations;

import vn.coso.common.time.AppClock;
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
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.common.security.ScopeGuard;
import vn.coso.consultations.ConsultationService;
import vn.coso.regulations.RegulationActions.Action;
import vn.coso.regulations.RegulationDtos.CoverageResponse;
import vn.coso.regulations.RegulationDtos.IssueRequest;
import vn.coso.regulations.RegulationDtos.RegulationRequest;
import vn.coso.regulations.RegulationDtos.RegulationResponse;
import vn.coso.regulations.RegulationDtos.RegulationUpdateRequest;
import vn.coso.regulations.RegulationDtos.RevisionRequest;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Democracy regulations: their workflow, the one-in-force rule, and the history of every change. */
@ApplicationScoped
public class RegulationService {

    static final String HISTORY_TYPE = "regulation";

    private final RegulationRepository regulations;
    private final UnitService units;
    private final ScopeGuard guard;
    private final HistoryService history;
    private final ConsultationService consultations;
    private final RegulationActions actions;
    private final DomainEvents events;

    public RegulationService(RegulationRepository regulations, UnitService units, ScopeGuard guard, HistoryService history,
                             ConsultationService consultations, RegulationActions actions, DomainEvents events) {
        this.events = events;
        this.regulations = regulations;
        this.units = units;
        this.guard = guard;
        this.history = history;
        this.consultations = consultations;
        this.actions = actions;
    }

    public PageResult<RegulationResponse> list(RegulationFilter filter, PageRequest page) {
        String unitPath = guard.subtreeOf(filter.unitId());
        List<Regulation> found = regulations.findInScope(filter, unitPath, guard.current(),
                page.sort(RegulationRepository.SORTABLE), page.offset(), page.size());
        return new PageResult<>(found, page.page(), page.size(), regulations.countInScope(filter, unitPath, guard.current()))
                .map(this::toResponse);
    }

    public RegulationResponse get(long id) {
        return toResponse(findVisible(id));
    }

    public PageResult<HistoryEntry> history(long id, PageRequest page) {
        findVisible(id);
        return history.list(HISTORY_TYPE, id, page);
    }

    public CoverageResponse coverage(Long unitId, PageRequest page) {
        Unit unit = units.findVisible(guard.areaUnitId(unitId));
        long required = regulations.countRequiredUnits(unit.path);
        long covered = regulations.countRequiredUnitsWithRegulation(unit.path);
        List<Unit> missing = regulations.requiredUnitsWithout(unit.path, page.offset(), page.size());
        return new CoverageResponse(RegulationMapper.toRef(unit), required, covered,
                required == 0 ? 1.0 : (double) covered / required,
                missing.stream().map(RegulationMapper::toRef).toList(), required - covered);
    }

    Regulation findVisible(long id) {
        return guard.require(regulations.findByIdOptional(id), r -> r.unit.path, "record.regulation", id);
    }

    @Transactional
    public RegulationResponse create(RegulationRequest request) {
        Unit unit = visibleUnit(request.unitId());
        RegulationKind kind = kindFor(unit, request.kind());
        Regulation replaces = null;
        if (request.replacesId() != null) {
            replaces = regulations.findByIdOptional(request.replacesId())
                    .filter(r -> r.unit.id.equals(unit.id))
                    .orElseThrow(() -> ProblemException.invalidField("replacesId", "regulation.replaces.other-unit"));
        }
        return record(unit, kind, new Draft(request.number(), request.title(), request.issueDate(), request.status(),
                request.consultationId()), replaces);
    }

    /**
     * Drafts the new version of a regulation in force (sửa đổi, thay thế): a regulation of the same unit
     * replacing it, which becomes REVISED when the new one is issued (at once if it is recorded as ISSUED).
     */
    @Transactional
    public RegulationResponse revise(long id, RevisionRequest request) {
        Regulation inForce = transition(id, request.version(), Action.REVISE);
        return record(inForce.unit, inForce.kind, new Draft(request.number(), request.title(),
                request.issueDate(), request.status(), request.consultationId()), inForce);
    }

    /** The fields of a new regulation as the caller gave them. */
    private record Draft(String number, String title, LocalDate issueDate, RegulationStatus status, Long consultationId) {
    }

    /** Records a new regulation of the unit, replacing {@code replaces} (of the same unit) if given. */
    private RegulationResponse record(Unit unit, RegulationKind kind, Draft draft, Regulation replaces) {
        RegulationStatus status = draft.status() == null ? RegulationStatus.DRAFTING : draft.status();
        RegulationRules.creationStatusProblem(status).ifPresent(problem -> {
            throw ProblemException.invalidField("status", problem);
        });
        checkDate(draft.issueDate());
        units.requireExistingOn(unit, draft.issueDate(), "issueDate");
        Regulation regulation = new Regulation();
        regulation.unit = unit;
        regulation.kind = kind;
        regulation.number = Texts.clean(draft.number());
        regulation.title = Texts.clean(draft.title());
        regulation.issueDate = draft.issueDate();
        regulation.status = RegulationStatus.DRAFTING;
        regulation.replaces = replaces;
        regulation.consultationId = precedingConsultation(draft.consultationId(), unit);
        if (status == RegulationStatus.IN_CONSULTATION) {
            regulation.status = RegulationStatus.IN_CONSULTATION;
        } else if (status == RegulationStatus.ISSUED) {
            RegulationRules.issuedProblem(regulation.number, regulation.issueDate).ifPresent(problem -> {
                throw ProblemException.invalidFields(List.of(problem));
            });
            putInForce(regulation);
        }
        regulations.persistAndFlush(regulation);
        history.record(HISTORY_TYPE, regulation.id, "CREATED", Map.of(), regulation.snapshot());
        if (regulation.status == RegulationStatus.ISSUED) {
            fireIssued(regulation);
        }
        return toResponse(regulation);
    }

    @Transactional
    public RegulationResponse update(long id, RegulationUpdateRequest request, Long ifMatch) {
        Regulation regulation = findVisible(id);
        Versions.check(ProblemException.record("record.regulation", regulation.id), regulation.version, request.version(), ifMatch);
        actions.require(regulation, Action.UPDATE);
        checkDate(request.issueDate());
        units.requireExistingOn(regulation.unit, request.issueDate(), "issueDate");
        if (regulation.status == RegulationStatus.ISSUED && (request.number() == null || request.issueDate() == null)) {
            throw ProblemException.invalidField(request.number() == null ? "number" : "issueDate",
                    "regulation.issued.keeps-number");
        }
        var before = regulation.snapshot();
        regulation.number = Texts.clean(request.number());
        regulation.title = Texts.clean(request.title());
        regulation.issueDate = request.issueDate();
        if (!Objects.equals(request.consultationId(), regulation.consultationId)) {
            regulation.consultationId = precedingConsultation(request.consultationId(), regulation.unit);
        }
        regulations.flush();
        history.record(HISTORY_TYPE, regulation.id, "UPDATED", before, regulation.snapshot());
        return toResponse(regulation);
    }

    @Transactional
    public RegulationResponse submitForConsultation(long id, long version) {
        Regulation regulation = transition(id, version, Action.SUBMIT_FOR_CONSULTATION);
        var before = regulation.snapshot();
        regulation.status = RegulationStatus.IN_CONSULTATION;
        return saved(regulation, "SUBMITTED_FOR_CONSULTATION", before);
    }

    @Transactional
    public RegulationResponse issue(long id, IssueRequest request) {
        Regulation regulation = transition(id, request.version(), Action.ISSUE);
        checkDate(request.issueDate());
        units.requireExistingOn(regulation.unit, request.issueDate(), "issueDate");
        var before = regulation.snapshot();
        regulation.number = Texts.clean(request.number());
        regulation.issueDate = request.issueDate();
        putInForce(regulation);
        RegulationResponse response = saved(regulation, "ISSUED", before);
        fireIssued(regulation);
        return response;
    }

    /** regulation.issued: the public facts of a regulation now in force (ids, number, date, status). */
    private void fireIssued(Regulation regulation) {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        data.put("regulationId", regulation.id);
        data.put("unitId", regulation.unit.id);
        data.put("unitCode", regulation.unit.code);
        data.put("kind", regulation.kind.name());
        data.put("status", regulation.status.name());
        data.put("number", regulation.number);
        data.put("issueDate", regulation.issueDate);
        data.put("replacesId", regulation.replaces == null ? null : regulation.replaces.id);
        data.put("consultationId", regulation.consultationId);
        events.fire(EventTypes.REGULATION_ISSUED, regulation.id, regulation.unit.id, regulation.unit.path, data);
    }

    @Transactional
    public RegulationResponse repeal(long id, long version) {
        Regulation regulation = transition(id, version, Action.REPEAL);
        var before = regulation.snapshot();
        regulation.status = RegulationStatus.REPEALED;
        return saved(regulation, "REPEALED", before);
    }

    @Transactional
    public void delete(long id) {
        Regulation regulation = findVisible(id);
        actions.require(regulation, Action.DELETE);
        history.record(HISTORY_TYPE, regulation.id, "DELETED", regulation.snapshot(), Map.of());
        regulations.delete(regulation);
    }

    /** Issues a regulation: the one it replaces becomes REVISED; any other in force is a conflict. */
    private void putInForce(Regulation regulation) {
        for (Regulation inForce : regulations.issuedOf(regulation.unit)) {
            if (inForce.id.equals(regulation.id)) {
                continue;
            }
            if (regulation.replaces == null || !regulation.replaces.id.equals(inForce.id)) {
                throw ProblemException.of(409, "regulation.already-in-force",
                        RegulationRules.alreadyInForce(regulation.unit.name, inForce.number, inForce.id));
            }
            var before = inForce.snapshot();
            inForce.status = RegulationStatus.REVISED;
            history.record(HISTORY_TYPE, inForce.id, "REVISED", before, inForce.snapshot());
        }
        regulation.status = RegulationStatus.ISSUED;
    }

    /** The regulation, if its version is the one read and the rules allow the action now (see {@link RegulationActions}). */
    private Regulation transition(long id, long version, Action action) {
        Regulation regulation = findVisible(id);
        Versions.check(ProblemException.record("record.regulation", regulation.id), regulation.version, version, null);
        actions.require(regulation, action);
        return regulation;
    }

    private RegulationResponse toResponse(Regulation regulation) {
        return RegulationMapper.toResponse(regulation, actions.allowed(regulation));
    }

    private RegulationResponse saved(Regulation regulation, String action, Map<String, Object> before) {
        regulations.flush();
        history.record(HISTORY_TYPE, regulation.id, action, before, regulation.snapshot());
        return toResponse(regulation);
    }

    private Unit visibleUnit(long unitId) {
        try {
            return units.findVisible(unitId);
        } catch (ProblemException e) {
            throw ProblemException.invalidField("unitId", "record.unit-in-scope", String.valueOf(unitId));
        }
    }

    private Long precedingConsultation(Long consultationId, Unit unit) {
        if (consultationId != null) {
            consultations.precedingProblem(consultationId, unit.id).ifPresent(problem -> {
                throw ProblemException.invalidField("consultationId", problem);
            });
        }
        return consultationId;
    }

    private static RegulationKind kindFor(Unit unit, RegulationKind requested) {
        RegulationRules.kindProblem(unit.type, requested).ifPresent(problem -> {
            throw ProblemException.invalidField("kind", problem);
        });
        return RegulationRules.fittingKind(unit.type);
    }

    private static void checkDate(LocalDate issueDate) {
        RegulationRules.issueDateProblem(issueDate, LocalDate.now(AppClock.VIETNAM)).ifPresent(problem -> {
            throw ProblemException.invalidField("issueDate", problem);
        });
    }
}

package vn.coso.committees;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.committees.CommitteeDtos.PlanRequest;
import vn.coso.committees.CommitteeDtos.PlanResponse;
import vn.coso.committees.CommitteeDtos.TargetRequest;
import vn.coso.committees.CommitteeDtos.TargetResponse;
import vn.coso.committees.CommitteeDtos.TaskRequest;
import vn.coso.committees.CommitteeDtos.TaskResponse;
import vn.coso.committees.CommitteeDtos.TaskStatusRequest;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.history.HistoryService;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.FigureDefinition;
import vn.coso.common.reporting.FigureKind;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A committee's annual plans: theme, tasks, and targets whose progress is computed from the records. */
@ApplicationScoped
public class PlanService {

    private final CommitteeRepository committees;
    private final CommitteeService service;
    private final ReviewFigures figures;
    private final HistoryService history;

    public PlanService(CommitteeRepository committees, CommitteeService service, ReviewFigures figures,
                       HistoryService history) {
        this.committees = committees;
        this.service = service;
        this.figures = figures;
        this.history = history;
    }

    public List<PlanResponse> list(long committeeId) {
        Committee committee = service.findVisible(committeeId);
        return committees.plans(committee.id).stream().map(p -> toResponse(committee, p)).toList();
    }

    public PlanResponse get(long committeeId, int year) {
        Committee committee = service.findVisible(committeeId);
        return toResponse(committee, find(committee, year));
    }

    /** The plan of the year with its targets' progress, if the committee has one: for the annual review. */
    public java.util.Optional<PlanResponse> planOf(Committee committee, int year) {
        return committees.plan(committee.id, year).map(p -> toResponse(committee, p));
    }

    @Transactional
    public PlanResponse create(long committeeId, PlanRequest request) {
        Committee committee = service.findVisible(committeeId);
        if (request.year() < 2000 || request.year() > 2100) {
            throw ProblemException.invalidField("year", "committee.plan.year");
        }
        committees.plan(committee.id, request.year()).ifPresent(p -> {
            throw ProblemException.of(409, "committee.plan.exists", String.valueOf(request.year()));
        });
        CommitteePlan plan = new CommitteePlan();
        plan.committeeId = committee.id;
        plan.year = request.year();
        plan.theme = Texts.clean(request.theme());
        committees.getEntityManager().persist(plan);
        committees.flush();
        history.record(CommitteeService.HISTORY_TYPE, committee.id, "PLAN_CREATED", Map.of(),
                Map.of("year", plan.year, "theme", plan.theme));
        return toResponse(committee, plan);
    }

    @Transactional
    public PlanResponse addTask(long committeeId, int year, TaskRequest request) {
        Committee committee = service.findVisible(committeeId);
        CommitteePlan plan = find(committee, year);
        PlanTask task = new PlanTask();
        task.planId = plan.id;
        task.title = Texts.clean(request.title());
        task.owner = Texts.clean(request.owner());
        task.deadline = request.deadline();
        task.status = TaskStatus.OPEN;
        committees.getEntityManager().persist(task);
        committees.flush();
        history.record(CommitteeService.HISTORY_TYPE, committee.id, "PLAN_TASK_ADDED", Map.of(), taskSnapshot(task));
        return toResponse(committee, plan);
    }

    @Transactional
    public TaskResponse setTaskStatus(long committeeId, long taskId, TaskStatusRequest request) {
        Committee committee = service.findVisible(committeeId);
        PlanTask task = java.util.Optional.ofNullable(committees.getEntityManager().find(PlanTask.class, taskId))
                .filter(t -> committees.getEntityManager().find(CommitteePlan.class, t.planId).committeeId == committee.id)
                .orElseThrow(() -> ProblemException.of(404, "committee.task.not-found", String.valueOf(taskId)));
        Versions.check(ProblemException.record("record.committee-task", taskId), task.version, request.version(), null);
        Map<String, Object> before = taskSnapshot(task);
        task.status = request.status();
        committees.flush();
        history.record(CommitteeService.HISTORY_TYPE, committee.id, "PLAN_TASK_UPDATED", before, taskSnapshot(task));
        return toResponse(task);
    }

    @Transactional
    public PlanResponse addTarget(long committeeId, int year, TargetRequest request) {
        Committee committee = service.findVisible(committeeId);
        CommitteePlan plan = find(committee, year);
        FigureDefinition definition = figures.definition(request.figureKey().trim()).orElseThrow(() ->
                ProblemException.invalidField("figureKey", "committee.target.figure-unknown", request.figureKey()));
        if (definition.kind() == FigureKind.SHARE
                && (request.threshold().signum() < 0 || request.threshold().compareTo(BigDecimal.ONE) > 0)) {
            throw ProblemException.invalidField("threshold", "committee.target.share-range");
        }
        CommitteeTarget target = new CommitteeTarget();
        target.planId = plan.id;
        target.figureKey = definition.key();
        target.comparator = request.comparator();
        target.threshold = request.threshold();
        target.unitId = request.unitId() == null ? null : service.unitInside(committee, request.unitId(), "unitId").id;
        target.label = Texts.clean(request.label());
        committees.getEntityManager().persist(target);
        committees.flush();
        history.record(CommitteeService.HISTORY_TYPE, committee.id, "TARGET_ADDED", Map.of(), Map.of(
                "figureKey", target.figureKey, "comparator", target.comparator, "threshold", target.threshold,
                "unitId", target.unitId == null ? "" : target.unitId));
        return toResponse(committee, plan);
    }

    @Transactional
    public void deleteTarget(long committeeId, long targetId) {
        Committee committee = service.findVisible(committeeId);
        CommitteeTarget target = java.util.Optional.ofNullable(committees.getEntityManager().find(CommitteeTarget.class, targetId))
                .filter(t -> committees.getEntityManager().find(CommitteePlan.class, t.planId).committeeId == committee.id)
                .orElseThrow(() -> ProblemException.of(404, "committee.target.not-found", String.valueOf(targetId)));
        history.record(CommitteeService.HISTORY_TYPE, committee.id, "TARGET_REMOVED", Map.of(
                "figureKey", target.figureKey, "comparator", target.comparator, "threshold", target.threshold), Map.of());
        committees.getEntityManager().remove(target);
    }

    private CommitteePlan find(Committee committee, int year) {
        return committees.plan(committee.id, year).orElseThrow(() ->
                ProblemException.of(404, "committee.plan.not-found", String.valueOf(year)));
    }

    private PlanResponse toResponse(Committee committee, CommitteePlan plan) {
        Unit root = service.unitOf(committee);
        List<CommitteeTarget> targets = committees.targets(plan.id);
        Map<Long, UnitRef> refs = service.refs(targets.stream().map(t -> t.unitId == null ? root.id : t.unitId).toList());
        List<TargetResponse> progress = new ArrayList<>();
        ReviewFigures.Reading reading = figures.reading();
        for (CommitteeTarget target : targets) {
            progress.add(progress(reading, target, plan.year, refs.get(target.unitId == null ? root.id : target.unitId),
                    target.unitId == null ? root.path : service.unitInside(committee, target.unitId, "unitId").path));
        }
        return new PlanResponse(plan.id, committee.id, plan.year, plan.theme,
                committees.tasks(plan.id).stream().map(this::toResponse).toList(), progress, plan.version);
    }

    /** The target's progress today, computed from the records of the plan's year so far. */
    private TargetResponse progress(ReviewFigures.Reading reading, CommitteeTarget target, int year, UnitRef unit,
                                    String path) {
        FigureDefinition definition = figures.definition(target.figureKey).orElse(
                new FigureDefinition(target.figureKey, target.figureKey, "", FigureKind.COUNT, true));
        Period whole = Period.year(year);
        LocalDate today = service.today();
        LocalDate asOf = today.isAfter(whole.to()) ? whole.to() : today.isBefore(whole.from()) ? whole.from() : today;
        Number now = reading.value(target.figureKey, path, new Period(whole.from(), asOf));
        Number atStart = definition.kind() == FigureKind.COUNT ? null
                : reading.value(target.figureKey, path, Period.year(year - 1));
        TargetProgress.Result result = TargetProgress.evaluate(definition.kind(), target.comparator,
                target.threshold.doubleValue(), now, atStart, whole.from(), whole.to(), today);
        return new TargetResponse(target.id, target.figureKey, definition.label(), definition.kind(), target.label,
                target.comparator, target.threshold, unit, result.value(), result.projected(), result.status(), asOf);
    }

    private TaskResponse toResponse(PlanTask task) {
        boolean overdue = task.deadline != null && task.deadline.isBefore(service.today())
                && (task.status == TaskStatus.OPEN || task.status == TaskStatus.IN_PROGRESS);
        return new TaskResponse(task.id, task.title, task.owner, task.deadline, task.status, overdue, task.version);
    }

    private static Map<String, Object> taskSnapshot(PlanTask task) {
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("taskId", task.id);
        fields.put("title", task.title);
        fields.put("owner", task.owner);
        fields.put("deadline", task.deadline);
        fields.put("status", task.status);
        return fields;
    }
}

package vn.coso.trainings;

import vn.coso.common.errors.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.actions.RecordWriteRules;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.PageWindow;
import vn.coso.common.paging.Slice;
import vn.coso.common.paging.Period;
import vn.coso.common.paging.Total;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;
import vn.coso.common.security.Scope;
import vn.coso.common.security.ScopeGuard;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.party.UnitOrOrganization;
import vn.coso.party.UnitOrOrganizationResolver;
import vn.coso.trainings.TrainingDtos.TrainingRequest;
import vn.coso.trainings.TrainingDtos.TrainingResponse;
import vn.coso.trainings.TrainingDtos.TrainingMonth;
import vn.coso.trainings.TrainingDtos.TrainingMonths;
import vn.coso.trainings.TrainingDtos.TrainingSummary;
import vn.coso.trainings.TrainingDtos.TrainingUpdateRequest;

import vn.coso.units.UnitService;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Training classes: visible and writable in the scope of their organiser, a unit or a party
 * organisation (through the unit it is attached to).
 */
@ApplicationScoped
public class TrainingService {

    /** A longer period lists only the months that have trainings. */
    private static final int MONTHS_FILLED_YEARS = 10;

    private final TrainingRepository trainings;
    private final ScopeGuard guard;
    private final UnitService units;
    private final RecordWriteRules<RecordWriteRules.Action> writes;
    private final UnitOrOrganizationResolver organizers;

    public TrainingService(TrainingRepository trainings, ScopeGuard guard,
                           UnitOrOrganizationResolver organizers, CurrentUser user, UnitService units) {
        this.trainings = trainings;
        this.units = units;
        this.guard = guard;
        this.writes = RecordWriteRules.of(user, guard, Set.of(Roles.ADMIN, Roles.OFFICER),
                "record.read-only");
        this.organizers = organizers;
    }

    public PageResult<TrainingResponse> list(TrainingFilter filter, PageRequest page) {
        Scope visible = guard.current();
        String unitPath = guard.subtreeOf(filter.unitId());
        PageWindow window = page.window(TrainingRepository.SORTABLE, TrainingRepository.ID);
        Slice<Training> found = trainings.findInScope(filter, unitPath, visible, window);
        Total total = trainings.countInScope(filter, unitPath, visible, window.sort());
        return PageResult.of(found, window, total).map(this::toResponse);
    }

    public TrainingSummary summary(TrainingFilter filter) {
        return trainings.summarize(filter, guard.subtreeOn(filter.unitId(), filter.period().to()), guard.current());
    }

    /** The summary month by month; a period with both ends (up to ten years) lists its empty months as zeros. */
    public TrainingMonths months(TrainingFilter filter) {
        List<TrainingMonth> counted = trainings.summarizeByMonth(filter,
                guard.subtreeOn(filter.unitId(), filter.period().to()), guard.current());
        Period period = filter.period();
        if (period.from() == null || period.to() == null || period.from().isAfter(period.to())
                || YearMonth.from(period.from()).plusYears(MONTHS_FILLED_YEARS).isBefore(YearMonth.from(period.to()))) {
            return new TrainingMonths(counted);
        }
        Map<YearMonth, TrainingMonth> byMonth = new HashMap<>();
        counted.forEach(month -> byMonth.put(YearMonth.of(month.year(), month.month()), month));
        List<TrainingMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.from()); !month.isAfter(YearMonth.from(period.to())); month = month.plusMonths(1)) {
            months.add(byMonth.getOrDefault(month, new TrainingMonth(month.getYear(), month.getMonthValue(), 0, 0)));
        }
        return new TrainingMonths(months);
    }

    public TrainingResponse get(long id) {
        return toResponse(findVisible(id));
    }

    @Transactional
    public TrainingResponse create(TrainingRequest request) {
        Training training = new Training();
        apply(training, request);
        trainings.persistAndFlush(training);
        return toResponse(training);
    }

    @Transactional
    public TrainingResponse update(long id, TrainingUpdateRequest request, Long ifMatchVersion) {
        Training training = findVisible(id);
        writes.require(training.owningUnit().path, RecordWriteRules.Action.UPDATE);
        Versions.check(ProblemException.record("record.training", id), training.version, request.version(), ifMatchVersion);
        apply(training, request.fields());
        trainings.flush();
        return toResponse(training);
    }

    @Transactional
    public void delete(long id) {
        Training training = findVisible(id);
        writes.require(training.owningUnit().path, RecordWriteRules.Action.DELETE);
        trainings.delete(training);
    }

    /** A training the caller may see, or 404: out of scope looks exactly like not existing. */
    private Training findVisible(long id) {
        return guard.require(trainings.findByIdOptional(id), t -> t.owningUnit().path, "record.training", id);
    }

    private void apply(Training training, TrainingRequest request) {
        UnitOrOrganization organizer = organizers.resolve("organizerUnitId", request.organizerUnitId(),
                "organizerPartyOrganizationId", request.organizerPartyOrganizationId());
        units.requireExistingOn(organizer.unit(), request.date(), "date");
        training.organizerUnit = organizer.unit();
        training.organizerPartyOrganization = organizer.organization();
        training.heldOn = request.date();
        training.topic = Texts.clean(request.topic());
        training.audience = Texts.clean(request.audience());
        training.location = Texts.clean(request.location());
        training.attendances = request.attendances();
    }

    private TrainingResponse toResponse(Training training) {
        return TrainingMapper.toResponse(training, writes.allowed(training.owningUnit().path));
    }
}

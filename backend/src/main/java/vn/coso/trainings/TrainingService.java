package vn.coso.trainings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.security.Scope;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.party.UnitOrOrganization;
import vn.coso.party.UnitOrOrganizationResolver;
import vn.coso.trainings.TrainingDtos.TrainingRequest;
import vn.coso.trainings.TrainingDtos.TrainingResponse;
import vn.coso.trainings.TrainingDtos.TrainingSummary;
import vn.coso.trainings.TrainingDtos.TrainingUpdateRequest;
import vn.coso.units.UnitService;

import java.util.List;

/**
 * Training classes: visible and writable in the scope of their organiser, a unit or a party
 * organisation (through the unit it is attached to).
 */
@ApplicationScoped
public class TrainingService {

    private final TrainingRepository trainings;
    private final UnitService units;
    private final UnitOrOrganizationResolver organizers;

    public TrainingService(TrainingRepository trainings, UnitService units, UnitOrOrganizationResolver organizers) {
        this.trainings = trainings;
        this.units = units;
        this.organizers = organizers;
    }

    public PageResult<TrainingResponse> list(TrainingFilter filter, PageRequest page) {
        Scope scope = units.scope();
        String unitPath = unitPathOf(filter.unitId());
        List<Training> found = trainings.findInScope(filter, unitPath, scope, page.sort(TrainingRepository.SORTABLE),
                page.offset(), page.size());
        long total = trainings.countInScope(filter, unitPath, scope);
        return new PageResult<>(found, page.page(), page.size(), total).map(TrainingMapper::toResponse);
    }

    public TrainingSummary summary(TrainingFilter filter) {
        return trainings.summarize(filter, unitPathOf(filter.unitId()), units.scope());
    }

    public TrainingResponse get(long id) {
        return TrainingMapper.toResponse(findVisible(id));
    }

    @Transactional
    public TrainingResponse create(TrainingRequest request) {
        Training training = new Training();
        apply(training, request);
        trainings.persistAndFlush(training);
        return TrainingMapper.toResponse(training);
    }

    @Transactional
    public TrainingResponse update(long id, TrainingUpdateRequest request, Long ifMatchVersion) {
        Training training = findVisible(id);
        Versions.check("Training " + id, training.version, request.version(), ifMatchVersion);
        apply(training, request.fields());
        trainings.flush();
        return TrainingMapper.toResponse(training);
    }

    @Transactional
    public void delete(long id) {
        trainings.delete(findVisible(id));
    }

    /** A training the caller may see, or 404: out of scope looks exactly like not existing. */
    private Training findVisible(long id) {
        Scope scope = units.scope();
        return trainings.findByIdOptional(id)
                .filter(t -> scope.contains(t.owningUnit().path))
                .orElseThrow(() -> ProblemException.notFound("Training", id));
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

    /** The subtree of a unitId filter; a unit out of scope answers 404, as everywhere. */
    private String unitPathOf(Long unitId) {
        return unitId == null ? null : units.findVisible(unitId).path;
    }
}

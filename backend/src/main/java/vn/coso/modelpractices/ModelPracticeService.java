package vn.coso.modelpractices;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.actions.RecordWriteRules;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;
import vn.coso.common.security.Scope;
import vn.coso.common.security.ScopeGuard;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.modelpractices.ModelPracticeDtos.ModelPracticeRequest;
import vn.coso.modelpractices.ModelPracticeDtos.ModelPracticeResponse;
import vn.coso.modelpractices.ModelPracticeDtos.ModelPracticeUpdateRequest;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Model practices: visible and writable in the scope of the unit where they were recognised. The
 * units that replicated one must be in the writer's scope when added; those listed before stay
 * even if the writer cannot see them, so that a ward's officer can edit its own practice that the
 * province recorded as replicated elsewhere.
 */
@ApplicationScoped
public class ModelPracticeService {

    private final ModelPracticeRepository practices;
    private final UnitService units;
    private final ScopeGuard guard;
    private final RecordWriteRules<RecordWriteRules.Action> writes;

    public ModelPracticeService(ModelPracticeRepository practices, UnitService units,
                                ScopeGuard guard, CurrentUser user) {
        this.practices = practices;
        this.units = units;
        this.guard = guard;
        this.writes = RecordWriteRules.of(user, guard, Set.of(Roles.ADMIN, Roles.OFFICER),
                "record.read-only");
    }

    public PageResult<ModelPracticeResponse> list(ModelPracticeFilter filter, PageRequest page) {
        Scope scope = guard.current();
        String unitPath = guard.subtreeOf(filter.unitId());
        List<ModelPractice> found = practices.findInScope(filter, unitPath, scope,
                page.sort(ModelPracticeRepository.SORTABLE), page.offset(), page.size());
        long total = practices.countInScope(filter, unitPath, scope);
        return new PageResult<>(found, page.page(), page.size(), total).map(this::toResponse);
    }

    public ModelPracticeResponse get(long id) {
        return toResponse(findVisible(id));
    }

    @Transactional
    public ModelPracticeResponse create(ModelPracticeRequest request) {
        ModelPractice practice = new ModelPractice();
        apply(practice, request);
        practices.persistAndFlush(practice);
        return toResponse(practice);
    }

    @Transactional
    public ModelPracticeResponse update(long id, ModelPracticeUpdateRequest request, Long ifMatchVersion) {
        ModelPractice practice = findVisible(id);
        writes.require(practice.unit.path, RecordWriteRules.Action.UPDATE);
        Versions.check(ProblemException.record("record.model-practice", id), practice.version, request.version(), ifMatchVersion);
        apply(practice, request.fields());
        practices.flush();
        return toResponse(practice);
    }

    @Transactional
    public void delete(long id) {
        ModelPractice practice = findVisible(id);
        writes.require(practice.unit.path, RecordWriteRules.Action.DELETE);
        practices.delete(practice);
    }

    /** A practice the caller may see, or 404: out of scope looks exactly like not existing. */
    ModelPractice findVisible(long id) {
        return guard.require(practices.findByIdOptional(id), m -> m.unit.path, "record.model-practice", id);
    }

    private void apply(ModelPractice practice, ModelPracticeRequest request) {
        long unitId = request.unitId();
        Unit unit = units.visible(unitId)
                .orElseThrow(() -> ProblemException.invalidField("unitId", "record.unit-in-scope", String.valueOf(unitId)));
        units.requireExistingIn(unit, request.year(), "year");
        Set<Unit> replicatedIn = replications(practice, unit, request.replicatedIn());
        practice.unit = unit;
        practice.year = request.year();
        practice.name = Texts.clean(request.name());
        practice.description = Texts.clean(request.description());
        practice.replicatedIn.retainAll(replicatedIn);
        practice.replicatedIn.addAll(replicatedIn);
    }

    private Set<Unit> replications(ModelPractice practice, Unit unit, List<Long> ids) {
        Map<Long, Unit> listedBefore = new HashMap<>();
        practice.replicatedIn.forEach(u -> listedBefore.put(u.id, u));
        Set<Unit> replicatedIn = new LinkedHashSet<>();
        if (ids == null) {
            return replicatedIn;
        }
        for (int i = 0; i < ids.size(); i++) {
            String field = "replicatedIn[" + i + "]";
            Long id = ids.get(i);
            if (id == null) {
                throw ProblemException.invalidField(field, "field.not-null");
            }
            if (id.equals(unit.id)) {
                throw ProblemException.invalidField(field, "model-practice.replicated.own-unit");
            }
            Unit replicating = listedBefore.get(id);
            if (replicating == null) {
                replicating = units.visible(id)
                        .orElseThrow(() -> ProblemException.invalidField(field, "record.unit-in-scope", String.valueOf(id)));
            }
            replicatedIn.add(replicating);
        }
        return replicatedIn;
    }

    private ModelPracticeResponse toResponse(ModelPractice practice) {
        return ModelPracticeMapper.toResponse(practice, writes.allowed(practice.unit.path));
    }
}

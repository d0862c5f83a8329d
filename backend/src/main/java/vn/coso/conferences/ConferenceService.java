package vn.coso.conferences;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.Period;
import vn.coso.common.security.Scope;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.conferences.ConferenceDtos.ConferenceRequest;
import vn.coso.conferences.ConferenceDtos.ConferenceResponse;
import vn.coso.conferences.ConferenceDtos.ConferenceUpdateRequest;
import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;
import vn.coso.units.UnitService;

import java.util.List;
import java.util.stream.Collectors;

/** Conferences and dialogues: visible and writable in the scope of the unit that held them. */
@ApplicationScoped
public class ConferenceService {

    private final ConferenceRepository conferences;
    private final UnitService units;

    public ConferenceService(ConferenceRepository conferences, UnitService units) {
        this.conferences = conferences;
        this.units = units;
    }

    public PageResult<ConferenceResponse> list(ConferenceFilter filter, PageRequest page) {
        Scope scope = units.scope();
        String unitPath = unitPathOf(filter.unitId());
        List<Conference> found = conferences.findInScope(filter, unitPath, scope,
                page.sort(ConferenceRepository.SORTABLE), page.offset(), page.size());
        long total = conferences.countInScope(filter, unitPath, scope);
        return new PageResult<>(found, page.page(), page.size(), total).map(ConferenceMapper::toResponse);
    }

    /** The active agencies, public service units and enterprises that held no conference in the period. */
    public PageResult<UnitRef> laggingUnits(Long unitId, Period period, PageRequest page) {
        if (period.isOpen()) {
            throw ProblemException.invalid("year", "is required, or a period with from and to");
        }
        Scope scope = units.scope();
        String unitPath = unitPathOf(unitId);
        List<Unit> found = conferences.findLaggingUnits(unitPath, period, scope,
                page.sort(ConferenceRepository.LAGGING_SORTABLE), page.offset(), page.size());
        long total = conferences.countLaggingUnits(unitPath, period, scope);
        return new PageResult<>(found, page.page(), page.size(), total).map(ConferenceMapper::toRef);
    }

    public ConferenceResponse get(long id) {
        return ConferenceMapper.toResponse(findVisible(id));
    }

    @Transactional
    public ConferenceResponse create(ConferenceRequest request) {
        Conference conference = new Conference();
        apply(conference, request);
        conferences.persistAndFlush(conference);
        return ConferenceMapper.toResponse(conference);
    }

    @Transactional
    public ConferenceResponse update(long id, ConferenceUpdateRequest request, Long ifMatchVersion) {
        Conference conference = findVisible(id);
        Versions.check("Conference " + id, conference.version, request.version(), ifMatchVersion);
        apply(conference, request.fields());
        conferences.flush();
        return ConferenceMapper.toResponse(conference);
    }

    @Transactional
    public void delete(long id) {
        conferences.delete(findVisible(id));
    }

    /** A conference the caller may see, or 404: out of scope looks exactly like not existing. */
    private Conference findVisible(long id) {
        Scope scope = units.scope();
        return conferences.findByIdOptional(id)
                .filter(c -> scope.contains(c.unit.path))
                .orElseThrow(() -> ProblemException.notFound("Conference", id));
    }

    private void apply(Conference conference, ConferenceRequest request) {
        long unitId = request.unitId();
        Unit unit = units.visible(unitId)
                .orElseThrow(() -> ProblemException.invalid("unitId", "no unit " + unitId + " in your scope"));
        if (!request.kind().heldBy().contains(unit.type)) {
            throw ProblemException.invalid("kind", "a " + request.kind() + " is held by "
                    + request.kind().heldBy().stream().map(Enum::name).sorted().collect(Collectors.joining(" or "))
                    + ", not by " + unit.name + " (" + unit.type + ")");
        }
        units.requireExistingOn(unit, request.date(), "date");
        conference.unit = unit;
        conference.kind = request.kind();
        conference.heldOn = request.date();
        conference.title = Texts.clean(request.title());
        conference.participants = request.participants();
        conference.resolutions = Texts.clean(request.resolutions());
    }

    /** The subtree of a unitId filter; a unit out of scope answers 404, as everywhere. */
    private String unitPathOf(Long unitId) {
        return unitId == null ? null : units.findVisible(unitId).path;
    }
}

package vn.coso.conferences;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.actions.RecordWriteRules;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.Period;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;
import vn.coso.common.security.Scope;
import vn.coso.common.security.ScopeGuard;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.conferences.ConferenceDtos.ConferenceRequest;
import vn.coso.conferences.ConferenceDtos.ConferenceResponse;
import vn.coso.conferences.ConferenceDtos.ConferenceUpdateRequest;
import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;
import vn.coso.units.UnitService;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Conferences and dialogues: visible and writable in the scope of the unit that held them. */
@ApplicationScoped
public class ConferenceService {

    private final ConferenceRepository conferences;
    private final UnitService units;
    private final ScopeGuard guard;
    private final RecordWriteRules writes;

    public ConferenceService(ConferenceRepository conferences, UnitService units, ScopeGuard guard, CurrentUser user) {
        this.conferences = conferences;
        this.units = units;
        this.guard = guard;
        this.writes = new RecordWriteRules(user, guard, Set.of(Roles.ADMIN, Roles.OFFICER),
                "record.read-only");
    }

    public PageResult<ConferenceResponse> list(ConferenceFilter filter, PageRequest page) {
        Scope scope = guard.current();
        String unitPath = guard.subtreeOf(filter.unitId());
        List<Conference> found = conferences.findInScope(filter, unitPath, scope,
                page.sort(ConferenceRepository.SORTABLE), page.offset(), page.size());
        long total = conferences.countInScope(filter, unitPath, scope);
        return new PageResult<>(found, page.page(), page.size(), total).map(this::toResponse);
    }

    /** The active agencies, public service units and enterprises that held no conference in the period. */
    public PageResult<UnitRef> laggingUnits(Long unitId, Period period, PageRequest page) {
        if (period.isOpen()) {
            throw ProblemException.invalidField("year", "conference.period.required");
        }
        Scope scope = guard.current();
        String unitPath = guard.subtreeOf(unitId);
        List<Unit> found = conferences.findLaggingUnits(unitPath, period, scope,
                page.sort(ConferenceRepository.LAGGING_SORTABLE), page.offset(), page.size());
        long total = conferences.countLaggingUnits(unitPath, period, scope);
        return new PageResult<>(found, page.page(), page.size(), total).map(ConferenceMapper::toRef);
    }

    public ConferenceResponse get(long id) {
        return toResponse(findVisible(id));
    }

    @Transactional
    public ConferenceResponse create(ConferenceRequest request) {
        Conference conference = new Conference();
        apply(conference, request);
        conferences.persistAndFlush(conference);
        return toResponse(conference);
    }

    @Transactional
    public ConferenceResponse update(long id, ConferenceUpdateRequest request, Long ifMatchVersion) {
        Conference conference = findVisible(id);
        writes.require(conference.unit.path, RecordWriteRules.Action.UPDATE);
        Versions.check(ProblemException.record("record.conference", id), conference.version, request.version(), ifMatchVersion);
        apply(conference, request.fields());
        conferences.flush();
        return toResponse(conference);
    }

    @Transactional
    public void delete(long id) {
        Conference conference = findVisible(id);
        writes.require(conference.unit.path, RecordWriteRules.Action.DELETE);
        conferences.delete(conference);
    }

    /** A conference the caller may see, or 404: out of scope looks exactly like not existing. */
    Conference findVisible(long id) {
        return guard.require(conferences.findByIdOptional(id), c -> c.unit.path, "record.conference", id);
    }

    private void apply(Conference conference, ConferenceRequest request) {
        long unitId = request.unitId();
        Unit unit = units.visible(unitId)
                .orElseThrow(() -> ProblemException.invalidField("unitId", "record.unit-in-scope", String.valueOf(unitId)));
        if (!request.kind().heldBy().contains(unit.type)) {
            throw ProblemException.invalidField("kind", "conference.kind.unit", request.kind(),
                    request.kind().heldBy().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")),
                    unit.name, unit.type);
        }
        units.requireExistingOn(unit, request.date(), "date");
        conference.unit = unit;
        conference.kind = request.kind();
        conference.heldOn = request.date();
        conference.title = Texts.clean(request.title());
        conference.participants = request.participants();
        conference.resolutions = Texts.clean(request.resolutions());
    }

    private ConferenceResponse toResponse(Conference conference) {
        return ConferenceMapper.toResponse(conference, writes.allowed(conference.unit.path));
    }
}

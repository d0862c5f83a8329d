package vn.coso.conferences;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.actions.RecordWriteRules;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.history.HistoryDtos.HistoryEntry;
import vn.coso.common.history.HistoryService;
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
import vn.coso.units.UnitType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Conferences and dialogues: visible and writable in the scope of the unit that held them. */
@ApplicationScoped
public class ConferenceService {

    static final String HISTORY_TYPE = "conference";

    private final ConferenceRepository conferences;
    private final UnitService units;
    private final ScopeGuard guard;
    private final RecordWriteRules<RecordWriteRules.Action> writes;
    private final HistoryService history;

    public ConferenceService(ConferenceRepository conferences, UnitService units, ScopeGuard guard, CurrentUser user,
                             HistoryService history) {
        this.conferences = conferences;
        this.units = units;
        this.guard = guard;
        this.history = history;
        this.writes = RecordWriteRules.of(user, guard, Set.of(Roles.ADMIN, Roles.OFFICER),
                "record.read-only");
    }

    public PageResult<ConferenceResponse> list(ConferenceFilter filter, PageRequest page) {
        Scope scope = guard.current();
        String unitPath = guard.subtreeOf(filter.unitId());
        List<Conference> found = conferences.findInScope(filter, unitPath, scope,
                page.sort(ConferenceRepository.SORTABLE), page.offset(), page.size());
        conferences.fetchItems(found);
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
        history.record(HISTORY_TYPE, conference.id, "CREATED", Map.of(), ConferenceMapper.snapshot(conference));
        return toResponse(conference);
    }

    @Transactional
    public ConferenceResponse update(long id, ConferenceUpdateRequest request, Long ifMatchVersion) {
        Conference conference = findVisible(id);
        writes.require(conference.unit.path, RecordWriteRules.Action.UPDATE);
        Versions.check(ProblemException.record("record.conference", id), conference.version, request.version(), ifMatchVersion);
        Map<String, Object> before = ConferenceMapper.snapshot(conference);
        apply(conference, request.fields());
        conferences.flush();
        history.record(HISTORY_TYPE, id, "UPDATED", before, ConferenceMapper.snapshot(conference));
        return toResponse(conference);
    }

    @Transactional
    public void delete(long id) {
        Conference conference = findVisible(id);
        writes.require(conference.unit.path, RecordWriteRules.Action.DELETE);
        history.record(HISTORY_TYPE, id, "DELETED", ConferenceMapper.snapshot(conference), Map.of());
        conferences.delete(conference);
    }

    /** Who recorded and changed the conference, when, and what. */
    public PageResult<HistoryEntry> history(long id, PageRequest page) {
        findVisible(id);
        return history.list(HISTORY_TYPE, id, page);
    }

    /** A conference the caller may see, or 404: out of scope looks exactly like not existing. */
    Conference findVisible(long id) {
        return guard.require(conferences.findByIdOptional(id), c -> c.unit.path, "record.conference", id);
    }

    private void apply(Conference conference, ConferenceRequest request) {
        long unitId = request.unitId();
        Unit unit = units.visible(unitId)
                .orElseThrow(() -> ProblemException.invalidField("unitId", "record.unit-in-scope", String.valueOf(unitId)));
        units.requireExistingOn(unit, request.date(), "date");
        UnitType typeThatDay = units.typeOn(unit, request.date());
        if (!request.kind().heldBy().contains(typeThatDay)) {
            throw ProblemException.invalidField("kind", "conference.kind.unit", request.kind(),
                    request.kind().heldBy().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")),
                    unit.name, typeThatDay);
        }
        List<ConferenceItem> items = items(request);
        conference.unit = unit;
        conference.kind = request.kind();
        conference.heldOn = request.date();
        conference.title = Texts.clean(request.title());
        conference.participants = request.participants();
        conference.resolutions = Texts.clean(request.resolutions());
        conference.householdsTotal = request.householdsTotal();
        conference.householdsRepresented = request.householdsRepresented();
        conference.items.clear();
        conference.items.addAll(items);
    }

    /**
     * A village meeting's households and items, checked against each other: the households (votes)
     * of an item are at most those represented. Other kinds carry none.
     */
    private static List<ConferenceItem> items(ConferenceRequest request) {
        List<ConferenceDtos.ItemRequest> asked = request.items() == null ? List.of() : request.items();
        if (!request.kind().decidesByHouseholds()) {
            for (String field : List.of("householdsTotal", "householdsRepresented")) {
                Object value = field.equals("householdsTotal") ? request.householdsTotal() : request.householdsRepresented();
                if (value != null) {
                    throw ProblemException.invalidField(field, "conference.households.village-only", request.kind());
                }
            }
            if (!asked.isEmpty()) {
                throw ProblemException.invalidField("items", "conference.households.village-only", request.kind());
            }
            return List.of();
        }
        if (request.householdsTotal() == null) {
            throw ProblemException.invalidField("householdsTotal", "field.not-null");
        }
        if (request.householdsRepresented() == null) {
            throw ProblemException.invalidField("householdsRepresented", "field.not-null");
        }
        if (request.householdsRepresented() > request.householdsTotal()) {
            throw ProblemException.invalidField("householdsRepresented", "conference.households.more-than-total",
                    request.householdsRepresented(), request.householdsTotal());
        }
        List<ConferenceItem> items = new ArrayList<>();
        for (int i = 0; i < asked.size(); i++) {
            ConferenceDtos.ItemRequest r = asked.get(i);
            int votes = r.votesFor() + r.votesAgainst() + r.votesAbstain();
            if (votes > request.householdsRepresented()) {
                throw ProblemException.invalidField("items[" + i + "].votesFor", "conference.item.votes",
                        votes, request.householdsRepresented());
            }
            if (r.completedOn() != null && r.completedOn().isBefore(request.date())) {
                throw ProblemException.invalidField("items[" + i + "].completedOn", "conference.item.completed-before");
            }
            ConferenceItem item = new ConferenceItem();
            item.title = Texts.clean(r.title());
            item.decidedBy = r.decidedBy();
            item.votesFor = r.votesFor();
            item.votesAgainst = r.votesAgainst();
            item.votesAbstain = r.votesAbstain();
            item.contribution = r.contribution() == null ? ConferenceItem.Contribution.NONE : r.contribution();
            item.recognised = Boolean.TRUE.equals(r.recognised());
            item.completedOn = r.completedOn();
            items.add(item);
        }
        return items;
    }

    private ConferenceResponse toResponse(Conference conference) {
        return ConferenceMapper.toResponse(conference, writes.allowed(conference.unit.path));
    }
}

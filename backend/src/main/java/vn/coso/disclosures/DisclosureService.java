package vn.coso.disclosures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.actions.RecordWriteRules;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.history.HistoryDtos.HistoryEntry;
import vn.coso.common.history.HistoryService;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;
import vn.coso.common.security.Scope;
import vn.coso.common.security.ScopeGuard;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.disclosures.DisclosureDtos.DisclosureRequest;
import vn.coso.disclosures.DisclosureDtos.DisclosureResponse;
import vn.coso.disclosures.DisclosureDtos.DisclosureUpdateRequest;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Public disclosures: visible and writable in the scope of the unit that made them public. */
@ApplicationScoped
public class DisclosureService {

    static final String HISTORY_TYPE = "disclosure";

    private final DisclosureRepository disclosures;
    private final UnitService units;
    private final ScopeGuard guard;
    private final RecordWriteRules<RecordWriteRules.Action> writes;
    private final HistoryService history;

    public DisclosureService(DisclosureRepository disclosures, UnitService units, ScopeGuard guard, CurrentUser user,
                             HistoryService history) {
        this.disclosures = disclosures;
        this.units = units;
        this.guard = guard;
        this.history = history;
        this.writes = RecordWriteRules.of(user, guard, Set.of(Roles.ADMIN, Roles.OFFICER), "record.read-only");
    }

    public PageResult<DisclosureResponse> list(DisclosureFilter filter, PageRequest page) {
        Scope scope = guard.current();
        String unitPath = guard.subtreeOf(filter.unitId());
        List<Disclosure> found = disclosures.findInScope(filter, unitPath, scope,
                page.sort(DisclosureRepository.SORTABLE), page.offset(), page.size());
        long total = disclosures.countInScope(filter, unitPath, scope);
        return new PageResult<>(found, page.page(), page.size(), total).map(this::toResponse);
    }

    public DisclosureResponse get(long id) {
        return toResponse(findVisible(id));
    }

    public PageResult<HistoryEntry> history(long id, PageRequest page) {
        findVisible(id);
        return history.list(HISTORY_TYPE, id, page);
    }

    @Transactional
    public DisclosureResponse create(DisclosureRequest request) {
        Disclosure disclosure = new Disclosure();
        apply(disclosure, request);
        disclosures.persistAndFlush(disclosure);
        history.record(HISTORY_TYPE, disclosure.id, "CREATED", Map.of(), DisclosureMapper.snapshot(disclosure));
        return toResponse(disclosure);
    }

    @Transactional
    public DisclosureResponse update(long id, DisclosureUpdateRequest request, Long ifMatchVersion) {
        Disclosure disclosure = findVisible(id);
        writes.require(disclosure.unit.path, RecordWriteRules.Action.UPDATE);
        Versions.check(ProblemException.record("record.disclosure", id), disclosure.version, request.version(), ifMatchVersion);
        Map<String, Object> before = DisclosureMapper.snapshot(disclosure);
        apply(disclosure, request.fields());
        disclosures.flush();
        history.record(HISTORY_TYPE, id, "UPDATED", before, DisclosureMapper.snapshot(disclosure));
        return toResponse(disclosure);
    }

    @Transactional
    public void delete(long id) {
        Disclosure disclosure = findVisible(id);
        writes.require(disclosure.unit.path, RecordWriteRules.Action.DELETE);
        history.record(HISTORY_TYPE, id, "DELETED", DisclosureMapper.snapshot(disclosure), Map.of());
        disclosures.delete(disclosure);
    }

    /** A disclosure the caller may see, or 404: out of scope looks exactly like not existing. */
    Disclosure findVisible(long id) {
        return guard.require(disclosures.findByIdOptional(id), d -> d.unit.path, "record.disclosure", id);
    }

    private void apply(Disclosure disclosure, DisclosureRequest request) {
        long unitId = request.unitId();
        Unit unit = units.visible(unitId)
                .orElseThrow(() -> ProblemException.invalidField("unitId", "record.unit-in-scope", String.valueOf(unitId)));
        units.requireExistingOn(unit, request.postedOn(), "postedOn");
        if (request.postedUntil() != null && request.postedUntil().isBefore(request.postedOn())) {
            throw ProblemException.invalidField("postedUntil", "disclosure.posted-until.before");
        }
        String link = Texts.clean(request.link());
        if (link != null && !link.matches("(?i)^https?://[^\\s]+$")) {
            throw ProblemException.invalidField("link", "disclosure.link.invalid");
        }
        disclosure.unit = unit;
        disclosure.category = request.category();
        disclosure.title = Texts.clean(request.title());
        disclosure.content = Texts.clean(request.content());
        disclosure.forms.clear();
        disclosure.forms.addAll(EnumSet.copyOf(request.forms()));
        disclosure.postedOn = request.postedOn();
        disclosure.postedUntil = request.postedUntil();
        disclosure.place = Texts.clean(request.place());
        disclosure.link = link;
    }

    private DisclosureResponse toResponse(Disclosure disclosure) {
        return DisclosureMapper.toResponse(disclosure, writes.allowed(disclosure.unit.path));
    }
}

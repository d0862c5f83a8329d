package vn.coso.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.i18n.Msg;
import vn.coso.common.history.HistoryDtos.HistoryEntry;
import vn.coso.common.history.HistoryService;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.PageWindow;
import vn.coso.common.paging.Slice;
import vn.coso.common.paging.Total;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Scope;
import vn.coso.common.security.ScopeGuard;
import vn.coso.common.tree.MaterializedPaths;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.party.PartyDtos.PartyOrganizationRequest;
import vn.coso.party.PartyDtos.PartyOrganizationResponse;
import vn.coso.party.PartyDtos.PartyOrganizationTreeNode;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The rules of the party organisation tree. Scope follows the unit an organisation belongs to. */
@ApplicationScoped
public class PartyOrganizationService {

    private final PartyOrganizationRepository organizations;
    private final PartyMemberRepository members;
    private final UnitService units;
    private final ScopeGuard guard;
    private final CurrentUser user;
    private final Instance<PartyOrganizationReferences> references;
    private final HistoryService history;

    public PartyOrganizationService(PartyOrganizationRepository organizations, PartyMemberRepository members,
                                    UnitService units, ScopeGuard guard, CurrentUser user,
                                    Instance<PartyOrganizationReferences> references, HistoryService history) {
        this.history = history;
        this.organizations = organizations;
        this.members = members;
        this.units = units;
        this.guard = guard;
        this.user = user;
        this.references = references;
    }

    public PageResult<PartyOrganizationResponse> list(PartyOrganizationFilter filter, PageRequest page) {
        String unitPath = guard.subtreeOf(filter.unitId());
        Scope scope = guard.current();
        PageWindow window = page.window(PartyOrganizationRepository.SORTABLE, PartyOrganizationRepository.ID);
        Slice<PartyOrganization> found = organizations.findInScope(filter, unitPath, scope, window);
        Total total = organizations.countInScope(filter, unitPath, scope, window.sort());
        List<Long> ids = found.rows().stream().map(o -> o.id).toList();
        Map<Long, Long> memberCounts = organizations.memberCounts(found.rows());
        Map<Long, Long> childCounts = organizations.childCounts(ids);
        return PageResult.of(found, window, total)
                .map(o -> PartyMapper.toResponse(o, memberCounts.getOrDefault(o.id, 0L),
                        childCounts.getOrDefault(o.id, 0L), scope, user.mayReadPersonalFields()));
    }

    /** One statement (plus the caller's unit, once per request): the organisation with its counts. */
    public PartyOrganizationResponse get(long id) {
        PartyOrganizationRepository.OrganizationWithCounts found = guard.require(organizations.findWithCounts(id),
                f -> f.organization().unit.path, "record.party-organization", id);
        return PartyMapper.toResponse(found.organization(), found.memberCount(), found.childCount(), guard.current(),
                user.mayReadPersonalFields());
    }

    public PartyOrganizationTreeNode tree(long id) {
        PartyOrganization root = findVisible(id);
        return PartyMapper.toTree(root, organizations.subtree(root, guard.current()));
    }

    /** The organisation's history (what reorganisations did to it), newest first. */
    public PageResult<HistoryEntry> history(long id, PageRequest page) {
        findVisible(id);
        return history.list(PartyUnitSuccession.HISTORY_TYPE, id, page);
    }

    public PartyOrganization findVisible(long id) {
        return guard.require(organizations.findByIdOptional(id), o -> o.unit.path, "record.party-organization", id);
    }

    @Transactional
    public PartyOrganizationResponse create(PartyOrganizationRequest request) {
        Unit unit = resolveUnit(request.unitId());
        PartyOrganization parent = resolveParent(request.level(), request.form(), request.parentId());
        checkCodeFree(request.code(), null);

        PartyOrganization organization = new PartyOrganization();
        apply(organization, request, unit);
        organization.parent = parent;
        organizations.persistWithPath(organization);
        return toResponse(organization);
    }

    @Transactional
    public PartyOrganizationResponse update(long id, PartyOrganizationRequest request, Long ifMatchVersion) {
        PartyOrganization organization = findVisible(id);
        Versions.check(ProblemException.record("record.party-organization", organization.code), organization.version, request.version(), ifMatchVersion);
        Unit unit = resolveUnit(request.unitId());
        PartyOrganization parent = resolveParent(request.level(), request.form(), request.parentId());
        if (parent != null && MaterializedPaths.isAncestorOrSelf(organization.path, parent.path)) {
            throw ProblemException.of(409, PartyOrganizationRules.CYCLE);
        }
        checkChildrenFit(organization, request.level(), request.form());
        checkCodeFree(request.code(), organization.id);

        Long currentParentId = organization.parent == null ? null : organization.parent.id;
        boolean moving = !Objects.equals(currentParentId, request.parentId());
        apply(organization, request, unit);
        if (moving) {
            String oldPath = organization.path;
            organization.parent = parent;
            organizations.flush();
            organizations.movePaths(oldPath, MaterializedPaths.childPath(parent == null ? null : parent.path,
                    organization.id));
            organizations.getEntityManager().refresh(organization);
        }
        organizations.flush();
        return toResponse(organization);
    }

    /** Giải tán: a dissolution decided by a disciplinary action makes the organisation inactive. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markDissolved(PartyOrganization organization) {
        organization.active = false;
    }

    @Transactional
    public void delete(long id) {
        PartyOrganization organization = findVisible(id);
        long children = organizations.count("parent", organization);
        if (children > 0) {
            throw ProblemException.of(409, "party-organization.has-children", organization.name, children);
        }
        long recorded = members.countIn(organization);
        if (recorded > 0) {
            throw ProblemException.of(409, "party-organization.has-members", organization.name, recorded);
        }
        if (members.countTransfersTouching(organization) > 0) {
            throw ProblemException.of(409, "party-organization.referenced", Msg.of("party-organization.referenced.transfers",
                    organization.name));
        }
        for (PartyOrganizationReferences check : references) {
            Optional<Msg> what = check.describeReferencesToOrganization(organization.id);
            if (what.isPresent()) {
                throw ProblemException.of(409, "party-organization.referenced", organization.name, what.get());
            }
        }
        organizations.delete(organization);
    }

    private PartyOrganizationResponse toResponse(PartyOrganization o) {
        List<Long> ids = List.of(o.id);
        return PartyMapper.toResponse(o, organizations.memberCounts(List.of(o)).getOrDefault(o.id, 0L),
                organizations.childCounts(ids).getOrDefault(o.id, 0L), guard.current(), user.mayReadPersonalFields());
    }

    private Unit resolveUnit(long unitId) {
        try {
            return units.findVisible(unitId);
        } catch (ProblemException e) {
            throw ProblemException.invalidField("unitId", "record.unit-in-scope", String.valueOf(unitId));
        }
    }

    private PartyOrganization resolveParent(PartyOrganizationLevel level, PartyOrganizationForm form, Long parentId) {
        PartyOrganizationRules.formProblem(level, form).ifPresent(problem -> {
            throw ProblemException.invalidField("form", problem);
        });
        PartyOrganizationRules.parentPresenceProblem(level, parentId != null).ifPresent(problem -> {
            throw ProblemException.invalidField("parentId", problem);
        });
        if (level == PartyOrganizationLevel.PROVINCIAL) {
            if (!user.isAdmin()) {
                throw ProblemException.forbidden(PartyOrganizationRules.PROVINCIAL_FOR_ADMINS_ONLY);
            }
            return null;
        }
        PartyOrganization parent = organizations.findByIdOptional(parentId)
                .filter(p -> guard.current().contains(p.unit.path))
                .orElseThrow(() -> ProblemException.invalidField("parentId", "record.party-organization-in-scope", String.valueOf(parentId)));
        PartyOrganizationRules.placementProblem(level, parent.level, parent.form).ifPresent(problem -> {
            throw ProblemException.invalidField("parentId", problem);
        });
        return parent;
    }

    private void checkChildrenFit(PartyOrganization organization, PartyOrganizationLevel level,
                                  PartyOrganizationForm form) {
        List<PartyOrganizationLevel> childLevels = organizations.getEntityManager()
                .createQuery("select distinct o.level from PartyOrganization o where o.parent = :p",
                        PartyOrganizationLevel.class)
                .setParameter("p", organization)
                .getResultList();
        PartyOrganizationRules.childrenProblem(organization.name, level, form, childLevels).ifPresent(problem -> {
            throw ProblemException.of(409, "party-organization.children-incompatible", problem);
        });
    }

    private void checkCodeFree(String code, Long exceptId) {
        organizations.findByCode(code.trim())
                .filter(other -> !other.id.equals(exceptId))
                .ifPresent(other -> {
                    if (!guard.current().contains(other.unit.path)) {
                        // No more than a not-found would say: neither its name nor where it is.
                        throw ProblemException.of(409, "party-organization.code.duplicate",
                                Msg.of("scope.value.taken", code.trim()));
                    }
                    throw ProblemException.of(409, "party-organization.code.duplicate", code.trim(), other.name);
                });
    }

    private static void apply(PartyOrganization organization, PartyOrganizationRequest request, Unit unit) {
        organization.code = request.code().trim();
        organization.name = Texts.clean(request.name());
        organization.level = request.level();
        organization.form = request.form();
        organization.unit = unit;
        organization.secretaryName = Texts.clean(request.secretaryName());
        organization.active = request.active() == null || request.active();
    }
}

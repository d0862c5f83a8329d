package vn.coso.party;

import vn.coso.common.time.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.i18n.Msg;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.paging.PageWindow;
import vn.coso.common.paging.Slice;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.common.security.ScopeGuard;
import vn.coso.party.PartyDtos.PartyMemberRequest;
import vn.coso.party.PartyDtos.PartyMemberResponse;
import vn.coso.party.PartyDtos.TransferRequest;
import vn.coso.party.PartyDtos.TransferResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Party members: personal data, so the resource admits only admin and inspector, and every
 * lookup here is limited to the caller's scope.
 */
@ApplicationScoped
public class PartyMemberService {

    private final PartyMemberRepository members;
    private final PartyOrganizationService organizations;
    private final ScopeGuard guard;
    private final CurrentUser user;
    private final Instance<PartyOrganizationReferences> references;

    public PartyMemberService(PartyMemberRepository members, PartyOrganizationService organizations,
                              ScopeGuard guard, CurrentUser user, Instance<PartyOrganizationReferences> references) {
        this.members = members;
        this.organizations = organizations;
        this.guard = guard;
        this.user = user;
        this.references = references;
    }

    public PageResult<PartyMemberResponse> list(String q, PartyMemberStatus status, Long organizationId, Long unitId,
                                                Instant updatedSince, PageRequest page) {
        String organizationPath = organizationId == null ? null : organizations.findVisible(organizationId).path;
        PartyMemberFilter filter = new PartyMemberFilter(q, status, organizationPath, unitId, updatedSince);
        String unitPath = guard.subtreeOf(unitId);
        PageWindow window = page.window(PartyMemberRepository.SORTABLE, PartyMemberRepository.ID);
        Slice<PartyMember> found = members.findInScope(filter, unitPath, guard.current(), window);
        return PageResult.of(found, window, members.countInScope(filter, unitPath, guard.current(), window.sort()))
                .map(PartyMapper::toResponse);
    }

    public PartyMemberResponse get(long id) {
        return PartyMapper.toResponse(findVisible(id));
    }

    public PartyMember findVisible(long id) {
        return guard.require(members.findWithOrganization(id), m -> m.organization.unit.path, "record.party-member", id);
    }

    @Transactional
    public PartyMemberResponse create(PartyMemberRequest request) {
        if (request.organizationId() == null) {
            throw ProblemException.invalidField("organizationId", "field.required");
        }
        PartyOrganization organization = resolveOrganization("organizationId", request.organizationId());
        checkDates(request);
        checkCardFree(request.partyCardNumber(), null);
        PartyMember member = new PartyMember();
        apply(member, request);
        member.organization = organization;
        members.persistAndFlush(member);
        return PartyMapper.toResponse(member);
    }

    @Transactional
    public PartyMemberResponse update(long id, PartyMemberRequest request, Long ifMatch) {
        PartyMember member = findVisible(id);
        Versions.check(ProblemException.record("record.party-member", member.id), member.version, request.version(), ifMatch);
        checkDates(request);
        checkCardFree(request.partyCardNumber(), member.id);
        apply(member, request);
        members.flush();
        return PartyMapper.toResponse(member);
    }

    @Transactional
    public void delete(long id) {
        PartyMember member = findVisible(id);
        if (!members.transfersOf(member).isEmpty()) {
            throw ProblemException.of(409, "party-member.referenced", Msg.of("party-member.referenced.transfers"));
        }
        for (PartyOrganizationReferences check : references) {
            Optional<Msg> what = check.describeReferencesToMember(member.id);
            if (what.isPresent()) {
                throw ProblemException.of(409, "party-member.referenced", what.get());
            }
        }
        members.delete(member);
    }

    /** Chuyển sinh hoạt đảng: moves an active member and keeps the move in the member's history. */
    @Transactional
    public PartyMemberResponse transfer(long id, TransferRequest request) {
        PartyMember member = findVisible(id);
        Versions.check(ProblemException.record("record.party-member", member.id), member.version, request.version(), null);
        if (member.status != PartyMemberStatus.ACTIVE) {
            throw ProblemException.of(409, "party-member.not-active", member.status);
        }
        PartyOrganization to = resolveOrganization("toOrganizationId", request.toOrganizationId());
        if (to.id.equals(member.organization.id)) {
            throw ProblemException.invalidField("toOrganizationId", "party-member.transfer.same");
        }
        if (!to.active) {
            throw ProblemException.invalidField("toOrganizationId", "party-member.transfer.inactive");
        }
        if (request.date().isAfter(LocalDate.now(AppClock.VIETNAM)) || request.date().isBefore(member.admissionDate)) {
            throw ProblemException.invalidField("date", "party-member.official.between");
        }
        PartyMemberTransfer transfer = new PartyMemberTransfer();
        transfer.member = member;
        transfer.from = member.organization;
        transfer.to = to;
        transfer.transferDate = request.date();
        transfer.decisionNumber = Texts.clean(request.decisionNumber());
        transfer.note = Texts.clean(request.note());
        transfer.recordedBy = user.username();
        transfer.recordedAt = Instant.now();
        members.persistTransfer(transfer);
        member.organization = to;
        members.flush();
        return PartyMapper.toResponse(member);
    }

    /** Khai trừ: an expulsion decided elsewhere (a disciplinary action) changes the member's status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markExpelled(PartyMember member) {
        member.status = PartyMemberStatus.EXPELLED;
    }

    public List<TransferResponse> transfers(long id) {
        return members.transfersOf(findVisible(id)).stream().map(PartyMapper::toResponse).toList();
    }

    private PartyOrganization resolveOrganization(String field, long organizationId) {
        try {
            return organizations.findVisible(organizationId);
        } catch (ProblemException e) {
            throw ProblemException.invalidField(field, "record.party-organization-in-scope", String.valueOf(organizationId));
        }
    }

    private static void checkDates(PartyMemberRequest request) {
        PartyMemberRules.datesProblem(request.dateOfBirth(), request.admissionDate(), request.officialDate(),
                LocalDate.now(AppClock.VIETNAM)).ifPresent(problem -> {
            throw ProblemException.invalidFields(List.of(problem));
        });
    }

    private void checkCardFree(String number, Long exceptId) {
        members.findByCardNumber(number.trim())
                .filter(other -> !other.id.equals(exceptId))
                .ifPresent(other -> {
                    throw ProblemException.of(409, "party-member.card.duplicate", number.trim());
                });
    }

    private static void apply(PartyMember member, PartyMemberRequest request) {
        member.fullName = Texts.clean(request.fullName());
        member.partyCardNumber = request.partyCardNumber().trim();
        member.dateOfBirth = request.dateOfBirth();
        member.admissionDate = request.admissionDate();
        member.officialDate = request.officialDate();
        member.post = Texts.clean(request.post());
        member.status = request.status() == null ? PartyMemberStatus.ACTIVE : request.status();
    }
}

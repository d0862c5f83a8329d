package vn.coso.party;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.security.Scope;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PartyMemberRepository implements PanacheRepository<PartyMember> {

    public static final SortableFields SORTABLE = SortableFields.of("fullName",
            "fullName", "m.fullName", "partyCardNumber", "m.partyCardNumber", "admissionDate", "m.admissionDate",
            "createdAt", "m.createdAt", "updatedAt", "m.updatedAt", "id", "m.id");

    public Optional<PartyMember> findByCardNumber(String number) {
        return find("partyCardNumber", number).firstResultOptional();
    }

    public List<PartyMember> findInScope(PartyMemberFilter filter, String unitPath, Scope scope, List<SortField> sort,
                                         int offset, int limit) {
        return conditions(filter, unitPath, scope)
                .query(getEntityManager(),
                        "select m from PartyMember m join fetch m.organization o join fetch o.unit u",
                        SortableFields.orderBy(sort, "m.id"), PartyMember.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInScope(PartyMemberFilter filter, String unitPath, Scope scope) {
        return conditions(filter, unitPath, scope).count(getEntityManager(),
                "select count(m) from PartyMember m join m.organization o join o.unit u");
    }

    public long countIn(PartyOrganization organization) {
        return count("organization", organization);
    }

    public List<PartyMemberTransfer> transfersOf(PartyMember member) {
        return getEntityManager().createQuery(
                        "select t from PartyMemberTransfer t join fetch t.from join fetch t.to"
                                + " where t.member = :member order by t.transferDate desc, t.id desc",
                        PartyMemberTransfer.class)
                .setParameter("member", member)
                .getResultList();
    }

    public long countTransfersTouching(PartyOrganization organization) {
        return getEntityManager().createQuery(
                        "select count(t) from PartyMemberTransfer t where t.from = :o or t.to = :o", Long.class)
                .setParameter("o", organization)
                .getSingleResult();
    }

    public void persistTransfer(PartyMemberTransfer transfer) {
        getEntityManager().persist(transfer);
    }

    private static Conditions conditions(PartyMemberFilter filter, String unitPath, Scope scope) {
        return new Conditions()
                .inScope(scope, "u.path")
                .contains(filter.q(), "m.fullName", "m.partyCardNumber")
                .add("m.status = :status", "status", filter.status())
                .add("o.path like :organizationPath", "organizationPath",
                        filter.organizationPath() == null ? null : filter.organizationPath() + "%")
                .add("u.path like :unitPath", "unitPath", unitPath == null ? null : unitPath + "%")
                .add("m.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
    }
}

package vn.coso.party;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.PageWindow;
import vn.coso.common.paging.Pages;
import vn.coso.common.paging.Slice;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.paging.Total;
import vn.coso.common.security.Scope;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class PartyMemberRepository implements PanacheRepository<PartyMember> {

    /** The id path of the list's queries; it also names the list in its cursors. */
    public static final String ID = "m.id";
    public static final SortableFields SORTABLE = SortableFields.of("fullName",
            "fullName", "m.fullName", "partyCardNumber", "m.partyCardNumber", "admissionDate", "m.admissionDate",
            "createdAt", "m.createdAt", "updatedAt", "m.updatedAt", "id", "m.id");

    public Optional<PartyMember> findByCardNumber(String number) {
        return find("partyCardNumber", number).firstResultOptional();
    }

    /** One page in two steps (the deferred join): the page's ids from the indexes, then those members. */
    public Slice<PartyMember> findInScope(PartyMemberFilter filter, String unitPath, Scope scope, PageWindow window) {
        Conditions conditions = conditions(filter, unitPath, scope);
        Slice<Long> page = conditions.pageKeys(getEntityManager(), idsFrom(conditions), ID, window);
        List<Long> ids = page.rows();
        if (ids.isEmpty()) {
            return page.with(List.of());
        }
        List<PartyMember> rows = getEntityManager().createQuery("select m from PartyMember m join fetch m.organization o"
                        + " join fetch o.unit u where m.id in :ids", PartyMember.class)
                .setParameter("ids", ids).getResultList();
        return page.with(Pages.inOrderOf(ids, rows, m -> m.id));
    }

    /** The number of matching members, counted up to {@link Total#COUNT_LIMIT}. */
    public Total countInScope(PartyMemberFilter filter, String unitPath, Scope scope, List<SortField> sort) {
        Conditions conditions = conditions(filter, unitPath, scope);
        return conditions.countBounded(getEntityManager(), idsFrom(conditions), SortableFields.orderBy(sort, ID));
    }

    /** The organisation and its unit are joined only when a condition names them. */
    private static String idsFrom(Conditions conditions) {
        if (conditions.refersTo("u")) {
            return "select m.id from PartyMember m join m.organization o join o.unit u";
        }
        return conditions.refersTo("o") ? "select m.id from PartyMember m join m.organization o" : "select m.id from PartyMember m";
    }

    /** The member with its organisation and that organisation's unit (for the scope check): one statement. */
    public Optional<PartyMember> findWithOrganization(long id) {
        return getEntityManager().createQuery("select m from PartyMember m join fetch m.organization o join fetch o.unit"
                        + " where m.id = :id", PartyMember.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
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
                .containsWords(filter.q(), "m.fullName", "m.partyCardNumber")
                .add("m.status = :status", "status", filter.status())
                .add("o.path like :organizationPath", "organizationPath",
                        filter.organizationPath() == null ? null : filter.organizationPath() + "%")
                .add("u.path like :unitPath", "unitPath", unitPath == null ? null : unitPath + "%")
                .add("m.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
    }
}

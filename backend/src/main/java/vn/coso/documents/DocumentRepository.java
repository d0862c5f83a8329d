package vn.coso.documents;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.Period;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.security.Scope;
import vn.coso.party.UnitOrOrganization;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class DocumentRepository implements PanacheRepository<Document> {

    public static final SortableFields SORTABLE = SortableFields.of("issueDate",
            "issueDate", "d.issueDate", "number", "d.number", "kind", "d.kind", "title", "d.title",
            "issuer", "coalesce(po.name, u.name)", "createdAt", "d.createdAt", "updatedAt", "d.updatedAt", "id", "d.id")
            .descendingByDefault();

    /** A document issued by a party organisation belongs to the unit of that organisation. */
    private static final String JOIN_ISSUER = " left join d.issuerUnit u left join d.issuerPartyOrganization po"
            + " left join po.unit pu";
    private static final String FETCH_ISSUER = " left join fetch d.issuerUnit u"
            + " left join fetch d.issuerPartyOrganization po left join fetch po.unit pu";
    private static final String OWNING_PATH = "coalesce(pu.path, u.path)";
    /** The unit that owns a document as {@code u}: its issuing party organisation's unit, else its issuer. */
    private static final String JOIN_OWNING_UNIT = " left join d.issuerPartyOrganization po"
            + " join Unit u on u.id = coalesce(po.unit.id, d.issuerUnit.id)";

    /**
     * Documents in the caller's scope and those issued above the caller's unit, which flow down to it.
     *
     * @param unitPath the materialised path of the unitId filter's unit, or null */
    public List<Document> findInScope(DocumentFilter filter, String unitPath, Scope scope, List<SortField> sort,
                                      int offset, int limit) {
        return conditions(filter, unitPath, scope)
                .query(getEntityManager(), "select d from Document d" + FETCH_ISSUER,
                        SortableFields.orderBy(sort, "d.id"), Document.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInScope(DocumentFilter filter, String unitPath, Scope scope) {
        return conditions(filter, unitPath, scope)
                .count(getEntityManager(), "select count(d) from Document d" + JOIN_ISSUER);
    }

    /** The document of this issuer with this number in this year (numbers compare ignoring case). */
    public Optional<Document> findByNumber(UnitOrOrganization issuer, int year, String number) {
        String issuerField = issuer.organization() != null ? "issuerPartyOrganization.id" : "issuerUnit.id";
        long issuerId = issuer.organization() != null ? issuer.organization().id : issuer.unit().id;
        return find(issuerField + " = ?1 and issueDate >= ?2 and issueDate <= ?3 and number = ?4",
                issuerId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), number).firstResultOptional();
    }

    /** Documents issued in the period by the units of each area of the annual review. */
    public Map<Long, Long> countIssued(ReportAreas areas, Period period) {
        return areas.counts(areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(d)"
                        + " from Document d" + JOIN_OWNING_UNIT + areas.placement()
                        + " where d.issueDate between :from and :to and " + areas.where() + areas.groupBy(),
                        Object[].class))
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList());
    }

    public long countByIssuer(long unitId) {
        return count("issuerUnit.id", unitId);
    }

    public long countByIssuingPartyOrganization(long organizationId) {
        return count("issuerPartyOrganization.id", organizationId);
    }

    private static Conditions conditions(DocumentFilter filter, String unitPath, Scope scope) {
        return new Conditions()
                .inScopeOrAbove(scope, OWNING_PATH)
                .add(OWNING_PATH + " like :unitPath", "unitPath", unitPath == null ? null : unitPath + "%")
                .add("d.kind = :kind", "kind", filter.kind())
                .add("d.issueDate >= :from", "from", filter.period().from())
                .add("d.issueDate <= :to", "to", filter.period().to())
                .contains(filter.q(), "d.number", "d.title", "d.issuingBody")
                .add("d.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
    }
}

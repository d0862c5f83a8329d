package vn.coso.documents;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.Period;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.security.Scope;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class DocumentRepository implements PanacheRepository<Document> {

    public static final SortableFields SORTABLE = SortableFields.of("issueDate",
            "issueDate", "d.issueDate", "number", "d.number", "kind", "d.kind", "title", "d.title",
            "issuer", "u.name", "createdAt", "d.createdAt", "updatedAt", "d.updatedAt", "id", "d.id")
            .descendingByDefault();

    /** @param unitPath the materialised path of the unitId filter's unit, or null */
    public List<Document> findInScope(DocumentFilter filter, String unitPath, Scope scope, List<SortField> sort,
                                      int offset, int limit) {
        return conditions(filter, unitPath, scope)
                .query(getEntityManager(), "select d from Document d join fetch d.issuerUnit u",
                        SortableFields.orderBy(sort, "d.id"), Document.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInScope(DocumentFilter filter, String unitPath, Scope scope) {
        return conditions(filter, unitPath, scope)
                .count(getEntityManager(), "select count(d) from Document d join d.issuerUnit u");
    }

    /** The document of this issuer with this number in this year (numbers compare ignoring case). */
    public Optional<Document> findByNumber(long issuerUnitId, int year, String number) {
        return find("issuerUnit.id = ?1 and issueDate >= ?2 and issueDate <= ?3 and number = ?4",
                issuerUnitId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), number).firstResultOptional();
    }

    /** Documents issued in the period by the units of each area of the annual review. */
    public Map<Long, Long> countIssued(ReportAreas areas, Period period) {
        return areas.counts(areas.bind(getEntityManager().createQuery("select " + areas.key() + ", count(d)"
                        + " from Document d join d.issuerUnit u"
                        + " where d.issueDate between :from and :to and " + areas.where() + areas.groupBy(),
                        Object[].class))
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultList());
    }

    public long countByIssuer(long unitId) {
        return count("issuerUnit.id", unitId);
    }

    private static Conditions conditions(DocumentFilter filter, String unitPath, Scope scope) {
        return new Conditions()
                .inScope(scope, "u.path")
                .add("u.path like :unitPath", "unitPath", unitPath == null ? null : unitPath + "%")
                .add("d.kind = :kind", "kind", filter.kind())
                .add("d.issueDate >= :from", "from", filter.period().from())
                .add("d.issueDate <= :to", "to", filter.period().to())
                .contains(filter.q(), "d.number", "d.title", "d.issuingBody")
                .add("d.updatedAt >= :updatedSince", "updatedSince", filter.updatedSince());
    }
}

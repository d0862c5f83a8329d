package vn.coso.documents;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.JpqlWhere;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.security.Scope;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class DocumentRepository implements PanacheRepository<Document> {

    public static final SortableFields SORTABLE = SortableFields.of("issueDate",
            "issueDate", "d.issueDate", "number", "d.number", "kind", "d.kind", "title", "d.title",
            "issuer", "u.name", "createdAt", "d.createdAt", "updatedAt", "d.updatedAt", "id", "d.id")
            .descendingByDefault();

    public List<Document> findInScope(DocumentFilter filter, Scope scope, List<SortField> sort, int offset, int limit) {
        JpqlWhere where = where(filter, scope);
        return where.bind(getEntityManager().createQuery(
                        "select d from Document d join fetch d.issuerUnit u" + where.clause()
                                + SortableFields.orderBy(sort, "d.id"), Document.class))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInScope(DocumentFilter filter, Scope scope) {
        JpqlWhere where = where(filter, scope);
        return where.bind(getEntityManager().createQuery(
                "select count(d) from Document d join d.issuerUnit u" + where.clause(), Long.class)).getSingleResult();
    }

    /** The document of this issuer with this number in this year (numbers compare ignoring case). */
    public Optional<Document> findByNumber(long issuerUnitId, int year, String number) {
        return find("issuerUnit.id = ?1 and issueDate >= ?2 and issueDate <= ?3 and number = ?4",
                issuerUnitId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), number).firstResultOptional();
    }

    public long countByIssuer(long unitId) {
        return count("issuerUnit.id", unitId);
    }

    private static JpqlWhere where(DocumentFilter filter, Scope scope) {
        return new JpqlWhere()
                .inScope(scope, "u.path")
                .inSubtree(filter.unitId(), "u.path")
                .equal("d.kind", filter.kind())
                .within("d.issueDate", filter.period())
                .contains(filter.q(), "d.number", "d.title", "d.issuingBody")
                .changedSince("d.updatedAt", filter.updatedSince());
    }
}

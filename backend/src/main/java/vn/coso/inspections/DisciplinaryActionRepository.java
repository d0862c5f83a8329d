package vn.coso.inspections;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Conditions;
import vn.coso.common.paging.SortField;
import vn.coso.common.paging.SortableFields;
import vn.coso.common.security.Scope;
import vn.coso.inspections.InspectionEnums.DisciplinaryForm;
import vn.coso.inspections.InspectionEnums.DisciplinarySource;

import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class DisciplinaryActionRepository implements PanacheRepository<DisciplinaryAction> {

    public static final SortableFields SORTABLE = SortableFields.of("decisionDate",
            "decisionDate", "a.decisionDate", "form", "a.form", "createdAt", "a.createdAt", "id", "a.id");

    public record Filter(DisciplinaryForm form, DisciplinarySource source, Long inspectionId, Long memberId,
                         Long organizationId, Long unitId, LocalDate from, LocalDate to) {
    }

    public List<DisciplinaryAction> findInScope(Filter filter, String unitPath, Scope scope, List<SortField> sort, int offset, int limit) {
        return conditions(filter, unitPath, scope)
                .query(getEntityManager(), "select a from DisciplinaryAction a join fetch a.scopeUnit u"
                                + " left join fetch a.subjectOrganization left join fetch a.subjectMember sm"
                                + " left join fetch sm.organization left join fetch a.inspection",
                        SortableFields.orderBy(sort, "a.id"), DisciplinaryAction.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long countInScope(Filter filter, String unitPath, Scope scope) {
        return conditions(filter, unitPath, scope).count(getEntityManager(),
                "select count(a) from DisciplinaryAction a join a.scopeUnit u");
    }

    private static Conditions conditions(Filter filter, String unitPath, Scope scope) {
        return new Conditions()
                .inScope(scope, "u.path")
                .add("a.form = :form", "form", filter.form())
                .add("a.source = :source", "source", filter.source())
                .add("a.inspection.id = :inspectionId", "inspectionId", filter.inspectionId())
                .add("a.subjectMember.id = :memberId", "memberId", filter.memberId())
                .add("a.subjectOrganization.id = :organizationId", "organizationId", filter.organizationId())
                .add("u.path like :unitPath", "unitPath", unitPath == null ? null : unitPath + "%")
                .add("a.decisionDate >= :from", "from", filter.from())
                .add("a.decisionDate <= :to", "to", filter.to());
    }
}

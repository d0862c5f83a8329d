package vn.coso.staff;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class StaffAuditRepository implements PanacheRepository<StaffAudit> {

    /** Newest first; all accounts when {@code staffId} is null. */
    public List<StaffAudit> find(String staffId, int page, int size) {
        return query(staffId).page(Page.of(page, size)).list();
    }

    public long count(String staffId) {
        return staffId == null ? count() : count("staffId", staffId);
    }

    private PanacheQuery<StaffAudit> query(String staffId) {
        Sort newestFirst = Sort.descending("changedAt", "id");
        return staffId == null ? findAll(newestFirst) : find("staffId", newestFirst, staffId);
    }
}

package vn.coso.common.history;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class HistoryRepository implements PanacheRepository<ChangeHistory> {

    public List<ChangeHistory> findFor(String entityType, long entityId, int page, int size) {
        return find("entityType = ?1 and entityId = ?2", Sort.descending("changedAt", "id"), entityType, entityId)
                .page(Page.of(page, size))
                .list();
    }

    public long countFor(String entityType, long entityId) {
        return count("entityType = ?1 and entityId = ?2", entityType, entityId);
    }

    /** The changes to the record of that type with that text key, newest first; all of the type when {@code key} is null. */
    public List<ChangeHistory> findForKey(String entityType, String key, int page, int size) {
        Sort newestFirst = Sort.descending("changedAt", "id");
        return (key == null
                ? find("entityType", newestFirst, entityType)
                : find("entityType = ?1 and entityKey = ?2", newestFirst, entityType, key))
                .page(Page.of(page, size))
                .list();
    }

    public long countForKey(String entityType, String key) {
        return key == null
                ? count("entityType", entityType)
                : count("entityType = ?1 and entityKey = ?2", entityType, key);
    }
}

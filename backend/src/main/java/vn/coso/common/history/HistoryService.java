package vn.coso.common.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.history.HistoryDtos.FieldChange;
import vn.coso.common.history.HistoryDtos.HistoryEntry;
import vn.coso.common.history.HistoryDtos.KeyedChange;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.security.CurrentUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Keeps the history of changes. A feature passes snapshots of the record before and after a
 * change (field name → value, in API terms); the fields that differ are stored.
 */
@ApplicationScoped
public class HistoryService {

    private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
    };

    private final HistoryRepository history;
    private final CurrentUser user;
    private final ObjectMapper json;

    public HistoryService(HistoryRepository history, CurrentUser user, ObjectMapper json) {
        this.history = history;
        this.user = user;
        this.json = json;
    }

    /** Records a change inside the caller's transaction; a change that changes nothing is not recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, long entityId, String action,
                       Map<String, ?> before, Map<String, ?> after) {
        recordAs(user.username() == null ? "system" : user.username(), entityType, entityId, action, before, after);
    }

    /** As {@link #record}, naming who changed it when that is not the signed-in caller (e.g. "public"). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String changedBy, String entityType, long entityId, String action,
                         Map<String, ?> before, Map<String, ?> after) {
        ChangeHistory entry = entry(changedBy, entityType, action, before, after);
        if (entry != null) {
            entry.entityId = entityId;
            history.persist(entry);
        }
    }

    /**
     * Records a change to a record whose identity is text (a staff account's Keycloak id), with
     * its name as it is now ({@code label}), so the entry says whom it was about after the record
     * is gone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordKeyed(String entityType, String key, String label, String action,
                            Map<String, ?> before, Map<String, ?> after) {
        ChangeHistory entry = entry(user.username() == null ? "system" : user.username(), entityType, action,
                before, after);
        if (entry != null) {
            entry.entityKey = key;
            entry.entityLabel = label;
            history.persist(entry);
        }
    }

    private ChangeHistory entry(String changedBy, String entityType, String action,
                                Map<String, ?> before, Map<String, ?> after) {
        List<FieldChange> changes = diff(before, after);
        if (changes.isEmpty() && "UPDATED".equals(action)) {
            return null;
        }
        ChangeHistory entry = new ChangeHistory();
        entry.entityType = entityType;
        entry.action = action;
        entry.changedBy = changedBy;
        entry.changedAt = Instant.now();
        try {
            entry.changes = json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a history entry", e);
        }
        return entry;
    }

    /**
     * The changes between two snapshots as {@link #record} stores them, for writers that insert
     * history rows themselves in bulk (the spreadsheet import).
     */
    public String changesJson(Map<String, ?> before, Map<String, ?> after) {
        try {
            return json.writeValueAsString(diff(before, after));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a history entry", e);
        }
    }

    public PageResult<HistoryEntry> list(String entityType, long entityId, PageRequest page) {
        List<HistoryEntry> entries = history.findFor(entityType, entityId, page.page(), page.size()).stream()
                .map(this::toEntry)
                .toList();
        return new PageResult<>(entries, page.page(), page.size(), history.countFor(entityType, entityId));
    }

    /** The changes to text-keyed records of one type, newest first: of one record, or of all when {@code key} is null. */
    public PageResult<KeyedChange> listKeyed(String entityType, String key, PageRequest page) {
        List<KeyedChange> entries = history.findForKey(entityType, key, page.page(), page.size()).stream()
                .map(e -> new KeyedChange(e.id, e.entityKey, e.entityLabel, e.changedAt, e.changedBy, e.action,
                        changesOf(e.changes)))
                .toList();
        return new PageResult<>(entries, page.page(), page.size(), history.countForKey(entityType, key));
    }

    /** How many changes are recorded for the text-keyed record (all of the type when {@code key} is null). */
    public long countKeyed(String entityType, String key) {
        return history.countForKey(entityType, key);
    }

    static List<FieldChange> diff(Map<String, ?> before, Map<String, ?> after) {
        Map<String, ?> from = before == null ? Map.of() : before;
        Map<String, ?> to = after == null ? Map.of() : after;
        Set<String> fields = new LinkedHashSet<>(from.keySet());
        fields.addAll(to.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            Object a = from.get(field);
            Object b = to.get(field);
            if (!Objects.equals(a == null ? null : a.toString(), b == null ? null : b.toString())) {
                changes.add(new FieldChange(field, a == null ? null : a.toString(), b == null ? null : b.toString()));
            }
        }
        return changes;
    }

    /** The field changes stored by {@link #changesJson}, read back. */
    public List<FieldChange> changesOf(String changesJson) {
        try {
            return json.readValue(changesJson, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable history entry", e);
        }
    }

    private HistoryEntry toEntry(ChangeHistory entry) {
        return new HistoryEntry(entry.id, entry.changedAt, entry.changedBy, entry.action, changesOf(entry.changes));
    }
}

package vn.coso.common.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One change to a record: who, when, which action, and the changed fields as JSON. A record is
 * named by its number ({@code entityId}) or, where its identity is text (a staff account's
 * Keycloak id), by {@code entityKey}; {@code entityLabel} keeps its name as it was then.
 */
@Entity
@Table(name = "change_history")
public class ChangeHistory extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "entity_type", nullable = false, length = 64)
    public String entityType;

    @Column(name = "entity_id")
    public Long entityId;

    @Column(name = "entity_key", length = 64)
    public String entityKey;

    @Column(name = "entity_label")
    public String entityLabel;

    @Column(nullable = false, length = 64)
    public String action;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(nullable = false, columnDefinition = "longtext")
    public String changes;
}

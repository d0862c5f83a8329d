package vn.coso.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.coso.common.persistence.VersionedEntity;

import java.util.Arrays;
import java.util.List;

/** Where an admin or an integrating system wants events of a part of the unit tree delivered. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "target_url", nullable = false, length = 2000)
    public String targetUrl;

    /** Comma-separated event types. */
    @Column(name = "event_types", nullable = false, length = 1000)
    public String eventTypes;

    @Column(length = 255)
    public String description;

    @Column(name = "unit_id")
    public Long unitId;

    /** Events of units under this path only; null for the whole province. */
    @Column(name = "scope_path", length = 255)
    public String scopePath;

    @Column(nullable = false, length = 100)
    public String secret;

    @Column(nullable = false, length = 255)
    public String owner;

    @Column(name = "owner_is_admin", nullable = false)
    public boolean ownerIsAdmin;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "disabled_reason", length = 32)
    public String disabledReason;

    @Column(name = "failure_streak", nullable = false)
    public int failureStreak;

    public List<String> types() {
        return Arrays.stream(eventTypes.split(",")).filter(t -> !t.isBlank()).toList();
    }

    /** Whether an event of this type about a unit at this path is for this subscription. */
    public boolean wants(String type, String unitPath) {
        return enabled && types().contains(type) && (scopePath == null || unitPath.startsWith(scopePath));
    }
}

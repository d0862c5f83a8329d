package vn.coso.notifications;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An in-app notification of one staff member. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 255)
    public String username;

    @Column(name = "event_type", nullable = false, length = 64)
    public String eventType;

    @Column(name = "feedback_id")
    public Long feedbackId;

    /** What it is about: feedback, consultation or inspection. */
    @Column(name = "record_type", length = 32)
    public String recordType;

    @Column(name = "record_id")
    public Long recordId;

    @Column(name = "unit_id", nullable = false)
    public long unitId;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(name = "digest_pending", nullable = false)
    public boolean digestPending;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "read_at")
    public Instant readAt;
}

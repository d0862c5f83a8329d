package vn.coso.staff;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One change to a staff account: who changed whom, when, and the changed fields as JSON. */
@Entity
@Table(name = "staff_audit")
public class StaffAudit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "staff_id", nullable = false, length = 36)
    public String staffId;

    @Column(name = "staff_username", nullable = false)
    public String staffUsername;

    @Column(nullable = false, length = 64)
    public String action;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(nullable = false, columnDefinition = "longtext")
    public String changes;
}

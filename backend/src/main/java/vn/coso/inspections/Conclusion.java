package vn.coso.inspections;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Kết luận of an inspection or supervision. */
@Entity
@Table(name = "inspection_conclusion")
public class Conclusion extends PanacheEntityBase {

    @Id
    @Column(name = "inspection_id")
    public Long inspectionId;

    @Column(name = "violation_found", nullable = false)
    public boolean violationFound;

    @Column(nullable = false, columnDefinition = "text")
    public String findings;

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}

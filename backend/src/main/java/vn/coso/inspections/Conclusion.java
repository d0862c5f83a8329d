package vn.coso.inspections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.coso.common.persistence.VersionedEntity;

/** Kết luận of an inspection or supervision. */
@Entity
@Table(name = "inspection_conclusion")
public class Conclusion extends VersionedEntity {

    @Id
    @Column(name = "inspection_id")
    public Long inspectionId;

    @Column(name = "violation_found", nullable = false)
    public boolean violationFound;

    @Column(nullable = false, columnDefinition = "text")
    public String findings;
}

package vn.coso.committees;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.coso.common.persistence.VersionedEntity;

import java.math.BigDecimal;

/** A target (chỉ tiêu) on a figure of the annual review: for the committee's subtree, or one unit's. */
@Entity
@Table(name = "committee_target")
public class CommitteeTarget extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public long planId;

    @Column(name = "figure_key", nullable = false, length = 128)
    public String figureKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    public TargetComparator comparator;

    @Column(nullable = false, precision = 20, scale = 6)
    public BigDecimal threshold;

    /** One unit's subtree; null for the committee's whole subtree. */
    @Column(name = "unit_id")
    public Long unitId;

    @Column(length = 500)
    public String label;
}

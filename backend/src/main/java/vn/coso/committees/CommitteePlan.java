package vn.coso.committees;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.coso.common.persistence.VersionedEntity;

/** A committee's plan (kế hoạch) for a year and its theme (chủ đề). */
@Entity
@Table(name = "committee_plan")
public class CommitteePlan extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "committee_id", nullable = false)
    public long committeeId;

    @Column(name = "plan_year", nullable = false)
    public int year;

    @Column(nullable = false, length = 1000)
    public String theme;
}

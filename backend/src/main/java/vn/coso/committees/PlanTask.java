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

import java.time.LocalDate;

/** A task of a plan (nhiệm vụ): who does it, by when, and where it stands. */
@Entity
@Table(name = "committee_plan_task")
public class PlanTask extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public long planId;

    @Column(nullable = false, length = 1000)
    public String title;

    @Column(length = 500)
    public String owner;

    public LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public TaskStatus status;
}

package vn.coso.units;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A reorganisation of the unit tree applied at once, with its legal basis; see V130__units_in_time.sql. */
@Entity
@Table(name = "reorganisation")
public class Reorganisation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "legal_basis_number", nullable = false, length = 100)
    public String legalBasisNumber;

    @Column(name = "legal_basis_date")
    public LocalDate legalBasisDate;

    @Column(length = 500)
    public String title;

    /** The plan as it was applied (JSON). */
    @Column(name = "plan_json", nullable = false, columnDefinition = "LONGTEXT")
    public String planJson;

    @Column(name = "applied_by")
    public String appliedBy;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;
}

package vn.coso.units;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** One event of a unit's lineage; see V130__units_in_time.sql. */
@Entity
@Table(name = "unit_lineage")
public class UnitLineage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The reorganisation that made the event, if one did. */
    @Column(name = "reorganisation_id")
    public Long reorganisationId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "from_unit_id")
    public Unit from;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "to_unit_id")
    public Unit to;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public LineageKind kind;

    @Column(name = "is_primary", nullable = false)
    public boolean primary;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;
}

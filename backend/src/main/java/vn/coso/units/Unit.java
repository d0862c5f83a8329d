package vn.coso.units;

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
import vn.coso.common.persistence.VersionedEntity;
import vn.coso.common.tree.MaterializedPaths;

import java.time.LocalDate;

/** A locality, agency, public service unit, enterprise or mass organisation in the unit tree. */
@Entity
@Table(name = "unit")
public class Unit extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public UnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Unit parent;

    /** '/' + ids from the root down to this unit + '/'; see V1__units.sql. */
    @Column(nullable = false, length = 1000)
    public String path;

    @Column(name = "tax_code", length = 14)
    public String taxCode;

    @Column(length = 500)
    public String address;

    @Column(name = "head_count")
    public Integer headCount;

    @Column(nullable = false)
    public boolean active = true;

    /** The first day the unit exists; null: since before Coso's records. */
    @Column(name = "valid_from")
    public LocalDate validFrom;

    /** The last day the unit exists; null while it exists. A closed unit is kept with its records. */
    @Column(name = "valid_to")
    public LocalDate validTo;

    /** Whether the unit exists on this day. */
    public boolean existsOn(LocalDate date) {
        return (validFrom == null || !validFrom.isAfter(date)) && (validTo == null || !validTo.isBefore(date));
    }

    /** Whether the unit existed on at least one day from {@code from} to {@code to}. */
    public boolean existsDuring(LocalDate from, LocalDate to) {
        return (validFrom == null || !validFrom.isAfter(to)) && (validTo == null || !validTo.isBefore(from));
    }

    /** Whether the unit has been closed (merged, divided or dissolved) before this day. */
    public boolean closedOn(LocalDate date) {
        return validTo != null && validTo.isBefore(date);
    }

    public boolean isAncestorOrSelfOf(Unit other) {
        return MaterializedPaths.isAncestorOrSelf(path, other.path);
    }
}

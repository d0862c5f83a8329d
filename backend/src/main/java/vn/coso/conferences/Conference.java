package vn.coso.conferences;

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
import vn.coso.units.Unit;

import java.time.LocalDate;

/** A staff conference, workers' conference or workplace dialogue held by a unit. */
@Entity
@Table(name = "conference")
public class Conference extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public ConferenceKind kind;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(nullable = false)
    public int participants;

    /** The resolutions adopted (nghị quyết hội nghị), as written in the minutes. */
    @Column(length = 4000)
    public String resolutions;
}

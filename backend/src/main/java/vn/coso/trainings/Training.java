package vn.coso.trainings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A training class (lớp tập huấn, bồi dưỡng) and the attendances (lượt người) it counted. */
@Entity
@Table(name = "training")
public class Training extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The organiser, whose scope the training belongs to. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organizer_unit_id", nullable = false)
    public Unit organizerUnit;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    @Column(nullable = false, length = 500)
    public String topic;

    @Column(length = 500)
    public String audience;

    @Column(length = 255)
    public String location;

    @Column(nullable = false)
    public int attendances;
}

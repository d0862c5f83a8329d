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
import vn.coso.party.PartyOrganization;
import vn.coso.units.Unit;

import java.time.LocalDate;

/** A training class (lớp tập huấn, bồi dưỡng) and the attendances (lượt người) it counted. */
@Entity
@Table(name = "training")
public class Training extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The organising unit, or null when a party organisation organised it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organizer_unit_id")
    public Unit organizerUnit;

    /** The organising party organisation, or null when a unit organised it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organizer_party_organization_id")
    public PartyOrganization organizerPartyOrganization;

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

    /** The unit whose scope the training belongs to: the organiser, or the organising party organisation's unit. */
    public Unit owningUnit() {
        return organizerPartyOrganization != null ? organizerPartyOrganization.unit : organizerUnit;
    }
}

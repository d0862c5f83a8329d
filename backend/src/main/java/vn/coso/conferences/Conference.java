package vn.coso.conferences;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import vn.coso.common.persistence.VersionedEntity;
import vn.coso.units.Unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A staff conference, workers' conference, dialogue or village meeting held by a unit. */
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

    /** The households of the village (a village meeting only). */
    @Column(name = "households_total")
    public Integer householdsTotal;

    /** The households represented at the meeting (a village meeting only). */
    @Column(name = "households_represented")
    public Integer householdsRepresented;

    @ElementCollection
    @CollectionTable(name = "conference_item", joinColumns = @JoinColumn(name = "conference_id"))
    @OrderColumn(name = "position")
    public List<ConferenceItem> items = new ArrayList<>();

    /** A village meeting is valid when more than half of the households are represented; other kinds always are. */
    public boolean quorate() {
        return householdsTotal == null || 2L * householdsRepresented > householdsTotal;
    }

    /** Whether the item counts as decided: a valid meeting where more than half of all households agreed. */
    public boolean decided(ConferenceItem item) {
        return householdsTotal != null && quorate() && item.agreedByMajorityOf(householdsTotal);
    }
}

package vn.coso.disclosures;

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
import jakarta.persistence.Table;
import vn.coso.common.persistence.VersionedEntity;
import vn.coso.units.Unit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** Something a unit made public (công khai): dân biết. */
@Entity
@Table(name = "disclosure")
public class Disclosure extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public DisclosureCategory category;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(length = 4000)
    public String content;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "disclosure_form", joinColumns = @JoinColumn(name = "disclosure_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "form", nullable = false, length = 32)
    public Set<DisclosureForm> forms = EnumSet.noneOf(DisclosureForm.class);

    @Column(name = "posted_on", nullable = false)
    public LocalDate postedOn;

    @Column(name = "posted_until")
    public LocalDate postedUntil;

    /** Where it was posted (the commune's office, the village's cultural house…). */
    @Column(length = 500)
    public String place;

    /** The page or document where it can be read. */
    @Column(length = 1000)
    public String link;
}

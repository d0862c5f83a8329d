package vn.coso.documents;

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
import vn.coso.party.PartyOrganization;
import vn.coso.units.Unit;

import java.time.LocalDate;

/** A directive document (văn bản chỉ đạo) issued to lead and direct the implementation. */
@Entity
@Table(name = "document")
public class Document extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The issuing unit, or null when a party organisation issued it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issuer_unit_id")
    public Unit issuerUnit;

    /** The issuing party organisation, or null when a unit issued it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "issuer_party_organization_id")
    public PartyOrganization issuerPartyOrganization;

    /** The body that signed it, e.g. "Ban Thường vụ Tỉnh ủy"; free text. */
    @Column(name = "issuing_body", length = 255)
    public String issuingBody;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public DocumentKind kind;

    @Column(nullable = false, length = 64)
    public String number;

    @Column(name = "issue_date", nullable = false)
    public LocalDate issueDate;

    @Column(nullable = false, length = 500)
    public String title;

    @Column(length = 4000)
    public String summary;

    /** The unit whose scope the document belongs to: the issuer, or the issuing party organisation's unit. */
    public Unit owningUnit() {
        return issuerPartyOrganization != null ? issuerPartyOrganization.unit : issuerUnit;
    }
}

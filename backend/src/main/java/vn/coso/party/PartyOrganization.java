package vn.coso.party;

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

/** Tổ chức đảng: a party organisation attached to a unit, in the party's own tree. */
@Entity
@Table(name = "party_organization")
public class PartyOrganization extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, length = 32)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public PartyOrganizationLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public PartyOrganizationForm form;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public PartyOrganization parent;

    @Column(nullable = false, length = 1000)
    public String path;

    @Column(name = "secretary_name")
    public String secretaryName;

    @Column(nullable = false)
    public boolean active = true;
}

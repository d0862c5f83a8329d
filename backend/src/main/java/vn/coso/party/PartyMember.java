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

import java.time.LocalDate;

/** Đảng viên. Personal data: only admin and inspector see it, in scope (PRODUCT.md). */
@Entity
@Table(name = "party_member")
public class PartyMember extends VersionedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "party_card_number", nullable = false, length = 20)
    public String partyCardNumber;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "admission_date", nullable = false)
    public LocalDate admissionDate;

    /** Ngày chính thức: when the probationary member became a full member. */
    @Column(name = "official_date")
    public LocalDate officialDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organization_id")
    public PartyOrganization organization;

    /** Chức vụ, if the member holds one (e.g. "Bí thư chi bộ"). */
    public String post;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public PartyMemberStatus status = PartyMemberStatus.ACTIVE;

    @Override
    public String toString() {
        // Never the name or card number: this may end up in a log.
        return "PartyMember#" + id;
    }
}

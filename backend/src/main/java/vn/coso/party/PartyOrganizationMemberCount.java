package vn.coso.party;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * The number of an organisation's own active members (not those below it), kept exact by the
 * database's triggers on {@code party_member} (V300); read here, never written.
 */
@Entity
@Immutable
@Table(name = "party_organization_member_count")
public class PartyOrganizationMemberCount {

    @Id
    @Column(name = "organization_id")
    public Long organizationId;

    @Column(name = "active_members", nullable = false)
    public int activeMembers;
}

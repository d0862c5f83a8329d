package vn.coso.party;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.i18n.Msg;
import vn.coso.units.UnitReferences;

import java.util.Optional;

/** A unit that party organisations belong to cannot be deleted. */
@ApplicationScoped
public class PartyUnitReferences implements UnitReferences {

    private final PartyOrganizationRepository organizations;

    public PartyUnitReferences(PartyOrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Override
    public Optional<Msg> describeReferencesTo(long unitId) {
        long count = organizations.countAttachedTo(unitId);
        return count == 0 ? Optional.empty() : Optional.of(Msg.of("party-organization.references.unit", count));
    }
}

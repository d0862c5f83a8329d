package vn.coso.inspections;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.i18n.Msg;
import vn.coso.party.PartyOrganizationReferences;
import vn.coso.units.UnitReferences;

import java.util.Optional;

/** Units, organisations and members that inspections or actions point at cannot be deleted. */
@ApplicationScoped
public class InspectionReferences implements PartyOrganizationReferences, UnitReferences {

    private final InspectionRepository inspections;

    public InspectionReferences(InspectionRepository inspections) {
        this.inspections = inspections;
    }

    @Override
    public Optional<Msg> describeReferencesToOrganization(long organizationId) {
        return describe(inspections.countReferencingOrganization(organizationId));
    }

    @Override
    public Optional<Msg> describeReferencesToMember(long memberId) {
        return describe(inspections.countReferencingMember(memberId));
    }

    @Override
    public Optional<Msg> describeReferencesTo(long unitId) {
        return describe(inspections.countReferencingUnit(unitId));
    }

    private static Optional<Msg> describe(long count) {
        return count == 0 ? Optional.empty() : Optional.of(Msg.of("inspection.references", count));
    }
}

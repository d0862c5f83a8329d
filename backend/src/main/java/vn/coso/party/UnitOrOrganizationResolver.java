package vn.coso.party;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.errors.ProblemException;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

/**
 * Reads a request's "a unit or a party organisation" pair of ids. The organisation wins when both
 * are given, provided the unit is the organisation's own unit, so that a client which sends back
 * what it read (the owning unit beside the organisation) changes nothing.
 */
@ApplicationScoped
public class UnitOrOrganizationResolver {

    private final UnitService units;
    private final PartyOrganizationService organizations;

    public UnitOrOrganizationResolver(UnitService units, PartyOrganizationService organizations) {
        this.units = units;
        this.organizations = organizations;
    }

    /** A visible unit or organisation, or 400 naming the field at fault. */
    public UnitOrOrganization resolve(String unitField, Long unitId, String organizationField, Long organizationId) {
        if (organizationId == null) {
            if (unitId == null) {
                throw ProblemException.invalidField(unitField, "party-organization.unit-or-organization", unitField, organizationField);
            }
            Unit unit = units.visible(unitId)
                    .orElseThrow(() -> ProblemException.invalidField(unitField, "record.unit-in-scope", String.valueOf(unitId)));
            return UnitOrOrganization.of(unit, null);
        }
        PartyOrganization organization = visibleOrganization(organizationField, organizationId);
        if (unitId != null && !unitId.equals(organization.unit.id)) {
            throw ProblemException.invalidField(unitField, "party-organization.own-unit", organization.name,
                    organization.unit.code, organization.unit.name);
        }
        return UnitOrOrganization.of(null, organization);
    }

    private PartyOrganization visibleOrganization(String field, long id) {
        try {
            return organizations.findVisible(id);
        } catch (ProblemException e) {
            throw ProblemException.invalidField(field, "record.party-organization-in-scope", String.valueOf(id));
        }
    }
}

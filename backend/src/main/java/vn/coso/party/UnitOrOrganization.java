package vn.coso.party;

import vn.coso.party.PartyDtos.PartyOrganizationRef;
import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;

/**
 * Who did something that either a unit or a party organisation may do: organise a training, issue
 * a directive document. Exactly one is set; the record belongs to the scope of {@link #owningUnit()}.
 */
public record UnitOrOrganization(Unit unit, PartyOrganization organization) {

    public static UnitOrOrganization of(Unit unit, PartyOrganization organization) {
        return organization != null ? new UnitOrOrganization(null, organization) : new UnitOrOrganization(unit, null);
    }

    public Unit owningUnit() {
        return organization != null ? organization.unit : unit;
    }

    public UnitRef owningUnitRef() {
        Unit owner = owningUnit();
        return new UnitRef(owner.id, owner.code, owner.name, owner.type);
    }

    /** The organisation as named in a response, or null when a unit acted. */
    public PartyOrganizationRef organizationRef() {
        return organization == null ? null : PartyMapper.toRef(organization);
    }

    public String name() {
        return organization != null ? organization.name : unit.name;
    }
}

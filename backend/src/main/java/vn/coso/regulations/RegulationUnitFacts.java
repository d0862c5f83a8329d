package vn.coso.regulations;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.i18n.Msg;
import vn.coso.units.UnitReferences;
import vn.coso.units.UnitRegulationStatus;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** What the units feature asks of regulations: which units have one in force, and which are referenced. */
@ApplicationScoped
public class RegulationUnitFacts implements UnitRegulationStatus, UnitReferences {

    private final RegulationRepository regulations;

    public RegulationUnitFacts(RegulationRepository regulations) {
        this.regulations = regulations;
    }

    @Override
    public Set<Long> unitsWithRegulationInForce(Collection<Long> unitIds) {
        return regulations.unitsWithIssued(unitIds);
    }

    @Override
    public Optional<String> inForceCondition(String unitId) {
        return Optional.of("exists (select 1 from Regulation r where r.unit.id = " + unitId
                + " and r.status = vn.coso.regulations.RegulationStatus.ISSUED)");
    }

    @Override
    public Optional<Msg> describeReferencesTo(long unitId) {
        long count = regulations.count("unit.id", unitId);
        return count == 0 ? Optional.empty() : Optional.of(Msg.of("regulation.references.unit", count));
    }
}

package vn.coso.disclosures;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.i18n.Msg;
import vn.coso.units.UnitReferences;

import java.util.Optional;

/** A unit that made disclosures cannot be deleted: the figures of past years need it. */
@ApplicationScoped
public class DisclosureUnitReferences implements UnitReferences {

    private final DisclosureRepository disclosures;

    public DisclosureUnitReferences(DisclosureRepository disclosures) {
        this.disclosures = disclosures;
    }

    @Override
    public Optional<Msg> describeReferencesTo(long unitId) {
        long count = disclosures.countByUnit(unitId);
        return count == 0 ? Optional.empty() : Optional.of(Msg.of("disclosure.references.unit", count));
    }
}

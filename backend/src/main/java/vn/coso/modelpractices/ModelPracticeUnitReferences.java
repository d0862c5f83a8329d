package vn.coso.modelpractices;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.i18n.Msg;
import vn.coso.units.UnitReferences;

import java.util.Optional;

/** A unit cannot be deleted while a model practice was recognised in it or lists it as replicating. */
@ApplicationScoped
public class ModelPracticeUnitReferences implements UnitReferences {

    private final ModelPracticeRepository practices;

    public ModelPracticeUnitReferences(ModelPracticeRepository practices) {
        this.practices = practices;
    }

    @Override
    public Optional<Msg> describeReferencesTo(long unitId) {
        long count = practices.countReferencing(unitId);
        return count == 0 ? Optional.empty() : Optional.of(Msg.of("model-practice.references.unit", count));
    }
}

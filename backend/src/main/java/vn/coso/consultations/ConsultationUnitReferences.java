package vn.coso.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.i18n.Msg;
import vn.coso.units.UnitReferences;

import java.util.Optional;

/** A unit that held consultations cannot be deleted: their comments and answers stay public. */
@ApplicationScoped
public class ConsultationUnitReferences implements UnitReferences {

    private final ConsultationRepository consultations;

    public ConsultationUnitReferences(ConsultationRepository consultations) {
        this.consultations = consultations;
    }

    @Override
    public Optional<Msg> describeReferencesTo(long unitId) {
        long count = consultations.countByUnit(unitId);
        return count == 0 ? Optional.empty() : Optional.of(Msg.of("consultation.references.unit", count));
    }
}

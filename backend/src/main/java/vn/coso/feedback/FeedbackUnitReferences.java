package vn.coso.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.i18n.Msg;
import vn.coso.units.UnitReferences;

import java.util.Optional;

/** A unit that feedback is about, or was assigned to, cannot be deleted. */
@ApplicationScoped
public class FeedbackUnitReferences implements UnitReferences {

    private final FeedbackRepository feedback;

    public FeedbackUnitReferences(FeedbackRepository feedback) {
        this.feedback = feedback;
    }

    @Override
    public Optional<Msg> describeReferencesTo(long unitId) {
        long count = feedback.countReferencingUnit(unitId);
        return count == 0 ? Optional.empty() : Optional.of(Msg.of("feedback.references.unit", count));
    }
}

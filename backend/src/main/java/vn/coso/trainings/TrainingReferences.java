package vn.coso.trainings;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.i18n.Msg;
import vn.coso.party.PartyOrganizationReferences;
import vn.coso.units.UnitReferences;

import java.util.Optional;

/** A unit or party organisation that organised trainings cannot be deleted: the figures of past years need it. */
@ApplicationScoped
public class TrainingReferences implements UnitReferences, PartyOrganizationReferences {

    private final TrainingRepository trainings;

    public TrainingReferences(TrainingRepository trainings) {
        this.trainings = trainings;
    }

    @Override
    public Optional<Msg> describeReferencesTo(long unitId) {
        return describe(trainings.countByOrganizer(unitId));
    }

    @Override
    public Optional<Msg> describeReferencesToOrganization(long organizationId) {
        return describe(trainings.countByOrganizingPartyOrganization(organizationId));
    }

    @Override
    public Optional<Msg> describeReferencesToMember(long memberId) {
        return Optional.empty();
    }

    private static Optional<Msg> describe(long count) {
        return count == 0 ? Optional.empty() : Optional.of(Msg.of("training.references", count));
    }
}

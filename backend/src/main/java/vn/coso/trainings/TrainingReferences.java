package vn.coso.trainings;

import jakarta.enterprise.context.ApplicationScoped;
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
    public Optional<String> describeReferencesTo(long unitId) {
        return describe(trainings.countByOrganizer(unitId));
    }

    @Override
    public Optional<String> describeReferencesToOrganization(long organizationId) {
        return describe(trainings.countByOrganizingPartyOrganization(organizationId));
    }

    @Override
    public Optional<String> describeReferencesToMember(long memberId) {
        return Optional.empty();
    }

    private static Optional<String> describe(long count) {
        return count == 0 ? Optional.empty() : Optional.of(count + " training(s) it organised");
    }
}

package vn.coso.trainings;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.units.UnitReferences;

import java.util.Optional;

/** A unit that organised trainings cannot be deleted: the figures of past years need it. */
@ApplicationScoped
public class TrainingUnitReferences implements UnitReferences {

    private final TrainingRepository trainings;

    public TrainingUnitReferences(TrainingRepository trainings) {
        this.trainings = trainings;
    }

    @Override
    public Optional<String> describeReferencesTo(long unitId) {
        long count = trainings.countByOrganizer(unitId);
        return count == 0 ? Optional.empty() : Optional.of(count + " training(s) it organised");
    }
}

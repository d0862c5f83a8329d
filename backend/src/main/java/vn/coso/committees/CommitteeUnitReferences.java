package vn.coso.committees;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.units.UnitReferences;

import java.util.Optional;

/** A unit that a committee, a member's assignment, a target, a shortcoming or a remedy names cannot be deleted. */
@ApplicationScoped
public class CommitteeUnitReferences implements UnitReferences {

    private final CommitteeRepository committees;

    public CommitteeUnitReferences(CommitteeRepository committees) {
        this.committees = committees;
    }

    @Override
    public Optional<String> describeReferencesTo(long unitId) {
        return committees.refersToUnit(unitId) ? Optional.of("the steering committees' records") : Optional.empty();
    }
}

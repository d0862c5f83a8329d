package vn.coso.committees;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.units.UnitReferences;

import vn.coso.common.i18n.Msg;

import java.util.Optional;

/** A unit that a committee, a member's assignment, a target, a shortcoming or a remedy names cannot be deleted. */
@ApplicationScoped
public class CommitteeUnitReferences implements UnitReferences {

    private final CommitteeRepository committees;

    public CommitteeUnitReferences(CommitteeRepository committees) {
        this.committees = committees;
    }

    @Override
    public Optional<Msg> describeReferencesTo(long unitId) {
        return committees.refersToUnit(unitId) ? Optional.of(Msg.of("committee.references")) : Optional.empty();
    }
}

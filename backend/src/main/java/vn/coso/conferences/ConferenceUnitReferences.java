package vn.coso.conferences;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.i18n.Msg;
import vn.coso.units.UnitReferences;

import java.util.Optional;

/** A unit that held conferences cannot be deleted: the figures of past years need it. */
@ApplicationScoped
public class ConferenceUnitReferences implements UnitReferences {

    private final ConferenceRepository conferences;

    public ConferenceUnitReferences(ConferenceRepository conferences) {
        this.conferences = conferences;
    }

    @Override
    public Optional<Msg> describeReferencesTo(long unitId) {
        long count = conferences.countByUnit(unitId);
        return count == 0 ? Optional.empty() : Optional.of(Msg.of("conference.references.unit", count));
    }
}

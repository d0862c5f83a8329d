package vn.coso.conferences;

import vn.coso.conferences.ConferenceDtos.ConferenceResponse;
import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;

import java.util.List;

final class ConferenceMapper {

    private ConferenceMapper() {
    }

    static ConferenceResponse toResponse(Conference conference, List<String> allowedActions) {
        return new ConferenceResponse(conference.id, toRef(conference.unit), conference.kind, conference.heldOn,
                conference.title, conference.participants, conference.resolutions, conference.version,
                conference.createdAt, conference.updatedAt,
                allowedActions);
    }

    static UnitRef toRef(Unit unit) {
        return new UnitRef(unit.id, unit.code, unit.name, unit.type);
    }
}

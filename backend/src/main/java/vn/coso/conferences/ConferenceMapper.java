package vn.coso.conferences;

import vn.coso.common.actions.RecordWriteRules;
import vn.coso.common.rights.DemocracyRight;
import vn.coso.conferences.ConferenceDtos.ConferenceResponse;
import vn.coso.conferences.ConferenceDtos.ItemResponse;
import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

final class ConferenceMapper {

    private ConferenceMapper() {
    }

    static ConferenceResponse toResponse(Conference conference, List<RecordWriteRules.Action> allowedActions) {
        List<ItemResponse> items = conference.items.stream().map(i -> new ItemResponse(i.title, i.decidedBy, i.votesFor,
                i.votesAgainst, i.votesAbstain, i.contribution, i.recognised, i.completedOn, conference.decided(i))).toList();
        return new ConferenceResponse(conference.id, toRef(conference.unit), conference.kind, conference.heldOn,
                conference.title, conference.participants, conference.resolutions, conference.householdsTotal,
                conference.householdsRepresented, conference.quorate(), items, rights(conference), conference.version,
                conference.createdAt, conference.updatedAt,
                allowedActions);
    }

    /**
     * Every conference is where people discuss (dân bàn); a decided item with a contribution is
     * what they do (dân làm), and a decided work completed is what they benefit from (dân thụ hưởng).
     */
    static List<DemocracyRight> rights(Conference conference) {
        Set<DemocracyRight> rights = EnumSet.of(DemocracyRight.DISCUSS);
        for (ConferenceItem item : conference.items) {
            if (conference.decided(item) && item.contribution != ConferenceItem.Contribution.NONE) {
                rights.add(DemocracyRight.DO);
            }
            if (conference.decided(item) && item.completedOn != null) {
                rights.add(DemocracyRight.BENEFIT);
            }
        }
        return List.copyOf(rights);
    }

    /** The fields as the history keeps them. */
    static Map<String, Object> snapshot(Conference c) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("unit", c.unit == null ? null : c.unit.code);
        fields.put("kind", c.kind);
        fields.put("date", c.heldOn);
        fields.put("title", c.title);
        fields.put("participants", c.participants);
        fields.put("resolutions", c.resolutions);
        fields.put("householdsTotal", c.householdsTotal);
        fields.put("householdsRepresented", c.householdsRepresented);
        for (int i = 0; i < c.items.size(); i++) {
            ConferenceItem item = c.items.get(i);
            fields.put("items[" + i + "]", item.title + " | " + item.decidedBy + " | " + item.votesFor + "/"
                    + item.votesAgainst + "/" + item.votesAbstain + " | " + item.contribution + " | "
                    + (item.recognised ? "recognised" : "-") + " | " + item.completedOn);
        }
        return fields;
    }

    static UnitRef toRef(Unit unit) {
        return new UnitRef(unit.id, unit.code, unit.name, unit.type);
    }
}

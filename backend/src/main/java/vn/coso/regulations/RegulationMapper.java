package vn.coso.regulations;

import vn.coso.regulations.RegulationDtos.RegulationResponse;
import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;

import java.util.List;

final class RegulationMapper {

    private RegulationMapper() {
    }

    static RegulationResponse toResponse(Regulation r, List<RegulationActions.Action> allowedActions) {
        return new RegulationResponse(r.id, toRef(r.unit), r.kind, r.number, r.title, r.issueDate, r.status,
                r.status == RegulationStatus.ISSUED, r.replaces == null ? null : r.replaces.id, r.consultationId,
                r.version, r.createdAt, r.updatedAt, allowedActions);
    }

    static UnitRef toRef(Unit unit) {
        return new UnitRef(unit.id, unit.code, unit.name, unit.type);
    }
}

package vn.coso.boards;

import vn.coso.units.Unit;
import vn.coso.units.UnitDtos.UnitRef;

final class BoardMapper {

    private BoardMapper() {
    }

    static UnitRef toRef(Unit unit) {
        return new UnitRef(unit.id, unit.code, unit.name, unit.type);
    }
}

package vn.coso.units;

import vn.coso.units.UnitDtos.UnitRef;
import vn.coso.units.UnitDtos.UnitResponse;
import vn.coso.units.UnitDtos.UnitTreeNode;

import vn.coso.common.tree.TreeBuilder;

import java.util.List;

final class UnitMapper {

    private UnitMapper() {
    }

    static UnitResponse toResponse(Unit unit, java.time.LocalDate today, long childCount, boolean hasRegulationInForce) {
        return new UnitResponse(unit.id, unit.code, unit.name, unit.type,
                unit.parent == null ? null : unit.parent.id,
                unit.parent == null ? null : unit.parent.name,
                unit.taxCode, unit.address, unit.headCount, unit.active, childCount, hasRegulationInForce,
                unit.validFrom, unit.validTo, unit.closedOn(today),
                unit.version, unit.createdAt, unit.updatedAt);
    }

    static UnitRef toRef(Unit unit) {
        return new UnitRef(unit.id, unit.code, unit.name, unit.type);
    }

    /** Nests a subtree listed parents-first under its root. */
    static UnitTreeNode toTree(Unit root, List<Unit> subtree) {
        return TreeBuilder.build(root.id, subtree, u -> u.id, u -> u.path,
                (u, children) -> new UnitTreeNode(u.id, u.code, u.name, u.type, u.active, u.validFrom, u.validTo, children),
                UnitTreeNode::name);
    }

    /** Nests the structure of a day (units as placed on that day, parents first) under its root. */
    static UnitTreeNode toTree(long rootId, List<UnitHistory.Placed> structure) {
        return TreeBuilder.build(rootId, structure, p -> p.unit().id, UnitHistory.Placed::path,
                (p, children) -> new UnitTreeNode(p.unit().id, p.unit().code, p.name(), p.type(), p.unit().active,
                        p.unit().validFrom, p.unit().validTo, children),
                UnitTreeNode::name);
    }
}

package vn.coso.units;

import vn.coso.units.UnitDtos.UnitRef;
import vn.coso.units.UnitDtos.UnitResponse;
import vn.coso.units.UnitDtos.UnitTreeNode;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

final class UnitMapper {

    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

    private UnitMapper() {
    }

    static UnitResponse toResponse(Unit unit, long childCount) {
        return new UnitResponse(unit.id, unit.code, unit.name, unit.type,
                unit.parent == null ? null : unit.parent.id,
                unit.parent == null ? null : unit.parent.name,
                unit.taxCode, unit.address, unit.headCount, unit.active, childCount,
                unit.version, unit.createdAt, unit.updatedAt);
    }

    static UnitRef toRef(Unit unit) {
        return new UnitRef(unit.id, unit.code, unit.name, unit.type);
    }

    /** Nests a subtree listed parents-first under its root. */
    static UnitTreeNode toTree(Unit root, List<Unit> subtree) {
        Map<Long, List<UnitTreeNode>> childrenOf = new HashMap<>();
        Map<Long, UnitTreeNode> nodes = new HashMap<>();
        // Children are built before their parents: walk the list from the deepest units up.
        for (int i = subtree.size() - 1; i >= 0; i--) {
            Unit unit = subtree.get(i);
            List<UnitTreeNode> children = childrenOf.getOrDefault(unit.id, new ArrayList<>());
            children.sort((a, b) -> VIETNAMESE.compare(a.name(), b.name()));
            UnitTreeNode node = new UnitTreeNode(unit.id, unit.code, unit.name, unit.type, unit.active,
                    List.copyOf(children));
            nodes.put(unit.id, node);
            Long parentId = parentIdOf(unit);
            if (parentId != null) {
                childrenOf.computeIfAbsent(parentId, k -> new ArrayList<>()).add(node);
            }
        }
        return nodes.get(root.id);
    }

    /** The parent's id from the path, so that building a tree loads no parent entity. */
    static Long parentIdOf(Unit unit) {
        String[] ids = unit.path.split("/");
        // "/1/14/203/" splits into ["", "1", "14", "203"]
        return ids.length < 3 ? null : Long.parseLong(ids[ids.length - 2]);
    }
}

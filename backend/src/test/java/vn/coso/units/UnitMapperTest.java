package vn.coso.units;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class UnitMapperTest {

    private static Unit unit(long id, String name, String path) {
        Unit unit = new Unit();
        unit.id = id;
        unit.code = "C" + id;
        unit.name = name;
        unit.type = UnitType.COMMUNE;
        unit.path = path;
        return unit;
    }

    @Test
    void parentIdComesFromThePath() {
        assertNull(vn.coso.common.tree.MaterializedPaths.parentIdOf("/1/"));
        assertEquals(14L, vn.coso.common.tree.MaterializedPaths.parentIdOf("/1/14/203/"));
    }

    @Test
    void treeNestsChildrenSortedTheVietnameseWay() {
        Unit root = unit(1, "Tỉnh", "/1/");
        List<Unit> subtree = List.of(root,
                unit(2, "Đông Triều", "/1/2/"), unit(3, "Ba Chẽ", "/1/3/"), unit(4, "Cô Tô", "/1/4/"),
                unit(5, "Xã Mới", "/1/3/5/"));
        var tree = UnitMapper.toTree(root, subtree);
        // Vietnamese order: B < C < D < Đ
        assertEquals(List.of("Ba Chẽ", "Cô Tô", "Đông Triều"), tree.children().stream().map(n -> n.name()).toList());
        assertEquals("Xã Mới", tree.children().get(0).children().get(0).name());
    }
}

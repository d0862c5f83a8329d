package vn.coso.units;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static vn.coso.testing.Api.as;

/** GET /units?parentId=…&on=…: the units under a parent as they stood that day, not under today's parent. */
@QuarkusTest
class UnitsUnderOnDayTest {

    @Inject
    UnitRepository units;

    private Unit unit(String code, String name, UnitType type, Unit parent) {
        Unit unit = new Unit();
        unit.code = code;
        unit.name = name;
        unit.type = type;
        unit.parent = parent;
        units.persistWithPath(unit);
        return unit;
    }

    @Test
    void underAParentOnADayListsTheUnitsThatStoodUnderItThatDay() {
        String p = "U" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
        Map<String, Long> ids = QuarkusTransaction.requiringNew().call(() -> {
            Unit province = unit(p + "22", "Tỉnh Thử", UnitType.PROVINCE, null);
            Unit district = unit(p + "193", "Huyện Thử", UnitType.DISTRICT, province);
            Unit a = unit(p + "A", "Phường A", UnitType.COMMUNE, district);
            Unit b = unit(p + "B", "Phường B", UnitType.COMMUNE, district);
            Unit village = unit(p + "V", "Tổ dân phố 1", UnitType.VILLAGE, b);
            Map<String, Long> m = new HashMap<>();
            for (Unit u : List.of(province, district, a, b, village)) {
                m.put(u.code.substring(p.length()), u.id);
            }
            return m;
        });
        Map<String, Object> plan = new HashMap<>();
        plan.put("effectiveDate", "2025-07-01");
        plan.put("legalBasisNumber", "1679/NQ-UBTVQH15");
        plan.put("newUnits", List.of(Map.of("code", p + "A", "name", "Phường Mới", "type", "COMMUNE",
                "parentCode", p + "22", "mergedFrom", List.of(p + "A", p + "B"))));
        plan.put("dissolutions", List.of(Map.of("code", p + "193")));
        int fresh = as("admin").body(plan).post("/api/v1/reorganisations").then().statusCode(201)
                .extract().path("created[0].id");

        // On its ward's last day the village stood under Phường B; from the merger, under Phường Mới.
        as("admin").queryParam("parentId", ids.get("B")).queryParam("on", "2025-06-30").get("/api/v1/units")
                .then().statusCode(200).body("items.code", contains(p + "V")).body("total", is(1));
        as("admin").queryParam("parentId", fresh).queryParam("on", "2025-06-30").get("/api/v1/units")
                .then().statusCode(200).body("items", empty());
        as("admin").queryParam("parentId", fresh).queryParam("on", "2025-07-01").get("/api/v1/units")
                .then().statusCode(200).body("items.code", contains(p + "V"));
        as("admin").queryParam("parentId", ids.get("B")).queryParam("on", "2025-07-01").get("/api/v1/units")
                .then().statusCode(200).body("items", empty());
        // The district's communes on its last day, though they now stand elsewhere.
        as("admin").queryParam("parentId", ids.get("193")).queryParam("on", "2025-06-30").queryParam("sort", "code")
                .get("/api/v1/units").then().statusCode(200).body("items.code", contains(p + "A", p + "B"));
    }
}

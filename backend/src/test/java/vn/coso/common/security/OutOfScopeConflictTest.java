package vn.coso.common.security;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.testing.Api.as;

/** A uniqueness conflict with a record outside the caller's scope tells no more than a not-found would. */
@QuarkusTest
class OutOfScopeConflictTest {

    @Inject
    TestUnits units;

    @Test
    void conflictWithAnOutOfScopeUnitDoesNotNameIt() {
        Unit hidden = units.create("Thôn Bí Mật Móng Cái", UnitType.VILLAGE, units.mongCai());
        long before = units.count();
        as("officer.bachdang").body(Map.of("code", hidden.code, "name", "Thôn Mới", "type", "VILLAGE",
                        "parentId", units.bachDang().id))
                .post("/api/v1/units").then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", is("unit.code.duplicate"))
                .body("detail", not(containsString("Bí Mật")))
                .body("detail", containsString(hidden.code));
        assertEquals(before, units.count());
    }

    @Test
    void conflictWithAUnitInScopeStillNamesIt() {
        Unit mine = units.create("Thôn Đã Có Bạch Đằng", UnitType.VILLAGE, units.bachDang());
        as("officer.bachdang").header("Accept-Language", "en").body(Map.of("code", mine.code, "name", "Thôn Khác",
                        "type", "VILLAGE", "parentId", units.bachDang().id))
                .post("/api/v1/units").then().statusCode(409)
                .body("code", is("unit.code.duplicate"))
                .body("detail", containsString("Thôn Đã Có Bạch Đằng"));
    }
}

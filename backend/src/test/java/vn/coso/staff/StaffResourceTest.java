package vn.coso.staff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.common.history.HistoryService;
import vn.coso.testing.TestStaff;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;

/** Staff accounts, against the real test Keycloak: every account made here is a new Keycloak user. */
@QuarkusTest
class StaffResourceTest {

    private static final String PASSWORD = "Tạm-thời-2025!";
    private static final String CHOSEN = "Mật-khẩu-riêng-2025";

    @Inject
    TestUnits units;

    @Inject
    HistoryService history;

    Unit haLong;
    Unit bachDang;
    Unit mongCai;

    @BeforeEach
    void tree() {
        haLong = units.haLong();
        bachDang = units.bachDang();
        mongCai = units.mongCai();
    }

    private static Map<String, Object> newStaff(String username, String role, long unitId) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("firstName", "An");
        body.put("lastName", "Nguyễn Văn");
        body.put("email", username + "@quangninh.test");
        body.put("role", role);
        body.put("unitId", unitId);
        body.put("temporaryPassword", PASSWORD);
        return body;
    }

    private static Map<String, Object> update(Map<String, Object> staff, String role, long unitId) {
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", staff.get("firstName"));
        body.put("lastName", staff.get("lastName"));
        body.put("email", staff.get("email"));
        body.put("role", role);
        body.put("unitId", unitId);
        body.put("version", staff.get("version"));
        return body;
    }

    private static Map<String, Object> create(String username, String role, long unitId) {
        return as("admin").body(newStaff(username, role, unitId)).post("/api/v1/staff")
                .then().statusCode(201).extract().jsonPath().getMap("");
    }

    private long auditCount(String staffId) {
        return QuarkusTransaction.requiringNew().call(() -> history.countKeyed(StaffService.HISTORY_TYPE, staffId));
    }

    private static ValidatableResponse asToken(String token, String path) {
        return RestAssured.given().auth().oauth2(token).contentType(ContentType.JSON).get(path).then();
    }

    @Test
    void officerCreatedForACommuneSeesOnlyThatCommuneAndScopeFollowsAMove() {
        Unit commune = units.create("Xã Thử Nghiệm", UnitType.COMMUNE, haLong);
        Unit otherCommune = units.create("Phường Thử Nghiệm", UnitType.COMMUNE, mongCai);
        String username = TestStaff.uniqueUsername("officer");

        Map<String, Object> created = as("admin").body(newStaff(username, "OFFICER", commune.id)).post("/api/v1/staff")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/staff/"))
                .body("username", is(username))
                .body("name", is("Nguyễn Văn An"))
                .body("roles", is(List.of("OFFICER")))
                .body("unit.code", is(commune.code))
                .body("unitCode", is(commune.code))
                .body("enabled", is(true))
                .body("attention", nullValue())
                .body("passwordChangeRequired", is(true))
                .extract().jsonPath().getMap("");
        String id = (String) created.get("id");
        assertEquals(1, auditCount(id));

        // The first sign-in asks for a new password: a direct grant is refused until it is chosen.
        TestStaff.signIn(username, PASSWORD).then().statusCode(400);
        TestStaff.choosePassword(id, CHOSEN);
        String token = TestStaff.token(username, CHOSEN);
        asToken(token, "/api/v1/me").statusCode(200)
                .body("roles", is(List.of("officer")))
                .body("unit.code", is(commune.code));
        asToken(token, "/api/v1/units?size=200").statusCode(200)
                .body("total", is(1))
                .body("items[0].code", is(commune.code));
        asToken(token, "/api/v1/units/" + bachDang.id).statusCode(404);

        Map<String, Object> current = as("admin").get("/api/v1/staff/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("");
        as("admin").body(update(current, "OFFICER", otherCommune.id)).put("/api/v1/staff/" + id)
                .then().statusCode(200)
                .body("unit.code", is(otherCommune.code))
                .body("version", not(current.get("version")));
        String movedToken = TestStaff.token(username, CHOSEN);
        asToken(movedToken, "/api/v1/units?size=200").statusCode(200)
                .body("total", is(1))
                .body("items[0].code", is(otherCommune.code));
        asToken(movedToken, "/api/v1/units/" + commune.id).statusCode(404);

        as("admin").post("/api/v1/staff/" + id + "/disable").then().statusCode(200).body("enabled", is(false));
        TestStaff.signIn(username, CHOSEN).then().statusCode(400).body("error", is("invalid_grant"));
        as("admin").post("/api/v1/staff/" + id + "/enable").then().statusCode(200).body("enabled", is(true));
        TestStaff.token(username, CHOSEN);

        as("admin").queryParam("staffId", id).get("/api/v1/staff/history").then().statusCode(200)
                .body("total", is(4))
                .body("items.action", is(List.of("ENABLED", "DISABLED", "UPDATED", "CREATED")))
                .body("items[2].changes.field", is(List.of("unitCode")))
                .body("items[2].changes[0].from", is(commune.code))
                .body("items[2].changes[0].to", is(otherCommune.code))
                .body("items[0].by", is("admin"))
                .body("items[0].staffUsername", is(username));
    }

    @Test
    void officersReadTheirSubtreeAndChangeNobody() {
        as("officer.halong").get("/api/v1/staff?size=200").then().statusCode(200)
                .body("items.username", hasItems("officer.halong", "officer.bachdang"))
                .body("items.username", not(hasItem("admin")))
                .body("items.username", not(hasItem("officer.mongcai")));
        String adminId = idOf("admin");
        as("officer.halong").get("/api/v1/staff/" + adminId).then().statusCode(404);
        String bachDangId = idOf("officer.bachdang");
        as("officer.halong").get("/api/v1/staff/" + bachDangId).then().statusCode(200)
                .body("unit.code", is("06694"));

        as("officer.halong").body(newStaff(TestStaff.uniqueUsername("x"), "OFFICER", bachDang.id))
                .post("/api/v1/staff").then().statusCode(403).body("code", is("forbidden"));
        Map<String, Object> current = as("admin").get("/api/v1/staff/" + bachDangId).then().extract().jsonPath().getMap("");
        as("officer.halong").body(update(current, "ADMIN", bachDang.id)).put("/api/v1/staff/" + bachDangId)
                .then().statusCode(403);
        as("officer.halong").post("/api/v1/staff/" + bachDangId + "/disable").then().statusCode(403);
        as("officer.halong").post("/api/v1/staff/" + bachDangId + "/enable").then().statusCode(403);
        as("officer.halong").body(Map.of("temporaryPassword", PASSWORD))
                .post("/api/v1/staff/" + bachDangId + "/reset-password").then().statusCode(403);
        as("officer.halong").get("/api/v1/staff/history").then().statusCode(403);
        as("viewer").get("/api/v1/staff").then().statusCode(403);
        as("inspector").get("/api/v1/staff").then().statusCode(403);
        anonymous().get("/api/v1/staff").then().statusCode(401).body("code", is("unauthenticated"));
        as("admin").get("/api/v1/staff/" + bachDangId).then().statusCode(200)
                .body("enabled", is(true)).body("roles", is(List.of("OFFICER")));
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledOrDemotedAndNobodyDisablesThemselves() {
        String adminId = idOf("admin");
        as("admin").post("/api/v1/staff/" + adminId + "/disable").then().statusCode(409).body("code", is("staff.self"));
        Map<String, Object> admin = as("admin").get("/api/v1/staff/" + adminId).then().extract().jsonPath().getMap("");
        as("admin").body(update(admin, "VIEWER", ((Number) ((Map<?, ?>) admin.get("unit")).get("id")).longValue()))
                .put("/api/v1/staff/" + adminId).then().statusCode(409).body("code", is("staff.self"));

        // Admins made by earlier runs against the same Keycloak would keep the demo admin from being the last.
        as("admin").get("/api/v1/staff?role=ADMIN&enabled=true&size=200").then().statusCode(200)
                .extract().jsonPath().<String>getList("items.id").stream()
                .filter(other -> !other.equals(adminId))
                .forEach(other -> as("admin").post("/api/v1/staff/" + other + "/disable").then().statusCode(200));
        // A second admin signs in, then is demoted: its token still says admin for a while (a disable
        // would revoke it, see AccessTokenTest), and with it the demo admin is now the last enabled admin.
        String username = TestStaff.uniqueUsername("admin2");
        Map<String, Object> second = create(username, "ADMIN", units.province().id);
        String id = (String) second.get("id");
        TestStaff.choosePassword(id, CHOSEN);
        String secondAdmin = TestStaff.token(username, CHOSEN);
        Map<String, Object> current = as("admin").get("/api/v1/staff/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("");
        as("admin").body(update(current, "VIEWER", units.province().id)).put("/api/v1/staff/" + id)
                .then().statusCode(200);

        RestAssured.given().auth().oauth2(secondAdmin).contentType(ContentType.JSON)
                .post("/api/v1/staff/" + adminId + "/disable")
                .then().statusCode(409).body("code", is("staff.last-admin"))
                .body("detail", containsString("admin"));
        RestAssured.given().auth().oauth2(secondAdmin).contentType(ContentType.JSON)
                .body(update(admin, "OFFICER", units.province().id))
                .put("/api/v1/staff/" + adminId)
                .then().statusCode(409).body("code", is("staff.last-admin"));
        as("admin").get("/api/v1/staff/" + adminId).then().statusCode(200)
                .body("enabled", is(true)).body("roles", is(List.of("ADMIN")));
        TestStaff.signIn("admin", "admin").then().statusCode(200);
    }

    @Test
    void badInputIsRefusedAndWritesNothing() {
        String username = TestStaff.uniqueUsername("bad");
        Map<String, Object> body = newStaff(username, "OFFICER", 987_654_321L);
        as("admin").body(body).post("/api/v1/staff").then().statusCode(400)
                .body("errors.field", hasItem("unitId"));
        as("admin").body(newStaff(username, "INTEGRATION", bachDang.id)).post("/api/v1/staff")
                .then().statusCode(400).body("errors.field", hasItem("role"));
        as("admin").body(newStaff(username, "CHIEF", bachDang.id)).post("/api/v1/staff")
                .then().statusCode(400).body("code", is("json.invalid-value"));
        as("admin").body(newStaff("Has Space", "OFFICER", bachDang.id)).post("/api/v1/staff")
                .then().statusCode(400).body("errors.field", hasItem("username"));
        Map<String, Object> noEmail = newStaff(username, "OFFICER", bachDang.id);
        noEmail.put("email", "not-an-email");
        as("admin").body(noEmail).post("/api/v1/staff").then().statusCode(400).body("errors.field", hasItem("email"));

        // The realm's password policy: at least 10 characters, not the username.
        Map<String, Object> shortPassword = newStaff(username, "OFFICER", bachDang.id);
        shortPassword.put("temporaryPassword", "short");
        as("admin").body(shortPassword).post("/api/v1/staff").then().statusCode(400)
                .contentType("application/problem+json").body("code", is("staff.rejected"));
        Map<String, Object> usernameAsPassword = newStaff(username, "OFFICER", bachDang.id);
        usernameAsPassword.put("temporaryPassword", username);
        as("admin").body(usernameAsPassword).post("/api/v1/staff").then().statusCode(400);

        Unit dissolved = units.create("Xã Đã Giải Thể", UnitType.COMMUNE, haLong);
        QuarkusTransaction.requiringNew().run(() -> units.reload(dissolved.id).active = false);
        as("admin").body(newStaff(username, "OFFICER", dissolved.id)).post("/api/v1/staff").then().statusCode(400)
                .body("detail", containsString("dissolved"));

        as("admin").queryParam("q", username).get("/api/v1/staff").then().statusCode(200).body("total", is(0));

        String first = (String) create(username, "OFFICER", bachDang.id).get("id");
        as("admin").body(newStaff(username, "OFFICER", bachDang.id)).post("/api/v1/staff")
                .then().statusCode(409).body("code", is("staff.duplicate"));
        as("admin").get("/api/v1/staff/not-a-keycloak-id").then().statusCode(404);
        as("admin").get("/api/v1/staff/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .body("code", is("not-found"));
        as("admin").body(Map.of("temporaryPassword", "short")).post("/api/v1/staff/" + first + "/reset-password")
                .then().statusCode(400);
        as("admin").body(Map.of("temporaryPassword", PASSWORD, "extra", 1)).post("/api/v1/staff/" + first + "/reset-password")
                .then().statusCode(400).body("code", is("json.unknown-field"));
        as("admin").get("/api/v1/staff?size=201").then().statusCode(400);
        as("admin").get("/api/v1/staff?sort=password").then().statusCode(400);
        as("admin").get("/api/v1/staff?enabled=maybe").then().statusCode(400);
        assertEquals(1, auditCount(first));
    }

    @Test
    void aStaleVersionChangesNothing() {
        String id = (String) create(TestStaff.uniqueUsername("stale"), "VIEWER", haLong.id).get("id");
        Map<String, Object> read = as("admin").get("/api/v1/staff/" + id).then().extract().jsonPath().getMap("");
        as("admin").body(update(read, "INSPECTOR", haLong.id)).put("/api/v1/staff/" + id).then().statusCode(200)
                .body("roles", is(List.of("INSPECTOR")));
        as("admin").body(update(read, "OFFICER", bachDang.id)).put("/api/v1/staff/" + id).then().statusCode(409)
                .body("code", is("version.stale"));
        as("admin").header("If-Match", "\"1\"").body(update(read, "OFFICER", bachDang.id)).put("/api/v1/staff/" + id)
                .then().statusCode(412);
        as("admin").get("/api/v1/staff/" + id).then().statusCode(200)
                .body("roles", is(List.of("INSPECTOR"))).body("unit.code", is(haLong.code));
    }

    @Test
    void listFiltersByRoleUnitTextAndAttention() {
        Unit commune = units.create("Xã Lọc Thử", UnitType.COMMUNE, mongCai);
        String username = TestStaff.uniqueUsername("loc");
        String id = (String) create(username, "INSPECTOR", commune.id).get("id");

        as("admin").queryParam("unitId", mongCai.id).queryParam("role", "INSPECTOR").get("/api/v1/staff")
                .then().statusCode(200)
                .body("items.username", hasItem(username))
                .body("items.roles.flatten()", everyItem(is("INSPECTOR")));
        as("admin").queryParam("unitId", haLong.id).get("/api/v1/staff?size=200").then().statusCode(200)
                .body("items.username", not(hasItem(username)));
        as("admin").queryParam("q", "NGUYEN VAN AN").queryParam("unitId", commune.id).get("/api/v1/staff")
                .then().statusCode(200).body("total", is(1)).body("items[0].id", is(id));
        as("admin").queryParam("enabled", "false").queryParam("unitId", commune.id).get("/api/v1/staff")
                .then().statusCode(200).body("items", empty());

        // The unit is dissolved: the account now needs attention, and the unit cannot be deleted.
        QuarkusTransaction.requiringNew().run(() -> units.reload(commune.id).active = false);
        as("admin").queryParam("needsAttention", "true").get("/api/v1/staff?size=200").then().statusCode(200)
                .body("items.username", hasItem(username))
                .body("items.find { it.username == '" + username + "' }.attention", is("INACTIVE_UNIT"));
        as("admin").get("/api/v1/staff?needsAttention=true&size=200").then()
                .body("items.find { it.username == 'nounit' }.attention", is("NO_UNIT"));
        as("admin").delete("/api/v1/units/" + commune.id).then().statusCode(409)
                .body("code", is("unit.referenced"))
                .body("detail", containsString(username));
        as("admin").get("/api/v1/units/" + commune.id).then().statusCode(200);
    }

    @Test
    void resetPasswordAsksForANewOneAtNextSignIn() {
        String username = TestStaff.uniqueUsername("reset");
        String id = (String) create(username, "VIEWER", bachDang.id).get("id");
        TestStaff.choosePassword(id, CHOSEN);
        TestStaff.token(username, CHOSEN);
        as("admin").body(Map.of("temporaryPassword", "Mới-tạm-thời-2025")).post("/api/v1/staff/" + id + "/reset-password")
                .then().statusCode(200).body("passwordChangeRequired", is(true));
        TestStaff.signIn(username, CHOSEN).then().statusCode(400).body("error", is("invalid_grant"));
        as("admin").queryParam("staffId", id).get("/api/v1/staff/history").then().statusCode(200)
                .body("items[0].action", is("PASSWORD_RESET"))
                .body("items[0].changes.toString()", not(containsString("Mới")))
                .body("items[0].at", notNullValue());
    }

    private static String idOf(String username) {
        return as("admin").queryParam("q", username).get("/api/v1/staff?size=200").then().statusCode(200)
                .extract().jsonPath().getString("items.find { it.username == '" + username + "' }.id");
    }
}

package vn.coso.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.party.PartyOrganization;
import vn.coso.testing.TestParty;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.party.PartyOrganizationForm.CELL;
import static vn.coso.party.PartyOrganizationLevel.BELOW_GRASSROOTS;
import static vn.coso.testing.Api.as;

/**
 * Keyset paging (issue 15): {@code after=<nextCursor>} walks a list from the row after the
 * previous page's last one, so rows added or changed during the walk never make an unchanged row
 * appear twice or go missing; an integrator syncs with {@code updatedSince} + {@code sort=updatedAt}.
 */
@QuarkusTest
class KeysetPagingTest {

    @Inject
    TestUnits units;
    @Inject
    TestParty party;
    @Inject
    DataSource dataSource;

    @Test
    void walkingMembersWithACursorReturnsEachOnceInOrderWhileRowsAreAdded() {
        Unit commune = units.create("Xã Con Trỏ Đảng Viên", UnitType.COMMUNE, units.haLong());
        PartyOrganization cell = party.organization("Chi bộ Con Trỏ", BELOW_GRASSROOTS, CELL, commune, null);
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            names.add("Con Trỏ " + String.format("%02d", i));
            party.member(names.get(i - 1), cell);
        }
        String list = "/api/v1/party-members?organizationId=" + cell.id + "&size=3";

        List<Map<String, Object>> walked = walk(list, page -> {
            if (page == 0) {
                // before the first page's last row (page numbers would show "Con Trỏ 03" twice) and after it
                party.member("Con Trỏ 00", cell);
                party.member("Con Trỏ 99", cell);
            }
        });

        List<String> expected = new ArrayList<>(names);
        expected.add("Con Trỏ 99");
        assertEquals(expected, walked.stream().map(m -> (String) m.get("fullName")).toList());
    }

    @Test
    void cursorsKeepTiesAndNullsInTheListsOrderBothWays() throws SQLException {
        Unit commune = units.create("Xã Con Trỏ Kiểm Tra", UnitType.COMMUNE, units.haLong());
        PartyOrganization cell = party.organization("Chi bộ Kiểm Tra Con Trỏ", BELOW_GRASSROOTS, CELL, commune, null);
        for (String actualStart : List.of("'2023-01-03'", "'2023-01-02'", "NULL", "'2023-01-02'", "NULL", "'2023-01-01'",
                "'2023-01-02'", "NULL")) {
            execute("INSERT INTO inspection (kind, form, subject_organization_id, scope_unit_id, conducting_organization_id,"
                    + " conducting_body, plan_year, planned_start, actual_start, topic, status, version, created_at, updated_at)"
                    + " VALUES ('SUPERVISION', 'THEMATIC', " + cell.id + ", " + commune.id + ", " + cell.id + ","
                    + " 'INSPECTION_COMMISSION', 2023, '2023-01-01', " + actualStart + ", 'Con trỏ', 'PLANNED', 0,"
                    + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))");
        }
        for (String sort : List.of("actualStart,desc", "actualStart,asc", "plannedStart,desc", "status")) {
            String list = "/api/v1/inspections?unitId=" + commune.id + "&sort=" + sort;
            List<Object> inOnePage = as("admin").get(list + "&size=200").then().statusCode(200)
                    .body("nextCursor", nullValue()).body("hasMore", is(false)).extract().path("items.id");
            List<Object> walked = walk(list + "&size=2", page -> { }).stream().map(i -> i.get("id")).toList();
            assertEquals(inOnePage, walked, sort);
        }
    }

    @Test
    void cursorsFollowSortsOnJoinedAndComputedFields() {
        Unit commune = units.create("Xã Con Trỏ Tập Huấn", UnitType.COMMUNE, units.haLong());
        for (int i = 0; i < 5; i++) {
            Map<String, Object> body = new HashMap<>();
            body.put("organizerUnitId", commune.id);
            body.put("date", "2023-03-0" + (1 + i % 2));
            body.put("topic", "Con trỏ " + i);
            body.put("attendances", 10 + i % 3);
            as("admin").body(body).post("/api/v1/trainings").then().statusCode(201);
        }
        for (String sort : List.of("organizer", "attendances,desc", "date", "topic,desc")) {
            String list = "/api/v1/trainings?unitId=" + commune.id + "&sort=" + sort;
            List<Object> inOnePage = as("admin").get(list + "&size=200").then().statusCode(200).extract().path("items.id");
            assertEquals(5, inOnePage.size());
            assertEquals(inOnePage, walk(list + "&size=2", page -> { }).stream().map(t -> t.get("id")).toList(), sort);
        }
        // feedback sorted by the name of its unit (a joined table), then newest first
        Unit other = units.create("Xã Con Trỏ Phản Ánh Theo Đơn Vị", UnitType.COMMUNE, units.haLong());
        String marker = "ctdv" + System.nanoTime();
        for (int i = 0; i < 4; i++) {
            recordFeedback(i % 2 == 0 ? commune : other, "Theo đơn vị " + marker + " " + i);
        }
        String list = "/api/v1/feedback?q=" + marker + "&sort=unit&sort=receivedAt,desc";
        List<Object> inOnePage = as("admin").get(list + "&size=200").then().statusCode(200).extract().path("items.id");
        assertEquals(4, inOnePage.size());
        assertEquals(inOnePage, walk(list + "&size=1", page -> { }).stream().map(f -> f.get("id")).toList(), list);
    }

    @Test
    void feedbackSyncWalksChangesSinceAnInstant() {
        Unit commune = units.create("Xã Đồng Bộ Phản Ánh", UnitType.COMMUNE, units.haLong());
        String since = Instant.now().minusSeconds(1).toString();
        List<Object> recorded = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            recorded.add(recordFeedback(commune, "Đồng bộ " + i));
        }
        String list = "/api/v1/feedback?unitId=" + commune.id + "&updatedSince=" + since + "&sort=updatedAt&size=2";
        List<Object> added = new ArrayList<>();

        List<Object> walked = walk(list, page -> {
            if (page == 0) {
                added.add(recordFeedback(commune, "Đồng bộ giữa chừng"));
            }
        }).stream().map(f -> (Object) ((Number) f.get("id")).longValue()).toList();

        List<Object> expected = new ArrayList<>(recorded);
        expected.addAll(added);
        assertEquals(expected, walked, "each change once, in the order of its change");
    }

    @Test
    void unitSyncShowsARowChangedMidWalkAgainAtItsNewPlace() {
        Unit parent = units.create("Xã Đồng Bộ Đơn Vị", UnitType.COMMUNE, units.haLong());
        String since = Instant.now().minusSeconds(1).toString();
        List<Unit> villages = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            villages.add(units.create("Thôn Đồng Bộ " + i, UnitType.VILLAGE, parent));
        }
        String list = "/api/v1/units?parentId=" + parent.id + "&updatedSince=" + since + "&sort=updatedAt&size=2";
        List<Object> inOrderOfChange = as("admin").get(list.replace("size=2", "size=200")).then().statusCode(200)
                .extract().path("items.id");

        List<Object> walked = walk(list, page -> {
            if (page == 0) {
                Unit first = villages.get(0);
                Map<String, Object> change = new HashMap<>();
                change.put("code", first.code);
                change.put("name", "Thôn Đồng Bộ Đổi Tên");
                change.put("type", "VILLAGE");
                change.put("parentId", parent.id);
                change.put("version", units.reload(first.id).version);
                as("admin").body(change).put("/api/v1/units/" + first.id).then().statusCode(200);
            }
        }).stream().map(u -> u.get("id")).toList();

        List<Object> expected = new ArrayList<>(inOrderOfChange);
        expected.add(inOrderOfChange.get(0));
        assertEquals(5, inOrderOfChange.size());
        assertEquals(((Number) expected.get(0)).longValue(), villages.get(0).id);
        assertEquals(expected, walked, "the renamed village once before and once after its change, the others once");
    }

    @Test
    void aCursorThatIsNotOneAnswers400NamingAfter() {
        String members = "/api/v1/party-members?size=1";
        for (String bad : List.of("!!!", "abc", base64("hello"), base64("{\"l\":\"m.id\",\"s\":\"fullName,asc\",\"k\":[5],\"id\":1}"),
                base64("{\"l\":\"m.id\",\"s\":\"fullName,asc\",\"k\":[\"a\"],\"id\":\"x\"}"),
                base64("{\"l\":\"m.id\",\"s\":\"fullName,asc\",\"k\":[],\"id\":1}"), "x".repeat(3000))) {
            as("admin", null).get(members + "&after=" + bad).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("code", is("paging.after.invalid")).body("errors.field", hasItem("after"))
                    .body("detail", containsString("Tham số 'after'"));
        }
        // a date that is not one, in a cursor of the inspections sorted by planned start
        String tampered = base64("{\"l\":\"i.id\",\"s\":\"plannedStart,asc\",\"k\":[\"2024-13-45\"],\"id\":1}");
        as("admin").get("/api/v1/inspections?after=" + tampered).then().statusCode(400)
                .body("code", is("paging.after.invalid")).body("errors.field", hasItem("after"));
        // a cursor of another list
        units.create("Xã Con Trỏ Khác Danh Sách", UnitType.COMMUNE, units.haLong());
        String unitCursor = as("admin").get("/api/v1/units?size=1").then().statusCode(200)
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        as("admin").get(members + "&after=" + unitCursor).then().statusCode(400).body("code", is("paging.after.invalid"));
    }

    @Test
    void aCursorMadeUnderAnotherSortAnswers400() {
        Unit commune = units.create("Xã Con Trỏ Sắp Xếp", UnitType.COMMUNE, units.haLong());
        PartyOrganization cell = party.organization("Chi bộ Sắp Xếp", BELOW_GRASSROOTS, CELL, commune, null);
        party.member("Sắp Xếp Một", cell);
        party.member("Sắp Xếp Hai", cell);
        String cursor = as("admin").get("/api/v1/party-members?size=1&sort=fullName").then().statusCode(200)
                .body("nextCursor", notNullValue()).extract().path("nextCursor");
        as("admin", "en").get("/api/v1/party-members?size=1&sort=admissionDate&after=" + cursor).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("paging.after.sort")).body("errors.field", hasItem("after"))
                .body("detail", containsString("The parameter 'after'"));
        as("admin").get("/api/v1/party-members?size=1&sort=fullName,desc&after=" + cursor).then().statusCode(400)
                .body("code", is("paging.after.sort"));
        as("admin").get("/api/v1/party-members?size=1&sort=fullName&after=" + cursor).then().statusCode(200);
    }

    @Test
    void afterWithAPageOtherThanZeroIsContradictory() {
        String cursor = as("admin").get("/api/v1/trainings?size=1").then().statusCode(200).extract().path("nextCursor");
        String after = cursor == null ? base64("{\"l\":\"t.id\",\"s\":\"date,desc\",\"k\":[\"2024-01-01\"],\"id\":1}") : cursor;
        as("admin").get("/api/v1/trainings?size=1&page=1&after=" + after).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("paging.after.conflict")).body("errors.field", hasItem("after"))
                .body("detail", containsString("'page'"));
        as("admin").get("/api/v1/trainings?size=1&page=0&after=" + after).then().statusCode(200).body("page", is(0));
    }

    @Test
    void aListPagedOnlyByNumberDoesNotTakeACursor() {
        as("admin").get("/api/v1/documents?after=" + base64("{}")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("request.parameter.unknown")).body("errors.field", hasItem("after"));
        as("admin").get("/api/v1/documents").then().statusCode(200).body("nextCursor", nullValue());
    }

    /** Every item of {@code list}, page after page through {@code nextCursor}; {@code between} runs after each page. */
    private static List<Map<String, Object>> walk(String list, IntConsumer between) {
        List<Map<String, Object>> items = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 50; page++) {
            JsonPath body = as("admin").get(list + (cursor == null ? "" : "&after=" + cursor)).then().statusCode(200)
                    .body("page", is(0)).extract().jsonPath();
            items.addAll(body.getList("items"));
            cursor = body.getString("nextCursor");
            assertEquals(cursor != null, body.getBoolean("hasMore"), list);
            between.accept(page);
            if (cursor == null) {
                return items;
            }
        }
        throw new AssertionError("the walk did not end: " + list);
    }

    private static long recordFeedback(Unit unit, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", unit.id);
        body.put("right", "SUPERVISE");
        body.put("title", title);
        body.put("text", "Nội dung phản ánh để thử đồng bộ.");
        body.put("channel", "HOTLINE");
        return ((Number) as("admin").body(body).post("/api/v1/feedback").then().statusCode(201).extract().path("id")).longValue();
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

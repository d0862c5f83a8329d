package vn.coso.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.coso.disclosures.DisclosureDemoRecords;
import vn.coso.testing.TestStaff;
import vn.coso.trainings.TrainingDemoRecords;
import vn.coso.units.Unit;
import vn.coso.units.UnitRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.as;

/**
 * The demo as the province is now (issue 11's "Done when" on the demo data): the 2024 seed, the
 * reorganisations of 1 November 2024 and 1 July 2025 applied through the reorganisation operation,
 * and the records since on the new structure. It runs on a database of its own (another test
 * profile starts the test resources again): the reform closes the units other tests share.
 */
@QuarkusTest
@TestProfile(DemoAsNowTest.OwnDatabase.class)
class DemoAsNowTest {

    /** Only a profile of its own: the database made for it holds nothing but the demo. */
    public static class OwnDatabase implements QuarkusTestProfile {
    }

    @Inject
    DemoDataLoader loader;

    @Inject
    UnitRepository units;

    @Inject
    DemoReorganisations reorganisations;

    @Inject
    EntityManager em;

    /** The whole province's review over the full demo data set takes long on a loaded machine. */
    private static RequestSpecification patient(String user) {
        return as(user).config(RestAssured.config().httpClient(io.restassured.config.HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", 600_000).setParam("http.connection.timeout", 600_000)));
    }

    private static JsonPath review(long unitId, int year, String structure) {
        RequestSpecification request = patient("admin").queryParam("year", year).queryParam("unitId", unitId);
        if (structure != null) {
            request.queryParam("structure", structure);
        }
        return request.get("/api/v1/reports/annual").then().statusCode(200).extract().jsonPath();
    }

    private static String figure(String key) {
        return "sections.figures.flatten().find { it.key == '" + key + "' }.value";
    }

    private static Map<Object, Object> rows(JsonPath report) {
        Map<Object, Object> rows = new HashMap<>();
        List<Map<String, Object>> breakdown = report.getList("breakdown");
        breakdown.forEach(row -> rows.put(((Map<?, ?>) row.get("unit")).get("id"), row.get("figures")));
        return rows;
    }

    /** The unit that held the code first (2024's), or holds it on a day. */
    private Unit first(String code) {
        return QuarkusTransaction.requiringNew().call(() -> units.allWithCode(code).get(0));
    }

    private Unit on(String code, LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> units.findByCodeOn(code, day).orElseThrow());
    }

    @Test
    void theProvinceAsItIsNowKeepsThe2024FiguresAndWorksOnTheNewStructure() throws Exception {
        loader.load();
        // 2024 as it ended: after the 1 November 2024 changes (171 communes on 31/12/2024), before the 2025 plan.
        reorganisations.applyNovember2024();
        long province = first("22").id;
        JsonPath before = review(province, 2024, null);

        long started = System.nanoTime();
        int added = loader.loadAsNow();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Demo as now: %d record(s) and unit changes added in %d ms%n", added, millis);
        assertEquals(0, loader.loadAsNow(), "a second load adds nothing and applies no reorganisation again");

        // 2024 as it was before the 2025 plan: the seed's figures, the same breakdown by the structure of
        // 31/12/2024, the same lagging.
        JsonPath after = review(province, 2024, null);
        assertEquals(before.getList("sections.figures.flatten().value"), after.getList("sections.figures.flatten().value"));
        assertEquals(rows(before), rows(after));
        assertEquals(before.getList("lagging.unit.id"), after.getList("lagging.unit.id"));
        assertEquals(28, after.getInt(figure("documents.issued")));
        assertEquals(72, after.getInt(figure("trainings.classes")));
        assertEquals(8_532, after.getInt(figure("trainings.attendances")));
        assertEquals(1_688, after.getInt(figure("inspections.organizationsInspected")));
        assertEquals(7_113, after.getInt(figure("inspections.membersInspected")));
        assertEquals(1_524, after.getInt(figure("inspections.organizationsSupervised")));
        assertEquals(5_955, after.getInt(figure("inspections.membersSupervised")));
        assertEquals(13, after.getList("breakdown.findAll { it.unit.type == 'DISTRICT' }").size());

        // 2026: no district; 54 communes under the province; no closed unit lags; the communes without a 2026 training do.
        JsonPath y2026 = review(province, 2026, null);
        assertTrue(!y2026.getList("breakdown.unit.type").contains("DISTRICT"));
        List<String> communes = y2026.getList("breakdown.findAll { it.unit.type == 'COMMUNE' }.unit.code");
        assertEquals(54, communes.size());
        Set<Long> closed = new HashSet<>();
        for (Integer id : y2026.<Integer>getList("lagging.unit.id")) {
            Unit unit = QuarkusTransaction.requiringNew().call(() -> units.findById(id.longValue()));
            if (unit.validTo != null && unit.validTo.isBefore(LocalDate.of(2026, 12, 31))) {
                closed.add(unit.id);
            }
        }
        assertEquals(Set.of(), closed, "closed units named as lagging in 2026");
        List<String> noTraining = y2026.getList("lagging.findAll { it.reasons.code.contains('training.none') }.unit.code");
        assertEquals(new HashSet<>(TrainingDemoRecords.communesWithoutTraining2026(communes)), new HashSet<>(noTraining));
        assertTrue(noTraining.size() >= 3, "a few communes lag in 2026: " + noTraining);
        assertTrue(y2026.getInt(figure("trainings.classes")) > 54);
        assertTrue(y2026.getInt(figure("feedback.received")) > 54);

        // The people's part (issue 18): nothing dated after its unit closed; in 2026 the 54 communes disclose and their
        // boards serve, and only the communes that missed their settlement lag for it.
        assertEquals(0L, count("SELECT COUNT(*) FROM disclosure d JOIN unit u ON u.id = d.unit_id WHERE d.posted_on > u.valid_to"),
                "disclosures posted after their commune closed");
        assertEquals(0L, count("SELECT COUNT(*) FROM people_board_activity a JOIN people_board b ON b.id = a.board_id"
                + " JOIN unit u ON u.id = b.unit_id WHERE a.started_on > u.valid_to OR a.started_on > b.term_to"),
                "board work after its unit closed or its term ended");
        assertEquals(0L, count("SELECT COUNT(*) FROM people_board b JOIN unit u ON u.id = b.unit_id"
                + " WHERE u.valid_to IS NOT NULL AND (b.term_to IS NULL OR b.term_to > u.valid_to OR b.term_from > u.valid_to)"),
                "boards serving after their unit closed");
        assertEquals(0L, count("SELECT COUNT(*) FROM conference c JOIN unit u ON u.id = c.unit_id"
                + " WHERE c.kind = 'VILLAGE_MEETING' AND c.held_on > u.valid_to"), "village meetings after the village closed");
        assertTrue(count("SELECT COUNT(*) FROM disclosure WHERE posted_on > '2025-06-30'") > 0);
        List<String> noSettlement = y2026.getList("lagging.findAll { it.reasons.code.contains('disclosure.missing') }.unit.code");
        assertEquals(new HashSet<>(DisclosureDemoRecords.communesWithoutSettlement(communes, 2026)), new HashSet<>(noSettlement));
        assertTrue(noSettlement.size() >= 3 && noSettlement.size() < 54, "a few communes, not all, miss a disclosure: " + noSettlement);
        assertEquals(54 - noSettlement.size(), y2026.getInt(figure("disclosures.communesComplete")));
        assertTrue(y2026.getInt(figure("boards.serving")) >= 54, "the 54 communes' people's inspection boards serve in 2026");
        assertTrue(y2026.getInt(figure("boards.supervisions")) + y2026.getInt(figure("boards.inspections")) > 54);
        List<String> idle = y2026.getList("lagging.findAll { it.reasons.code.contains('board.idle') }.unit.code");
        assertTrue(idle.size() >= 3 && idle.size() < 54, "a few boards, not all, idle in 2026: " + idle);

        // Today's structure for 2024: Bạch Đằng's records roll up into Phường Hồng Gai, and the rows add up.
        JsonPath current = review(province, 2024, "current");
        assertEquals(54, current.getList("breakdown.findAll { it.unit.type == 'COMMUNE' }").size());
        List<Map<String, Object>> figures = current.getList("sections.figures.flatten().findAll { it.kind == 'COUNT' && it.additive }");
        for (Map<String, Object> f : figures) {
            String key = (String) f.get("key");
            long total = ((Number) f.get("value")).longValue();
            long sum = current.<Map<String, Object>>getList("breakdown.figures").stream()
                    .mapToLong(row -> ((Number) row.get(key)).longValue()).sum();
            assertEquals(total, sum, key + ": the 54 rows and the province's own records add up to the total");
            assertEquals(((Number) after.get(figure(key))).longValue(), total, key + " is 2024's total in either structure");
        }
        Unit hongGai = on("06685", LocalDate.of(2025, 7, 1));
        long predecessors = 0;
        // Trần Hưng Đạo (with Yết Kiêu, merged into it in November 2024), Hồng Gai and Bạch Đằng.
        for (String code : List.of("06685", "06691", "06694")) {
            predecessors += review(first(code).id, 2024, null).getLong(figure("feedback.received"));
        }
        assertEquals(predecessors, current.getLong("breakdown.find { it.unit.id == " + hongGai.id + " }.figures.'feedback.received'"));

        // Scope through lineage: officer.honggai works on Bạch Đằng's open feedback, another new ward's officer gets 404.
        Unit bachDang = first("06694");
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", bachDang.id);
        body.put("right", "SUPERVISE");
        body.put("channel", "HOTLINE");
        body.put("title", "Phản ánh của Bạch Đằng trước sáp nhập");
        body.put("text", "Tổ dân phố chưa được công khai dự toán sửa chữa nhà văn hóa.");
        body.put("receivedAt", "2025-05-05T02:00:00Z");
        long open = ((Number) as("admin").body(body).post("/api/v1/feedback").then().statusCode(201).extract().path("id"))
                .longValue();
        as("officer.honggai").get("/api/v1/feedback/" + open).then().statusCode(200).body("unit.id", is(bachDang.id.intValue()));
        as("officer.honggai").body(Map.of("version", version(open))).post("/api/v1/feedback/" + open + "/start")
                .then().statusCode(200).body("status", is("IN_PROGRESS"));
        as("officer.honggai").body(Map.of("version", version(open), "answer", "Phường Hồng Gai đã công khai dự toán."))
                .post("/api/v1/feedback/" + open + "/answer").then().statusCode(200).body("status", is("ANSWERED"));
        otherWardsOfficer().get("/api/v1/feedback/" + open).then().statusCode(404);

        // The new communes' steering committees (issue 17): one each, seven members, plans for 2025 and 2026, meetings
        // after their founding; Hồng Gai's in its 2026 review, and its standing member's "my units" are the villages
        // assigned to officer.honggai's membership, inside the account's scope.
        String newCommunes = " JOIN unit u ON u.id = c.unit_id JOIN unit p ON p.id = u.parent_id"
                + " WHERE u.type = 'COMMUNE' AND u.valid_to IS NULL AND p.type = 'PROVINCE'";
        assertEquals(54L, count("SELECT COUNT(*) FROM committee c" + newCommunes));
        assertEquals(54L * 7, count("SELECT COUNT(*) FROM committee_member m JOIN committee c ON c.id = m.committee_id" + newCommunes));
        assertEquals(54L * 2, count("SELECT COUNT(*) FROM committee_plan pl JOIN committee c ON c.id = pl.committee_id"
                + newCommunes + " AND pl.plan_year IN (2025, 2026)"));
        assertEquals(0L, count("SELECT COUNT(*) FROM committee_meeting m JOIN committee c ON c.id = m.committee_id"
                + newCommunes + " AND (m.meeting_date < c.decision_date OR m.meeting_date > '2026-11-30')"));
        JsonPath hongGai2026 = review(hongGai.id, 2026, null);
        assertEquals(3, hongGai2026.getList("parts.find { it.key == 'committee' }.data.plan.targets").size());
        assertEquals(List.of("REGULAR", "REGULAR", "REGULAR"),
                hongGai2026.getList("parts.find { it.key == 'committee' }.data.meetings.kind"));
        long followed = count("SELECT COUNT(*) FROM committee_member_unit mu JOIN committee_member m ON m.id = mu.member_id"
                + " WHERE m.username = 'officer.honggai'");
        assertTrue(followed > 0, "officer.honggai follows some of Hồng Gai's villages");
        as("officer.honggai").queryParam("year", 2026).get("/api/v1/committees/me/units").then().statusCode(200)
                .body("items.size()", is((int) followed))
                .body("items.unit.type", everyItem(is("VILLAGE")))
                .body("items.role", everyItem(is("STANDING_MEMBER")));
        assertEquals(1L, count("SELECT COUNT(*) FROM committee c WHERE c.unit_id = " + hongGai.id));

        // officer.bachdang stays on the closed ward: exactly its records, flagged, offered its successor. Its
        // subtree is the one of its last day (30/06/2025): its villages, which now stand under Hồng Gai, with it.
        List<Unit> villages = new ArrayList<>();
        for (String code : List.of("06694-TDP1", "06694-TDP2", "06694-TDP3", "06694-TDP4", "06694-TDP5")) {
            Unit village = first(code);
            assertTrue(village.path.startsWith(hongGai.path), code + " stands under Hồng Gai now: " + village.path);
            villages.add(village);
        }
        Map<String, Object> onVillage = new HashMap<>(body);
        onVillage.put("unitId", villages.get(0).id);
        onVillage.put("title", "Phản ánh của tổ dân phố 1 sau sáp nhập");
        onVillage.put("receivedAt", "2026-11-05T02:00:00Z");
        long villageFeedback = ((Number) as("admin").body(onVillage).post("/api/v1/feedback").then().statusCode(201)
                .extract().path("id")).longValue();
        Map<String, Object> onHongGai = new HashMap<>(onVillage);
        onHongGai.put("unitId", hongGai.id);
        onHongGai.put("title", "Phản ánh của phường Hồng Gai");
        long hongGaiFeedback = ((Number) as("admin").body(onHongGai).post("/api/v1/feedback").then().statusCode(201)
                .extract().path("id")).longValue();
        long bachDangTotal = 0;
        List<Integer> ownUnits = new ArrayList<>(List.of(bachDang.id.intValue()));
        villages.forEach(v -> ownUnits.add(v.id.intValue()));
        // Its school and its Front committee stood under it too (demo/extra-units.csv).
        ownUnits.add(first("193-THCS-BD").id.intValue());
        ownUnits.add(first("06694-MTTQ").id.intValue());
        for (Integer unitId : ownUnits) {
            bachDangTotal += ((Number) as("admin").queryParam("unitId", unitId).queryParam("size", 1)
                    .get("/api/v1/feedback").then().statusCode(200).extract().path("total")).longValue();
        }
        as("officer.bachdang").queryParam("size", 200).get("/api/v1/feedback").then().statusCode(200)
                .body("total", is((int) bachDangTotal))
                .body("items.unit.id", everyItem(is(org.hamcrest.Matchers.in(ownUnits))))
                .body("items.id", hasItem((int) villageFeedback))
                .body("items.id", not(hasItem((int) hongGaiFeedback)));
        assertTrue(bachDangTotal > 1);
        as("officer.bachdang").get("/api/v1/feedback/" + villageFeedback).then().statusCode(200);
        as("officer.bachdang").get("/api/v1/feedback/" + hongGaiFeedback).then().statusCode(404);
        as("officer.bachdang").get("/api/v1/units/" + villages.get(0).id).then().statusCode(200);
        as("officer.bachdang").queryParam("unitId", villages.get(1).id).get("/api/v1/feedback").then().statusCode(200);
        as("officer.bachdang").get("/api/v1/units/" + hongGai.id).then().statusCode(404);
        // officer.honggai sees the village's record too (it is in Hồng Gai's subtree now).
        as("officer.honggai").get("/api/v1/feedback/" + villageFeedback).then().statusCode(200);
        as("admin").queryParam("needsAttention", true).queryParam("size", 200).get("/api/v1/staff").then().statusCode(200)
                .body("items.find { it.username == 'officer.bachdang' }.attention", is("CLOSED_UNIT"))
                .body("items.find { it.username == 'officer.bachdang' }.successorUnit.id", is(hongGai.id.intValue()))
                .body("items.username", not(hasItem("officer.honggai")));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static int version(long feedbackId) {
        return as("admin").get("/api/v1/feedback/" + feedbackId).then().statusCode(200).extract().path("version");
    }

    /** An officer of another new ward (Phường Việt Hưng, 06661), made for the test. */
    private RequestSpecification otherWardsOfficer() {
        Unit vietHung = on("06661", LocalDate.of(2025, 7, 1));
        String username = TestStaff.uniqueUsername("officer.viethung");
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("firstName", "Hà");
        body.put("lastName", "Nguyễn Thu");
        body.put("email", username + "@quangninh.test");
        body.put("role", "OFFICER");
        body.put("unitId", vietHung.id);
        body.put("temporaryPassword", "Tạm-thời-2025!");
        String id = as("admin").body(body).post("/api/v1/staff").then().statusCode(201).extract().path("id");
        TestStaff.choosePassword(id, "Mật-khẩu-riêng-2025");
        String token = TestStaff.token(username, "Mật-khẩu-riêng-2025");
        return RestAssured.given().auth().oauth2(token).header("Accept-Language", "en").contentType("application/json");
    }
}

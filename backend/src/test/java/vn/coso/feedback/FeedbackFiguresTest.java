package vn.coso.feedback;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.PublicClient;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.feedback.FeedbackFixtures.marker;
import static vn.coso.feedback.FeedbackFixtures.operate;
import static vn.coso.feedback.FeedbackFixtures.record;
import static vn.coso.feedback.FeedbackFixtures.staffBody;
import static vn.coso.testing.Api.as;

/**
 * The feedback section of the annual review over a district of its own: 2021 for records whose
 * deadlines have long passed, and a period running today for an answer in time.
 */
@QuarkusTest
class FeedbackFiguresTest {

    static final String REPORT = "/api/v1/reports/annual";

    @Inject
    TestUnits units;

    Unit district;
    Unit commune;

    @BeforeEach
    void area() {
        district = units.create("Huyện Phản Ánh (báo cáo)", UnitType.DISTRICT, units.province());
        commune = units.create("Xã Phản Ánh", UnitType.COMMUNE, district);
    }

    private JsonPath report(Unit unit, Map<String, Object> period) {
        return as("admin").queryParams(period).queryParam("unitId", unit.id).get(REPORT)
                .then().statusCode(200).extract().jsonPath();
    }

    private JsonPath report2021(Unit unit) {
        return report(unit, Map.of("year", 2021));
    }

    private static Number figure(JsonPath report, String key) {
        return report.get("sections.figures.flatten().find { it.key == '" + key + "' }.value");
    }

    private static long count(JsonPath report, String key) {
        return figure(report, key).longValue();
    }

    private static List<String> reasons(JsonPath report, Unit unit) {
        List<String> codes = report.getList("lagging.find { it.unit.id == " + unit.id + " }.reasons.code");
        return codes == null ? List.of() : codes;
    }

    private static long received(Unit unit, String right, String receivedAt) {
        Map<String, Object> body = staffBody(unit.id, "Phản ánh " + marker());
        body.put("right", right);
        body.put("receivedAt", receivedAt);
        return record("admin", body);
    }

    private static void answer(long id) {
        operate("admin", id, "start").statusCode(200);
        operate("admin", id, "answer", Map.of("answer", "Đã trả lời: đường thôn đã được công khai dự toán.")).statusCode(200);
    }

    private static void rate(long id, int score) {
        String code = as("admin").get("/api/v1/feedback/" + id).then().statusCode(200).extract().path("trackingCode");
        PublicClient.fresh().request().body(Map.of("score", score)).post("/api/v1/public/feedback/" + code + "/rating")
                .then().statusCode(200);
    }

    @Test
    void eachFigureMovesWhenFeedbackIsReceivedAnsweredRejectedAndRated() {
        JsonPath before = report2021(district);
        assertEquals(0, count(before, "feedback.received"));
        assertEquals(0, count(before, "feedback.overdue"));
        assertNull(figure(before, "feedback.averageRating"));
        assertTrue(before.getString("sections.find { it.key == 'feedback' }.figures.find { it.key == 'feedback.overdue' }"
                + ".definition").contains("deadline"));

        long know = received(commune, "KNOW", "2021-03-01T02:00:00Z");
        long supervise = received(district, "SUPERVISE", "2021-06-01T02:00:00Z");
        long rejected = received(district, "SUPERVISE", "2021-07-01T02:00:00Z");
        // 03:00 on 1 January 2021 in Vietnam: the province's year, though still 2020 in UTC.
        received(commune, "BENEFIT", "2020-12-31T20:00:00Z");
        received(commune, "BENEFIT", "2020-12-31T16:00:00Z"); // 23:00 on 31 December in Vietnam: 2020
        operate("admin", rejected, "reject", Map.of("reason", "DUPLICATE")).statusCode(200);

        JsonPath received = report2021(district);
        assertEquals(4, count(received, "feedback.received"));
        assertEquals(1, count(received, "feedback.received.KNOW"));
        assertEquals(2, count(received, "feedback.received.SUPERVISE"));
        assertEquals(1, count(received, "feedback.received.BENEFIT"));
        assertEquals(0, count(received, "feedback.received.DISCUSS"));
        assertEquals(0, count(received, "feedback.answered"));
        assertEquals(3, count(received, "feedback.overdue"), "unanswered past the deadline, the rejected one aside");
        assertEquals(1, count(received, "feedback.overdue.SUPERVISE"));
        assertTrue(reasons(received, commune).contains("feedback.overdue"));
        assertTrue(reasons(received, district).contains("feedback.overdue"));

        answer(know);
        JsonPath answered = report2021(district);
        assertEquals(1, count(answered, "feedback.answered"));
        assertEquals(1, count(answered, "feedback.answered.KNOW"));
        assertEquals(1, count(answered, "feedback.answeredOnTime"), "in time from its (late) acknowledgement");
        assertEquals(3, count(answered, "feedback.overdue"), "acknowledged years late: still overdue");
        assertEquals(1, count(answered, "feedback.overdue.KNOW"));

        rate(know, 4);
        answer(supervise);
        rate(supervise, 1);
        JsonPath rated = report2021(district);
        assertEquals(2.5, figure(rated, "feedback.averageRating").doubleValue(), 1e-9);
        assertEquals(4.0, figure(rated, "feedback.averageRating.KNOW").doubleValue(), 1e-9);
        assertEquals(1.0, figure(rated, "feedback.averageRating.SUPERVISE").doubleValue(), 1e-9);
        assertNull(figure(rated, "feedback.averageRating.BENEFIT"));
        assertEquals(2, count(rated, "feedback.answered"));

        JsonPath communeOnly = report2021(commune);
        assertEquals(2, count(communeOnly, "feedback.received"));
        assertEquals(4.0, figure(communeOnly, "feedback.averageRating").doubleValue(), 1e-9);
    }

    @Test
    void feedbackAnsweredBeforeItsDeadlineIsOnTimeAndNotOverdue() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        Map<String, Object> running = Map.of("from", today.minusDays(10).toString(), "to", today.plusDays(40).toString());
        long id = record("admin", staffBody(commune.id, "Phản ánh " + marker()));

        JsonPath open = report(district, running);
        assertEquals(1, count(open, "feedback.received"));
        assertEquals(1, count(open, "feedback.received.SUPERVISE"));
        assertEquals(0, count(open, "feedback.overdue"), "its deadline is still ahead");
        assertFalse(reasons(open, commune).contains("feedback.overdue"));

        answer(id);
        JsonPath answered = report(district, running);
        assertEquals(1, count(answered, "feedback.answered"));
        assertEquals(1, count(answered, "feedback.answeredOnTime"));
        assertEquals(1, count(answered, "feedback.answeredOnTime.SUPERVISE"));
        assertEquals(0, count(answered, "feedback.overdue"));
    }

    @Test
    void aUnitAnsweringLessThanHalfOfItsFeedbackLagsAndTheChildrenAddUp() {
        List<Long> ids = List.of(received(commune, "DO", "2021-02-01T02:00:00Z"),
                received(commune, "DO", "2021-02-02T02:00:00Z"), received(commune, "DISCUSS", "2021-02-03T02:00:00Z"));
        received(district, "KNOW", "2021-04-01T02:00:00Z");
        JsonPath report = report2021(district);
        assertTrue(reasons(report, commune).containsAll(List.of("feedback.overdue", "feedback.lowAnswerRate")),
                "none of three answered: " + reasons(report, commune));
        assertFalse(reasons(report, district).contains("feedback.lowAnswerRate"), "one due is too few to judge");
        assertEquals(3, report.getInt("breakdown.find { it.unit.id == " + commune.id + " }.figures.'feedback.received'"));
        assertEquals(1, report.getInt("breakdown.find { it.own }.figures.'feedback.received'"));

        answer(ids.get(0));
        answer(ids.get(1));
        JsonPath better = report2021(district);
        assertFalse(reasons(better, commune).contains("feedback.lowAnswerRate"), "two of three answered");
        assertTrue(reasons(better, commune).contains("feedback.overdue"), "acknowledged late");

        for (Unit unit : List.of(district, units.province())) {
            JsonPath whole = report2021(unit);
            List<Map<String, Object>> figures = whole.getList("sections.find { it.key == 'feedback' }.figures");
            List<Map<String, Object>> rows = whole.getList("breakdown");
            assertEquals(35, figures.size(), "five figures, in all and for each of the six rights");
            for (Map<String, Object> figure : figures) {
                String key = (String) figure.get("key");
                if (!(Boolean) figure.get("additive")) {
                    assertTrue(key.startsWith("feedback.averageRating"), key);
                    continue;
                }
                long sum = rows.stream().mapToLong(r -> ((Number) ((Map<?, ?>) r.get("figures")).get(key)).longValue()).sum();
                assertEquals(((Number) figure.get("value")).longValue(), sum, key + " of " + unit.code);
            }
        }
    }

    @Test
    void anOfficerSeesTheFiguresOfTheirOwnAreaOnly() {
        received(commune, "KNOW", "2021-03-01T02:00:00Z");
        as("officer.halong").queryParam("year", 2021).queryParam("unitId", district.id).get(REPORT)
                .then().statusCode(404);
    }
}

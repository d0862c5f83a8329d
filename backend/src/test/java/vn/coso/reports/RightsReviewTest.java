package vn.coso.reports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.testing.Api.as;

/**
 * The review's section by right: each of the six rights' figure moves when a record realising it
 * is added, and only then. Records are dated in 2018, in a commune of their own.
 */
@QuarkusTest
class RightsReviewTest {

    @Inject
    TestUnits units;

    Unit commune;
    Unit village;

    @BeforeEach
    void tree() {
        commune = units.create("Xã Sáu Quyền", UnitType.COMMUNE, units.haLong());
        village = units.create("Thôn Sáu Quyền", UnitType.VILLAGE, commune);
    }

    private long right(String right) {
        JsonPath report = as("admin").queryParam("year", 2018).queryParam("unitId", commune.id)
                .get("/api/v1/reports/annual").then().statusCode(200).extract().jsonPath();
        return ((Number) report.get("sections.find { it.key == 'rights' }.figures.find { it.key == 'rights.records."
                + right + "' }.value")).longValue();
    }

    private void disclose(String category) {
        as("admin").body(Map.of("unitId", commune.id, "category", category, "title", "Công khai " + category,
                "forms", List.of("NOTICE_BOARD"), "postedOn", "2018-02-01")).post("/api/v1/disclosures").then().statusCode(201);
    }

    private void villageMeeting(int represented, int votesFor, String contribution, String completedOn) {
        Map<String, Object> item = new HashMap<>(Map.of("title", "Làm đường liên thôn", "decidedBy", "HOUSEHOLD_SIGNATURES",
                "votesFor", votesFor, "votesAgainst", 0, "votesAbstain", 0, "contribution", contribution));
        item.put("completedOn", completedOn);
        as("admin").body(Map.of("unitId", village.id, "kind", "VILLAGE_MEETING", "date", "2018-03-01",
                "title", "Hội nghị thôn", "participants", represented, "householdsTotal", 100,
                "householdsRepresented", represented, "items", List.of(item))).post("/api/v1/conferences").then().statusCode(201);
    }

    private int board(String kind, Unit unit) {
        return as("admin").body(Map.of("unitId", unit.id, "kind", kind, "name", "Ban " + kind, "termFrom", "2018-01-01"))
                .post("/api/v1/boards").then().statusCode(201).extract().path("id");
    }

    private void work(int board, String kind) {
        as("admin").body(Map.of("kind", kind, "subject", "Giám sát việc chi trả chế độ", "startedOn", "2018-04-01"))
                .post("/api/v1/boards/" + board + "/activities").then().statusCode(201);
    }

    @Test
    void peopleKnowWhatIsDisclosed() {
        assertEquals(0, right("KNOW"));
        disclose("BUDGET_ESTIMATE");
        assertEquals(1, right("KNOW"));
    }

    @Test
    void peopleDiscussAtMeetingsDialoguesAndConsultations() {
        assertEquals(0, right("DISCUSS"));
        as("admin").body(Map.of("unitId", commune.id, "kind", "LEADERS_DIALOGUE", "date", "2018-05-01",
                "title", "Đối thoại với Nhân dân", "participants", 80)).post("/api/v1/conferences").then().statusCode(201);
        assertEquals(1, right("DISCUSS"));
        villageMeeting(40, 10, "NONE", null);
        assertEquals(2, right("DISCUSS"));
    }

    @Test
    void peopleDoWhatTheyDecidedToContributeTo() {
        villageMeeting(50, 50, "WORK", null);
        assertEquals(0, right("DO"), "half of the households is not a valid meeting");
        villageMeeting(70, 51, "WORK", null);
        assertEquals(1, right("DO"));
        villageMeeting(70, 51, "NONE", null);
        assertEquals(1, right("DO"), "a decision without contribution is discussed, not done");
    }

    @Test
    void peopleInspectThroughTheirInspectionBoard() {
        int board = board("PEOPLES_INSPECTION", commune);
        assertEquals(0, right("INSPECT"));
        work(board, "INSPECTION");
        assertEquals(1, right("INSPECT"));
        work(board, "SUPERVISION");
        assertEquals(1, right("INSPECT"));
    }

    @Test
    void peopleSuperviseThroughTheBoardsAndTheFront() {
        int board = board("PEOPLES_INSPECTION", commune);
        int front = board("FATHERLAND_FRONT", commune);
        assertEquals(0, right("SUPERVISE"));
        work(board, "SUPERVISION");
        assertEquals(1, right("SUPERVISE"));
        work(front, "SOCIAL_CRITIQUE");
        assertEquals(2, right("SUPERVISE"));
    }

    @Test
    void peopleBenefitFromWorksCompletedAndPoliciesDisclosed() {
        assertEquals(0, right("BENEFIT"));
        villageMeeting(70, 60, "MONEY", "2018-11-20");
        assertEquals(1, right("BENEFIT"));
        disclose("BENEFICIARY_POLICY");
        assertEquals(2, right("BENEFIT"));
        disclose("RECRUITMENT");
        assertEquals(2, right("BENEFIT"));
    }
}

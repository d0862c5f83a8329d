package vn.coso.reports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.party.PartyMember;
import vn.coso.party.PartyOrganization;
import vn.coso.testing.TestParty;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.party.PartyOrganizationForm.CELL;
import static vn.coso.party.PartyOrganizationForm.COMMITTEE;
import static vn.coso.party.PartyOrganizationLevel.DIRECTLY_SUBORDINATE;
import static vn.coso.party.PartyOrganizationLevel.GRASSROOTS;
import static vn.coso.party.PartyOrganizationLevel.PROVINCIAL;
import static vn.coso.party.PartyOrganizationLevel.BELOW_GRASSROOTS;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

/**
 * The annual review over a district of its own (a fresh unit under the province), so that every
 * figure counts only this test's records: 2022 is the period, 2021 the previous one.
 */
@QuarkusTest
class ReportResourceTest {

    static final String REPORT = "/api/v1/reports/annual";

    @Inject
    TestUnits units;

    @Inject
    TestParty party;

    Unit district;
    Unit commune;
    Unit agency;
    PartyOrganization districtCommittee;
    PartyOrganization communeCommittee;
    PartyMember member;

    @BeforeEach
    void area() {
        district = units.create("Huyện Đồng Tâm (báo cáo)", UnitType.DISTRICT, units.province());
        commune = units.create("Xã Đồng Tâm", UnitType.COMMUNE, district);
        agency = units.create("Trường tiểu học Đồng Tâm", UnitType.PUBLIC_SERVICE_UNIT, district);
        PartyOrganization provincial = party.organization("Đảng bộ tỉnh (báo cáo)", PROVINCIAL, COMMITTEE, units.province(), null);
        districtCommittee = party.organization("Đảng bộ huyện Đồng Tâm", DIRECTLY_SUBORDINATE, COMMITTEE, district, provincial);
        communeCommittee = party.organization("Đảng bộ xã Đồng Tâm", GRASSROOTS, COMMITTEE, commune, districtCommittee);
        PartyOrganization cell = party.organization("Chi bộ thôn Đông", BELOW_GRASSROOTS, CELL, commune, communeCommittee);
        member = party.member("Trần Thị Ánh", cell);
    }

    private JsonPath report(String user, Unit unit, String year) {
        return as(user).queryParam("year", year).queryParam("unitId", unit.id).get(REPORT)
                .then().statusCode(200).extract().jsonPath();
    }

    static Number figure(JsonPath report, String key) {
        return report.get("sections.figures.flatten().find { it.key == '" + key + "' }.value");
    }

    static Number previous(JsonPath report, String key) {
        return report.get("sections.figures.flatten().find { it.key == '" + key + "' }.previous");
    }

    private void training(Unit organizer, String date, int attendances) {
        as("admin").body(Map.of("organizerUnitId", organizer.id, "date", date, "topic", "Tập huấn quy chế dân chủ",
                "attendances", attendances)).post("/api/v1/trainings").then().statusCode(201);
    }

    private void inspected(String kind, Long organizationId, Long memberId, String start) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("kind", kind);
        plan.put("form", "THEMATIC");
        plan.put("subjectOrganizationId", organizationId);
        plan.put("subjectMemberId", memberId);
        plan.put("conductingOrganizationId", districtCommittee.id);
        plan.put("conductingBody", "INSPECTION_COMMISSION");
        plan.put("planYear", Integer.parseInt(start.substring(0, 4)));
        int id = as("inspector").body(plan).post("/api/v1/inspections").then().statusCode(201).extract().path("id");
        as("inspector").body(Map.of("actualStart", start, "version", 0))
                .post("/api/v1/inspections/" + id + "/start").then().statusCode(200);
    }

    @Test
    void eachFigureMovesWhenARecordIsAddedThroughTheApi() {
        JsonPath before = report("admin", district, "2022");
        assertEquals(0, figure(before, "trainings.classes").intValue());
        assertEquals(0, figure(before, "documents.issued").intValue());
        assertEquals(3, figure(before, "regulations.requiredUnits").intValue(), "the district, its commune and its school");
        assertEquals(0.0, figure(before, "regulations.share").doubleValue());
        assertEquals(1, figure(before, "conferences.unitsWithout").intValue());
        assertEquals("2021-01-01", before.getString("previousPeriod.from"));
        assertEquals("2021-12-31", before.getString("previousPeriod.to"));

        training(commune, "2022-05-10", 120);
        training(commune, "2021-05-10", 40);
        as("admin").body(Map.of("issuerUnitId", district.id, "kind", "PLAN", "number", "12-KH/HU",
                "issueDate", "2022-02-01", "title", "Kế hoạch thực hiện dân chủ ở cơ sở")).post("/api/v1/documents")
                .then().statusCode(201);
        inspected("INSPECTION", communeCommittee.id, null, "2022-03-02");
        inspected("INSPECTION", communeCommittee.id, null, "2022-09-02");
        inspected("INSPECTION", null, member.id, "2022-03-02");
        inspected("SUPERVISION", communeCommittee.id, null, "2022-04-02");
        inspected("SUPERVISION", null, member.id, "2021-04-02");
        as("admin").body(Map.of("unitId", commune.id, "title", "Quy chế dân chủ xã Đồng Tâm", "status", "ISSUED",
                "number", "01/QĐ-UBND", "issueDate", "2022-01-15")).post("/api/v1/regulations").then().statusCode(201);
        as("admin").body(Map.of("unitId", agency.id, "kind", "STAFF_CONFERENCE", "date", "2022-01-20",
                "title", "Hội nghị viên chức năm 2022", "participants", 31)).post("/api/v1/conferences").then().statusCode(201);

        JsonPath after = report("admin", district, "2022");
        assertEquals(1, figure(after, "trainings.classes").intValue());
        assertEquals(120, figure(after, "trainings.attendances").intValue());
        assertEquals(1, previous(after, "trainings.classes").intValue());
        assertEquals(40, previous(after, "trainings.attendances").intValue());
        assertEquals(1, figure(after, "documents.issued").intValue());
        assertEquals(1, figure(after, "inspections.organizationsInspected").intValue(), "inspected twice, counted once");
        assertEquals(1, figure(after, "inspections.membersInspected").intValue());
        assertEquals(1, figure(after, "inspections.organizationsSupervised").intValue());
        assertEquals(0, figure(after, "inspections.membersSupervised").intValue());
        assertEquals(1, previous(after, "inspections.membersSupervised").intValue());
        assertEquals(1, figure(after, "regulations.unitsWithRegulation").intValue());
        assertEquals(1.0 / 3, figure(after, "regulations.share").doubleValue(), 1e-6);
        assertEquals(0.0, previous(after, "regulations.share").doubleValue(), "issued in 2022: not in force at the end of 2021");
        assertEquals(1, figure(after, "conferences.held").intValue());
        assertEquals(0, figure(after, "conferences.unitsWithout").intValue());
        assertTrue(after.getString("sections.figures.flatten().find { it.key == 'inspections.organizationsInspected' }.definition")
                .contains("counts once"));
    }

    @Test
    void trainingsAndDocumentsOfAPartyOrganisationCountInItsUnitsArea() {
        as("admin").body(Map.of("organizerPartyOrganizationId", communeCommittee.id, "date", "2022-06-01",
                "topic", "Học tập quy chế dân chủ cho đảng viên", "attendances", 55)).post("/api/v1/trainings")
                .then().statusCode(201);
        as("admin").body(Map.of("issuerPartyOrganizationId", districtCommittee.id, "kind", "RESOLUTION",
                "number", "07-NQ/HU", "issueDate", "2022-03-01", "title", "Nghị quyết về dân chủ ở cơ sở"))
                .post("/api/v1/documents").then().statusCode(201);

        JsonPath report = report("admin", district, "2022");
        assertEquals(1, figure(report, "trainings.classes").intValue());
        assertEquals(55, figure(report, "trainings.attendances").intValue());
        assertEquals(1, figure(report, "documents.issued").intValue());
        assertEquals(55, report.getInt("breakdown.find { it.unit.id == " + commune.id + " }.figures.'trainings.attendances'"));
        assertEquals(1, report.getInt("breakdown.find { it.own }.figures.'documents.issued'"));
        assertEquals(List.of("regulation.missing"),
                report.getList("lagging.find { it.unit.id == " + district.id + " }.reasons.code"),
                "the commune committee's training is a training held in the district");
    }

    @Test
    void breakdownChildrenAndOwnRecordsAddUpToTheParent() {
        training(commune, "2022-05-10", 120);
        training(agency, "2022-06-10", 30);
        training(district, "2022-07-10", 50);
        as("admin").body(Map.of("issuerUnitId", district.id, "kind", "PLAN", "number", "13-KH/HU",
                "issueDate", "2022-02-01", "title", "Kế hoạch")).post("/api/v1/documents").then().statusCode(201);
        inspected("INSPECTION", communeCommittee.id, null, "2022-03-02");
        inspected("INSPECTION", districtCommittee.id, null, "2022-03-02");

        for (Unit unit : List.of(district, units.province())) {
            JsonPath report = report("admin", unit, "2022");
            List<Map<String, Object>> figures = report.getList("sections.figures.flatten()");
            List<Map<String, Object>> rows = report.getList("breakdown");
            for (Map<String, Object> figure : figures) {
                if (!(Boolean) figure.get("additive")) {
                    continue;
                }
                String key = (String) figure.get("key");
                long sum = rows.stream().mapToLong(r -> ((Number) ((Map<?, ?>) r.get("figures")).get(key)).longValue()).sum();
                assertEquals(((Number) figure.get("value")).longValue(), sum, key + " of " + unit.code);
            }
        }
        // The review takes a wholly additive section's figures as the sum of its breakdown; the public figures
        // count the province's records without a breakdown: the two must agree.
        JsonPath province = report("admin", units.province(), "2022");
        JsonPath counted = anonymous().queryParam("year", 2022).queryParam("provinceId", units.province().id)
                .get("/api/v1/public/figures").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> publicFigures = counted.getList("sections.figures.flatten()");
        assertTrue(publicFigures.stream().anyMatch(f -> ((Number) f.get("value")).longValue() > 0), "something was counted");
        // Trainings' figures all add up, so the review sums them: this test's 200 attendances must reach both.
        assertTrue(counted.getLong("sections.figures.flatten().find { it.key == 'trainings.attendances' }.value") >= 200,
                "a summed section is compared");
        for (Map<String, Object> figure : publicFigures) {
            if ((Boolean) figure.get("additive")) {
                assertEquals(((Number) figure.get("value")).longValue(),
                        province.getLong("sections.figures.flatten().find { it.key == '" + figure.get("key") + "' }.value"),
                        figure.get("key") + ": counted and summed");
            }
        }
        JsonPath report = report("admin", district, "2022");
        assertEquals(1, report.getInt("breakdown.find { it.own }.figures.'trainings.classes'"));
        assertEquals(120, report.getInt("breakdown.find { it.unit.id == " + commune.id + " }.figures.'trainings.attendances'"));
        assertEquals(3, report.getInt("breakdown.size()"));
    }

    @Test
    void laggingUnitsAreNamedWithTheirReasonsMostLaggingFirst() {
        JsonPath report = report("admin", district, "2022");
        assertEquals(List.of("regulation.missing", "conference.none"),
                report.getList("lagging.find { it.unit.id == " + agency.id + " }.reasons.code"));
        assertEquals(5, report.getInt("lagging.find { it.unit.id == " + agency.id + " }.score"));
        assertEquals(List.of("regulation.missing", "disclosure.missing"),
                report.getList("lagging.find { it.unit.id == " + commune.id + " }.reasons.code"),
                "a commune that disclosed none of its required categories lags for it too");
        assertEquals(List.of("regulation.missing", "training.none"),
                report.getList("lagging.find { it.unit.id == " + district.id + " }.reasons.code"));
        List<Integer> scores = report.getList("lagging.score");
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1) >= scores.get(i), "sorted by score: " + scores);
        }

        training(commune, "2022-05-10", 10);
        as("admin").body(Map.of("unitId", agency.id, "title", "Quy chế dân chủ của trường", "status", "ISSUED",
                "number", "05/QĐ", "issueDate", "2022-01-15")).post("/api/v1/regulations").then().statusCode(201);
        JsonPath later = report("admin", district, "2022");
        assertEquals(List.of("conference.none"), later.getList("lagging.find { it.unit.id == " + agency.id + " }.reasons.code"));
        assertEquals(List.of("regulation.missing"), later.getList("lagging.find { it.unit.id == " + district.id + " }.reasons.code"));
        assertNull(later.get("lagging.find { it.unit.id == " + commune.id + " }.reasons.find { it.code == 'training.none' }"));
    }

    @Test
    void theLaggingListIsCutAtTheLimitAndCountsEveryLaggingUnit() {
        JsonPath all = report("admin", district, "2022");
        int total = all.getInt("laggingTotal");
        assertEquals(all.getList("lagging").size(), total, "fewer than 100 lag here: the default names them all");
        assertTrue(total >= 3, "the district, its commune and its agency lag: " + total);

        JsonPath first = as("admin").queryParam("year", "2022").queryParam("unitId", district.id).queryParam("laggingLimit", 2)
                .get(REPORT).then().statusCode(200).extract().jsonPath();
        assertEquals(total, first.getInt("laggingTotal"));
        assertEquals(all.getList("lagging.unit.id").subList(0, 2), first.getList("lagging.unit.id"));
        String csv = as("admin").queryParam("year", "2022").queryParam("unitId", district.id).queryParam("laggingLimit", 1)
                .queryParam("format", "csv").get(REPORT).then().statusCode(200).extract().asString();
        assertTrue(csv.contains("The list names the 1 most lagging of " + total + " units."),
                "a cut export says so in its last row (in the caller's language): " + csv);

        for (String wrong : List.of("0", "1001", "mười", "2.5")) {
            as("admin").queryParam("year", "2022").queryParam("unitId", district.id).queryParam("laggingLimit", wrong)
                    .get(REPORT).then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", is("laggingLimit"));
        }
    }

    @Test
    void officerSeesTheirOwnUnitByDefaultAndNothingOutsideIt() {
        Unit haLong = units.haLong();
        as("officer.halong").queryParam("year", 2022).get(REPORT).then().statusCode(200)
                .body("unit.code", is("193"))
                .body("breakdown.unit.id", not(hasItem(district.id.intValue())));
        as("officer.halong").queryParam("year", 2022).queryParam("unitId", district.id).get(REPORT)
                .then().statusCode(404).contentType("application/problem+json");
        as("officer.halong").queryParam("year", 2022).queryParam("unitId", units.mongCai().id).get(REPORT)
                .then().statusCode(404);
        as("officer.bachdang").queryParam("year", 2022).queryParam("unitId", haLong.id).get(REPORT)
                .then().statusCode(404);
        as("viewer").queryParam("year", 2022).queryParam("unitId", district.id).get(REPORT).then().statusCode(200);
        anonymous().queryParam("year", 2022).get(REPORT).then().statusCode(401);
        asIntegration().queryParam("year", 2022).get(REPORT).then().statusCode(403);
    }

    @Test
    void badParametersAnswer400NamingThem() {
        as("admin").get(REPORT).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("year"));
        as("admin").queryParam("year", "hai nghìn").get(REPORT).then().statusCode(400).body("errors[0].field", is("year"));
        as("admin").queryParam("year", "0").get(REPORT).then().statusCode(400);
        as("admin").queryParam("from", "2022-01-01").get(REPORT).then().statusCode(400);
        as("admin").queryParam("from", "2022-06-01").queryParam("to", "2022-01-01").get(REPORT).then().statusCode(400);
        as("admin").queryParam("from", "1990-01-01").queryParam("to", "2022-01-01").get(REPORT).then().statusCode(400)
                .body("errors[0].field", is("to"));
        as("admin").queryParam("year", 2022).queryParam("unitId", "x1").get(REPORT).then().statusCode(400)
                .body("errors[0].field", is("unitId"));
        as("admin").queryParam("year", 2022).queryParam("unitId", Long.MAX_VALUE).get(REPORT).then().statusCode(404);
        as("admin").queryParam("year", 2022).queryParam("format", "docx").get(REPORT).then().statusCode(400)
                .body("errors[0].field", is("format"));
    }

    @Test
    void aHalfYearStandsBesideTheHalfBefore() {
        training(commune, "2022-03-10", 20);
        training(commune, "2021-09-10", 7);
        JsonPath half = as("admin").queryParam("from", "2022-01-01").queryParam("to", "2022-06-30")
                .queryParam("unitId", district.id).get(REPORT).then().statusCode(200).extract().jsonPath();
        assertEquals("2021-07-01", half.getString("previousPeriod.from"));
        assertEquals("2021-12-31", half.getString("previousPeriod.to"));
        assertEquals(20, figure(half, "trainings.attendances").intValue());
        assertEquals(7, previous(half, "trainings.attendances").intValue());
    }

    @Test
    void publicFiguresNeedNoSignInAndHoldOnlyCounts() {
        var figures = anonymous().queryParam("year", 2022).get("/api/v1/public/figures")
                .then().statusCode(200)
                .header("Cache-Control", containsString("public"))
                .body("unit.type", is("PROVINCE"))
                .body("breakdown", nullValue())
                .body("lagging", nullValue())
                .extract().jsonPath();
        JsonPath province = report("admin", units.province(), "2022");
        assertEquals(figure(province, "trainings.attendances").longValue(), figure(figures, "trainings.attendances").longValue());
        anonymous().get("/api/v1/public/figures").then().statusCode(400).body("errors[0].field", is("year"));

        // A country holds several provinces: each has its own public figures; a unit that is not a province has none.
        Unit bacNinh = units.create("Tỉnh Bắc Ninh", UnitType.PROVINCE, null);
        training(units.create("Phường Kinh Bắc", UnitType.COMMUNE, bacNinh), "2022-04-02", 35);
        var other = anonymous().queryParam("year", 2022).queryParam("provinceId", bacNinh.id).get("/api/v1/public/figures")
                .then().statusCode(200).body("unit.id", is(bacNinh.id.intValue())).extract().jsonPath();
        assertEquals(35, figure(other, "trainings.attendances").intValue());
        assertEquals(units.province().id.intValue(), anonymous().queryParam("year", 2022)
                .queryParam("provinceId", units.province().id).get("/api/v1/public/figures").then().statusCode(200)
                .extract().jsonPath().getInt("unit.id"));
        anonymous().queryParam("year", 2022).queryParam("provinceId", district.id).get("/api/v1/public/figures")
                .then().statusCode(404).contentType("application/problem+json");
        anonymous().queryParam("year", 2022).queryParam("provinceId", "Bắc Ninh").get("/api/v1/public/figures")
                .then().statusCode(400).body("errors[0].field", is("provinceId"));
        anonymous().queryParam("year", "x").get("/api/v1/public/figures").then().statusCode(400);
    }
}

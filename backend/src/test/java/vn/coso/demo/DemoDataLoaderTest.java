package vn.coso.demo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.coso.conferences.ConferenceDemoRecords;
import vn.coso.feedback.FeedbackDemoRecords;
import vn.coso.trainings.TrainingDemoRecords;
import vn.coso.units.DemoUnits;
import vn.coso.units.UnitRepository;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

/** The one smoke test of the full demo data set. */
@QuarkusTest
class DemoDataLoaderTest {

    @Inject
    DemoDataLoader loader;

    @Inject
    UnitRepository units;

    @Inject
    vn.coso.testing.TestUnits testUnits;

    @Test
    void loadsQuangNinh2024OnceAndOnlyOnce() throws Exception {
        loader.load();
        long afterFirst = units.count();
        int addedAgain = loader.load();

        assertEquals(0, addedAgain, "a second load must add nothing");
        assertEquals(afterFirst, units.count());
        int expected = DemoUnits.all().size();
        assertTrue(afterFirst >= expected, "every demo unit is in the database");
        java.util.Map<String, String> parentOf = new java.util.HashMap<>();
        for (Object[] row : testUnits.codesAndPaths()) {
            parentOf.put((String) row[0], (String) row[1]);
            if (row[3] != null) {
                assertTrue(((String) row[2]).startsWith((String) row[3]), "path of " + row[0] + " under its parent's");
            }
        }
        for (DemoUnits.Row row : DemoUnits.all()) {
            assertEquals(row.parentCode(), parentOf.get(row.code()), "parent of " + row.code());
        }

        // 1 province + 13 districts + 177 communes from the GSO list, as SOURCES.md counts them
        as("admin").queryParam("type", "DISTRICT").queryParam("q", "").queryParam("size", 200).get("/api/v1/units")
                .then().statusCode(200).body("items.code", hasItem("207"));
        as("admin").queryParam("q", "Bạch Đằng").queryParam("type", "COMMUNE").get("/api/v1/units")
                .then().statusCode(200).body("items.code", hasItem("06694"));
        long communes = DemoUnits.read("demo/quang-ninh-units-2024.csv").stream()
                .filter(r -> r.type().equals("COMMUNE")).count();
        assertEquals(177, communes);
        as("officer.bachdang").queryParam("parentId", units.findByCode("06694").orElseThrow().id)
                .queryParam("type", "VILLAGE").queryParam("size", 200).get("/api/v1/units")
                .then().statusCode(200)
                .body("items.code", hasItems("06694-TDP1", "06694-TDP2", "06694-TDP3", "06694-TDP4", "06694-TDP5"));
    }

    @Test
    void partyAndRegulationRegistersAreRecords() throws Exception {
        loader.load();
        long provincial = as("admin").queryParam("q", "DB22").queryParam("level", "PROVINCIAL")
                .get("/api/v1/party-organizations").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == 'DB22' }.id");
        var tree = as("admin").get("/api/v1/party-organizations/" + provincial + "/tree")
                .then().statusCode(200).extract().jsonPath().<String, Object>getMap("$");
        long organisations = countNodes(tree);
        assertTrue(organisations >= 1_700, "at least 1,700 party organisations, found " + organisations);
        long members = as("inspector").queryParam("organizationId", provincial).queryParam("size", 1)
                .get("/api/v1/party-members").then().statusCode(200).extract().jsonPath().getLong("total");
        assertTrue(members >= 7_200, "at least 7,200 party members, found " + members);
        long cell = as("admin").queryParam("q", "DB06694-C1").get("/api/v1/party-organizations")
                .then().statusCode(200)
                .body("items.find { it.code == 'DB06694-C1' }.unit.code", is("06694"))
                .body("items.find { it.code == 'DB06694-C1' }.secretaryName", org.hamcrest.Matchers.notNullValue())
                .extract().jsonPath().getLong("items.find { it.code == 'DB06694-C1' }.id");
        int inCell = as("inspector").queryParam("organizationId", cell).get("/api/v1/party-members")
                .then().statusCode(200).extract().path("total");
        assertTrue(inCell >= 3 && inCell <= 7, "a cell has 3 to 7 members, found " + inCell);

        // Huyện Bình Liêu is demo data only: every unit there that must have a regulation has one in force.
        long binhLieu = units.findByCode("198").orElseThrow().id;
        var coverage = as("viewer").queryParam("unitId", binhLieu).get("/api/v1/regulations/coverage")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(1.0, coverage.getDouble("share"));
        long required = coverage.getLong("requiredUnits");
        assertEquals(required, coverage.getLong("unitsWithRegulation"));
        as("viewer").queryParam("unitId", binhLieu).queryParam("status", "ISSUED").get("/api/v1/regulations")
                .then().statusCode(200).body("total", is((int) required));
        as("viewer").queryParam("unitId", binhLieu).queryParam("kind", "CONVENTION").queryParam("size", 200)
                .get("/api/v1/regulations").then().statusCode(200)
                .body("items.unit.code", hasItems("06841-T1", "06841-T2", "06841-T3"));
    }

    @Test
    void theSeedsInspectionFiguresComeFromRecords() throws Exception {
        loader.load();
        long province = units.findByCode("22").orElseThrow().id;
        as("viewer").queryParam("year", 2024).queryParam("unitId", province).get("/api/v1/inspections/summary")
                .then().statusCode(200)
                .body("organizationsInspected", is(1688))
                .body("membersInspected", is(7113))
                .body("organizationsSupervised", is(1524))
                .body("membersSupervised", is(5955));

        // One more concluded inspection of an organisation not yet inspected in 2024 makes it 1,689.
        long provincial = as("admin").queryParam("q", "DB22").queryParam("level", "PROVINCIAL")
                .get("/api/v1/party-organizations").then().extract().jsonPath()
                .getLong("items.find { it.code == 'DB22' }.id");
        var plan = new java.util.HashMap<String, Object>();
        plan.put("kind", "INSPECTION");
        plan.put("form", "THEMATIC");
        plan.put("subjectOrganizationId", provincial);
        plan.put("conductingOrganizationId", provincial);
        plan.put("conductingBody", "INSPECTION_COMMISSION");
        plan.put("planYear", 2024);
        int id = as("inspector").body(plan).post("/api/v1/inspections").then().statusCode(201).extract().path("id");
        as("inspector").body(java.util.Map.of("actualStart", "2024-11-20", "version", 0))
                .post("/api/v1/inspections/" + id + "/start").then().statusCode(200);
        as("inspector").body(java.util.Map.of("violationFound", false, "findings", "Thực hiện tốt."))
                .put("/api/v1/inspections/" + id + "/conclusion").then().statusCode(200);
        as("inspector").body(java.util.Map.of("actualEnd", "2024-11-29", "version", 1))
                .post("/api/v1/inspections/" + id + "/conclude").then().statusCode(200);
        as("viewer").queryParam("year", 2024).queryParam("unitId", province).get("/api/v1/inspections/summary")
                .then().statusCode(200).body("organizationsInspected", is(1689));
        as("viewer").queryParam("year", 2024).queryParam("unitId", province).get("/api/v1/reports/annual")
                .then().statusCode(200).body(figure("inspections.organizationsInspected"), is(1689));
    }

    private static String figure(String key) {
        return "sections.figures.flatten().find { it.key == '" + key + "' }.value";
    }

    /** The seed's figures of 2024 through the annual report, and the same through the public figures. */
    @Test
    void theAnnualReportGivesTheSeedsFigures() throws Exception {
        loader.load();
        long province = units.findByCode("22").orElseThrow().id;
        var report = as("viewer").queryParam("year", 2024).queryParam("unitId", province).get("/api/v1/reports/annual")
                .then().statusCode(200)
                .body(figure("documents.issued"), is(28))
                .body(figure("trainings.classes"), is(72))
                .body(figure("trainings.attendances"), is(8_532))
                .body(figure("inspections.organizationsSupervised"), is(1_524))
                .body(figure("inspections.membersSupervised"), is(5_955))
                .body(figure("inspections.membersInspected"), is(7_113))
                .extract().jsonPath();
        // theSeedsInspectionFiguresComeFromRecords adds one inspected organisation, and may have run first.
        int inspected = report.getInt(figure("inspections.organizationsInspected"));
        assertTrue(inspected == 1_688 || inspected == 1_689, "1,688 organisations inspected, found " + inspected);

        // Every demo unit that must have a regulation has one in force at the end of 2024; only units
        // that other test classes made (outside the demo data) may lack one.
        java.util.Set<String> demoCodes = new java.util.HashSet<>();
        DemoUnits.all().forEach(row -> demoCodes.add(row.code()));
        List<String> missing = report.getList("lagging.findAll { it.reasons.code.contains('regulation.missing') }.unit.code");
        assertEquals(List.of(), missing.stream().filter(demoCodes::contains).toList(), "demo units without a regulation");
        assertEquals(missing.size(), report.getInt(figure("regulations.requiredUnits"))
                - report.getInt(figure("regulations.unitsWithRegulation")));
        long binhLieu = units.findByCode("198").orElseThrow().id;
        assertEquals(1.0f, report.getFloat("breakdown.find { it.unit.id == " + binhLieu + " }.figures.'regulations.share'"));
        if (missing.isEmpty()) {
            assertEquals(1.0f, report.getFloat(figure("regulations.share")));
        }

        // The consultations' section: the same figures as GET /consultations/figures, and the residential
        // group whose closed consultation still has a comment without an answer lags for it.
        var consultations = as("viewer").queryParam("year", 2024).queryParam("unitId", province)
                .get("/api/v1/consultations/figures").then().statusCode(200).extract().jsonPath();
        assertEquals(consultations.getInt("held"), report.getInt(figure("consultations.held")));
        assertEquals(consultations.getInt("comments.total"), report.getInt(figure("consultations.comments")));
        assertEquals(consultations.getInt("comments.accepted"), report.getInt(figure("consultations.accepted")));
        assertEquals(consultations.getInt("comments.unanswered"), report.getInt(figure("consultations.unanswered")));
        assertTrue(report.getInt(figure("consultations.held")) >= 4, "the four demo consultations of 2024");
        assertTrue(report.getList("lagging.find { it.unit.code == '06694-TDP1' }.reasons.code").contains("consultation.unanswered"));

        asIntegration().queryParam("year", 2024).get("/api/v1/public/figures").then().statusCode(200)
                .body("unit.code", is("22"))
                .body(figure("documents.issued"), is(28))
                .body(figure("trainings.attendances"), is(8_532))
                .body(figure("inspections.membersInspected"), is(7_113));
    }

    /**
     * The seed's 2024 figures, found through the API's list filters as individual records. The
     * resource tests keep their own records out of 2024 so that these totals are the demo's.
     */
    @Test
    void registersHoldThe2024FiguresOfTheReview() throws Exception {
        loader.load();
        loader.load();
        long province = units.findByCode("22").orElseThrow().id;

        // BCH Đảng bộ tỉnh and Ban Thường vụ Tỉnh ủy issued 28 documents.
        as("admin").queryParam("from", "2024-01-01").queryParam("to", "2024-12-31").get("/api/v1/documents")
                .then().statusCode(200).body("total", is(28));
        as("viewer").queryParam("year", 2024).queryParam("unitId", province).get("/api/v1/documents")
                .then().statusCode(200).body("total", is(28));
        asIntegration().queryParam("year", 2024).queryParam("kind", "RESOLUTION").get("/api/v1/documents")
                .then().statusCode(200).body("items.issuingBody", everyItem(is("Ban Chấp hành Đảng bộ tỉnh")));

        // District-level party committees organised 72 classes for 8,532 attendances.
        as("admin").queryParam("year", 2024).get("/api/v1/trainings/summary")
                .then().statusCode(200).body("trainings", is(TrainingDemoRecords.TRAININGS))
                .body("attendances", is(TrainingDemoRecords.ATTENDANCES));
        List<Integer> attendances = as("admin").queryParam("from", "2024-01-01").queryParam("to", "2024-12-31")
                .queryParam("size", 200).get("/api/v1/trainings")
                .then().statusCode(200).body("total", is(72))
                .body("items.organizerUnit.type", everyItem(is("DISTRICT")))
                .extract().path("items.attendances");
        assertEquals(72, attendances.size());
        assertEquals(8_532, attendances.stream().mapToInt(Integer::intValue).sum());
        as("officer.halong").queryParam("year", 2024).get("/api/v1/trainings/summary")
                .then().statusCode(200).body("trainings", is(9));

        // Most agencies, public service units and enterprises held their conferences; a few lag.
        List<String> lagging = ConferenceDemoRecords.laggingCodes(DemoUnits.all());
        assertTrue(lagging.size() >= 2, "some demo units lag");
        for (DemoUnits.Row unit : DemoUnits.all()) {
            if (!List.of("AGENCY", "PUBLIC_SERVICE_UNIT", "ENTERPRISE").contains(unit.type())) {
                continue;
            }
            long id = units.findByCode(unit.code()).orElseThrow().id;
            boolean lags = lagging.contains(unit.code());
            as("admin").queryParam("year", 2024).queryParam("unitId", id).get("/api/v1/conferences/lagging-units")
                    .then().statusCode(200).body("items.code", lags ? hasItem(unit.code()) : not(hasItem(unit.code())));
            as("admin").queryParam("year", 2024).queryParam("unitId", id).get("/api/v1/conferences")
                    .then().statusCode(200).body("total", lags ? is(0) : greaterThan(0));
        }
        for (String kind : List.of("STAFF_CONFERENCE", "WORKERS_CONFERENCE", "WORKPLACE_DIALOGUE")) {
            as("admin").queryParam("year", 2024).queryParam("kind", kind).get("/api/v1/conferences")
                    .then().statusCode(200).body("total", greaterThan(0));
        }

        // A handful of model practices, replicated elsewhere.
        as("admin").queryParam("q", "Ngày thứ Bảy cùng dân").get("/api/v1/model-practices")
                .then().statusCode(200).body("total", is(1))
                .body("items[0].unit.code", is("06841"))
                .body("items[0].replicatedIn.code", hasItems("06844", "06847", "06856"));
        as("admin").queryParam("size", 200).get("/api/v1/model-practices")
                .then().statusCode(200).body("items.name", hasItem(containsString("Dân vận khéo")));
    }

    @Inject
    vn.coso.common.config.CosoConfig config;

    /** Feedback of 2024–2025 in every status, some overdue, some anonymous; the sender for admin only. */
    @Test
    void feedbackOf2024And2025InEveryStatusWithTheSenderForAdminOnly() throws Exception {
        loader.load();
        java.time.ZoneId zone = config.calendar().zone();
        List<FeedbackDemoRecords.Row> rows = FeedbackDemoRecords.rows(new vn.coso.calendar.WorkingTime(zone,
                List.of(vn.coso.calendar.WorkingTime.Period.parse("08:00-17:00")), java.util.Map.of()), config.feedback());
        long in2024 = rows.stream().filter(r -> r.receivedAt().atZone(zone).getYear() == 2024).count();
        assertTrue(in2024 > 200, "feedback across the demo units: " + in2024);
        as("admin").queryParam("year", 2024).get("/api/v1/feedback").then().statusCode(200).body("total", is((int) in2024));
        for (String status : List.of("RECEIVED", "ASSIGNED", "IN_PROGRESS", "ANSWERED", "CLOSED", "REJECTED")) {
            for (int year : List.of(2024, 2025)) {
                as("admin").queryParam("year", year).queryParam("status", status).get("/api/v1/feedback")
                        .then().statusCode(200).body("total", greaterThan(0));
            }
        }
        as("admin").queryParam("year", 2024).queryParam("overdue", true).queryParam("size", 200).get("/api/v1/feedback")
                .then().statusCode(200).body("total", greaterThan(0)).body("items.overdue", everyItem(is(true)))
                .body("items.status", everyItem(org.hamcrest.Matchers.oneOf("RECEIVED", "ASSIGNED", "IN_PROGRESS")));
        as("admin").queryParam("year", 2024).queryParam("status", "REJECTED").queryParam("size", 200)
                .get("/api/v1/feedback").then().body("items.rejectReason", hasItem("REFERRED"));
        as("admin").queryParam("year", 2024).queryParam("size", 200).get("/api/v1/feedback").then()
                .body("items.anonymous", hasItems(true, false))
                .body("items.findAll { it.anonymous }.sender", everyItem(org.hamcrest.Matchers.nullValue()))
                .body("items.findAll { !it.anonymous }.sender.name", everyItem(org.hamcrest.Matchers.notNullValue()))
                .body("items.channel", hasItems("WEB", "HOTLINE", "MEETING", "MAILBOX", "INTEGRATION"))
                .body("items.right", hasItems("KNOW", "DISCUSS", "DO", "INSPECT", "SUPERVISE", "BENEFIT"));
        as("officer.halong").queryParam("year", 2024).queryParam("size", 200).get("/api/v1/feedback").then()
                .statusCode(200).body("total", greaterThan(0))
                .body("items.anonymous", hasItem(false))
                .body("items.sender", everyItem(org.hamcrest.Matchers.nullValue()));
        // Each has a tracking page, whatever its status.
        FeedbackDemoRecords.Row sample = rows.get(0);
        io.restassured.RestAssured.given().get("/api/v1/public/feedback/" + sample.trackingCode())
                .then().statusCode(200).body("status", is(sample.status()));
    }

    @Inject
    jakarta.persistence.EntityManager entityManager;

    /** The feedback section of the 2024 review: each figure, in all and by right, as an SQL query over the records counts it. */
    @Test
    void theAnnualReportsFeedbackFiguresAreTheRecords() throws Exception {
        loader.load();
        java.time.ZoneId zone = config.calendar().zone();
        java.time.Instant start = java.time.LocalDate.of(2024, 1, 1).atStartOfDay(zone).toInstant();
        java.time.Instant end = java.time.LocalDate.of(2025, 1, 1).atStartOfDay(zone).toInstant();
        List<Object[]> rows = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT f.democracy_right, COUNT(*), SUM(f.answered_at IS NOT NULL),"
                        + " SUM(f.answered_at <= f.answer_due_at), SUM(f.status <> 'REJECTED' AND (f.acknowledged_at > f.acknowledge_due_at"
                        + " OR (f.acknowledged_at IS NULL AND f.acknowledge_due_at < ?2) OR f.answered_at > f.answer_due_at"
                        + " OR (f.answered_at IS NULL AND f.answer_due_at < ?2))), SUM(f.rating), COUNT(f.rating)"
                        + " FROM feedback f WHERE f.received_at >= ?1 AND f.received_at < ?2 GROUP BY f.democracy_right",
                        Object[].class)
                .setParameter(1, start).setParameter(2, end).getResultList());
        long province = units.findByCode("22").orElseThrow().id;
        var report = as("viewer").queryParam("year", 2024).queryParam("unitId", province).get("/api/v1/reports/annual")
                .then().statusCode(200).extract().jsonPath();
        long[] total = new long[6];
        for (Object[] row : rows) {
            String right = (String) row[0];
            long[] counts = new long[6];
            for (int i = 0; i < 6; i++) {
                counts[i] = row[i + 1] == null ? 0 : ((Number) row[i + 1]).longValue();
                total[i] += counts[i];
            }
            assertFeedbackFigures(report, "." + right, counts);
        }
        assertEquals(6, rows.size(), "demo feedback on every right");
        assertFeedbackFigures(report, "", total);
        assertTrue(total[1] > 0 && total[2] > 0 && total[3] > 0 && total[5] > 0,
                "the demo year has answered, on-time, overdue and rated feedback");
    }

    private static void assertFeedbackFigures(io.restassured.path.json.JsonPath report, String suffix, long[] counts) {
        assertEquals(counts[0], report.getLong(figure("feedback.received" + suffix)), "received" + suffix);
        assertEquals(counts[1], report.getLong(figure("feedback.answered" + suffix)), "answered" + suffix);
        assertEquals(counts[2], report.getLong(figure("feedback.answeredOnTime" + suffix)), "answeredOnTime" + suffix);
        assertEquals(counts[3], report.getLong(figure("feedback.overdue" + suffix)), "overdue" + suffix);
        Number average = report.get(figure("feedback.averageRating" + suffix));
        if (counts[5] == 0) {
            assertEquals(null, average, "averageRating" + suffix + " without ratings");
        } else {
            assertEquals((double) counts[4] / counts[5], average.doubleValue(), 1e-6, "averageRating" + suffix);
        }
    }

    @SuppressWarnings("unchecked")
    /** The 2024 consultations: comments answered, the result public, commenters known to admin only. */
    @Test
    void consultationsOf2024HaveCommentsAndAnswers() throws Exception {
        loader.load();
        var closed = vn.coso.testing.Api.anonymous().queryParam("year", 2024).queryParam("window", "CLOSED")
                .queryParam("size", 200).get("/api/v1/public/consultations").then().statusCode(200)
                .body("items.kind", hasItems("REGULATION", "RULE", "PLAN"))
                .extract().jsonPath();
        assertTrue(closed.getInt("total") >= 4, "the four demo consultations of 2024 are public and closed");
        long ward = closed.getLong("items.find { it.title.startsWith('Dự thảo Quy chế thực hiện dân chủ ở cơ sở phường"
                + " Bạch Đằng') }.id");
        String result = vn.coso.testing.Api.anonymous().get("/api/v1/public/consultations/" + ward + "/result")
                .then().statusCode(200)
                .body("consultation.concluded", is(true))
                .body("consultation.unit.code", is("06694"))
                .body("counts.total", is(5)).body("counts.accepted", is(3))
                .body("counts.partlyAccepted", is(1)).body("counts.notAccepted", is(1)).body("counts.unanswered", is(0))
                .body("comments.items[0].receivedAt", is("2024-03-10T08:00:00Z"))
                .body("comments.items.explanation", everyItem(org.hamcrest.Matchers.notNullValue()))
                .extract().asString();
        assertTrue(!result.contains("Trần Văn Hùng") && !result.contains("0912 402 118"), "the public never sees who");
        as("admin").get("/api/v1/consultations/" + ward + "/comments").then().statusCode(200)
                .body("items[0].author.name", is("Trần Văn Hùng"));
        String officers = as("officer.bachdang").get("/api/v1/consultations/" + ward + "/comments")
                .then().statusCode(200).body("total", is(5)).extract().asString();
        assertTrue(!officers.contains("Trần Văn Hùng"), "the ward's officers do not see who commented");

        as("officer.bachdang").queryParam("year", 2024).queryParam("status", "PUBLISHED").get("/api/v1/consultations")
                .then().statusCode(200)
                .body("items.unit.code", hasItem("06694-TDP1"))
                .body("items.find { it.unit.code == '06694-TDP1' }.comments.unanswered", is(1));

        long province = units.findByCode("22").orElseThrow().id;
        as("viewer").queryParam("year", 2024).queryParam("unitId", province).get("/api/v1/consultations/figures")
                .then().statusCode(200)
                .body("held", is(4)).body("comments.total", is(13)).body("comments.accepted", is(7))
                .body("comments.partlyAccepted", is(2)).body("comments.notAccepted", is(3))
                .body("comments.unanswered", is(1));
        as("officer.bachdang").queryParam("year", 2024).get("/api/v1/consultations/figures")
                .then().statusCode(200).body("held", is(2)).body("comments.total", is(8));
    }

    private static long countNodes(java.util.Map<String, Object> node) {
        long count = 1;
        for (Object child : (java.util.List<Object>) node.get("children")) {
            count += countNodes((java.util.Map<String, Object>) child);
        }
        return count;
    }

    @Test
    void bundledUnitListIsTheSharedOne() throws Exception {
        Path shared = Path.of("..", "..", "shared", "data", "quang-ninh-units-2024.csv");
        Assumptions.assumeTrue(Files.exists(shared), "the shared folder is not beside the repository");
        byte[] bundled = DemoDataLoaderTest.class.getClassLoader()
                .getResourceAsStream("demo/quang-ninh-units-2024.csv").readAllBytes();
        assertArrayEquals(Files.readAllBytes(shared), bundled);
    }
}

package vn.coso.reorganisations;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitRepository;
import vn.coso.units.UnitType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.as;

/**
 * Reorganisations as one operation. Each test builds its own province with codes of its own (a
 * prefix on the official codes), so that closing units never touches what other tests share.
 */
@QuarkusTest
class ReorganisationResourceTest {

    private static final Set<String> ABOLISHED_NOVEMBER_2024 = Set.of("06682", "07072", "07087", "06802", "06991", "06718");

    @Inject
    UnitRepository repository;

    @Inject
    TestUnits testUnits;

    private static String prefix() {
        return "R" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
    }

    private Unit insert(String code, String name, UnitType type, Unit parent) {
        Unit unit = new Unit();
        unit.code = code;
        unit.name = name;
        unit.type = type;
        unit.parent = parent;
        repository.persistWithPath(unit);
        return unit;
    }

    private Unit reload(String code, LocalDate on) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Unit unit = repository.findByCodeOn(code, on).orElseThrow();
            if (unit.parent != null) {
                unit.parent.getClass(); // load
                String ignored = unit.parent.code;
            }
            return unit;
        });
    }

    private long unitCount() {
        return QuarkusTransaction.requiringNew().call(() -> repository.count());
    }

    private long reorganisationCount() {
        return QuarkusTransaction.requiringNew().call(() ->
                repository.getEntityManager().createQuery("select count(r) from Reorganisation r", Long.class).getSingleResult());
    }

    /** Province p+22 with district p+193 holding communes p+A, p+B, p+C; village under p+B; agency under the district. */
    private Map<String, Long> smallProvince(String p) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> ids = new HashMap<>();
            Unit province = insert(p + "22", "Tỉnh Thử", UnitType.PROVINCE, null);
            Unit district = insert(p + "193", "Huyện Thử", UnitType.DISTRICT, province);
            Unit a = insert(p + "A", "Phường A", UnitType.COMMUNE, district);
            Unit b = insert(p + "B", "Phường B", UnitType.COMMUNE, district);
            Unit c = insert(p + "C", "Xã C", UnitType.COMMUNE, district);
            Unit village = insert(p + "V", "Tổ dân phố 1", UnitType.VILLAGE, b);
            Unit agency = insert(p + "AG", "Phòng Văn hóa", UnitType.AGENCY, district);
            for (Unit u : List.of(province, district, a, b, c, village, agency)) {
                ids.put(u.code.substring(p.length()), u.id);
            }
            return ids;
        });
    }

    private static Map<String, Object> mergePlan(String p) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("effectiveDate", "2025-07-01");
        plan.put("legalBasisNumber", "1679/NQ-UBTVQH15");
        plan.put("legalBasisDate", "2025-06-16");
        plan.put("newUnits", List.of(
                Map.of("code", p + "A", "name", "Phường Mới", "type", "COMMUNE", "parentCode", p + "22",
                        "mergedFrom", List.of(p + "A", p + "B", p + "C"))));
        plan.put("dissolutions", List.of(Map.of("code", p + "193")));
        return plan;
    }

    @Test
    void aDryRunSaysWhatClosesAndMovesAndWritesNothing() {
        String p = prefix();
        smallProvince(p);
        long units = unitCount();
        long reorganisations = reorganisationCount();
        as("admin").queryParam("dryRun", "true").body(mergePlan(p)).post("/api/v1/reorganisations")
                .then().statusCode(200)
                .body("applied", is(false))
                .body("created.code", contains(p + "A"))
                .body("closed.code", containsInAnyOrder(p + "A", p + "B", p + "C", p + "193"))
                .body("closed.find { it.code == '" + p + "B' }.kind", is("MERGED_INTO"))
                .body("closed.find { it.code == '" + p + "193' }.kind", is("DISSOLVED"))
                .body("moved.code", containsInAnyOrder(p + "V", p + "AG"))
                .body("moved.find { it.code == '" + p + "V' }.toParentCode", is(p + "A"))
                .body("moved.find { it.code == '" + p + "AG' }.toParentCode", is(p + "22"));
        assertEquals(units, unitCount());
        assertEquals(reorganisations, reorganisationCount());
    }

    @Test
    void applyingMergesClosesTheOldUnitsUnderTheirSuccessorAndKeepsTheDayBefore() {
        String p = prefix();
        Map<String, Long> ids = smallProvince(p);
        int newId = as("admin").body(mergePlan(p)).post("/api/v1/reorganisations")
                .then().statusCode(201)
                .body("applied", is(true))
                .body("created[0].id", org.hamcrest.Matchers.notNullValue())
                .extract().path("created[0].id");

        // The code names the new unit from the effective date, the old one before.
        Unit fresh = reload(p + "A", LocalDate.of(2025, 7, 1));
        Unit oldA = reload(p + "A", LocalDate.of(2025, 6, 30));
        assertEquals((long) newId, fresh.id);
        assertEquals(ids.get("A"), oldA.id);
        assertEquals(LocalDate.of(2025, 6, 30), oldA.validTo);
        assertEquals(LocalDate.of(2025, 7, 1), fresh.validFrom);
        // Closed units stand under their successor: its subtree holds their records.
        Unit oldB = QuarkusTransaction.requiringNew().call(() -> repository.findById(ids.get("B")));
        assertTrue(oldB.path.startsWith(fresh.path), oldB.path + " under " + fresh.path);
        Unit village = QuarkusTransaction.requiringNew().call(() -> repository.findById(ids.get("V")));
        assertEquals(fresh.path + ids.get("V") + "/", village.path);

        // The structure of each day.
        as("admin").queryParam("on", "2025-06-30").get("/api/v1/units/" + ids.get("22") + "/tree").then().statusCode(200)
                .body("children.name", contains("Huyện Thử"))
                .body("children[0].children.name", hasItems("Phường A", "Phường B", "Xã C", "Phòng Văn hóa"))
                .body("children[0].children.find { it.name == 'Phường B' }.children.name", contains("Tổ dân phố 1"));
        as("admin").queryParam("on", "2025-07-01").get("/api/v1/units/" + ids.get("22") + "/tree").then().statusCode(200)
                .body("children.name", containsInAnyOrder("Phường Mới", "Phòng Văn hóa"))
                .body("children.find { it.name == 'Phường Mới' }.children.name", contains("Tổ dân phố 1"));
        as("admin").get("/api/v1/units/" + ids.get("B")).then().statusCode(200)
                .body("closed", is(true)).body("validTo", is("2025-06-30"));

        // Lineage with its legal basis, from both ends.
        as("admin").get("/api/v1/units/" + ids.get("B") + "/lineage").then().statusCode(200)
                .body("kind", contains("MERGED_INTO"))
                .body("[0].to.id", is(newId))
                .body("[0].primary", is(true))
                .body("[0].legalBasisNumber", is("1679/NQ-UBTVQH15"))
                .body("[0].legalBasisDate", is("2025-06-16"));
        as("admin").get("/api/v1/units/" + newId + "/lineage").then().statusCode(200)
                .body("from.code", everyItem(org.hamcrest.Matchers.startsWith(p)))
                .body("kind", everyItem(is("MERGED_INTO")))
                .body("$", hasSize(3));
        as("admin").get("/api/v1/reorganisations").then().statusCode(200)
                .body("items.legalBasisNumber", hasItem("1679/NQ-UBTVQH15"));
    }

    @Test
    void aPlanLeavingACommuneUnaccountedForIsRefusedWholeNamingTheRows() {
        String p = prefix();
        smallProvince(p);
        Map<String, Object> plan = mergePlan(p);
        plan.put("newUnits", List.of(
                Map.of("code", p + "A", "name", "Phường Mới", "type", "COMMUNE", "parentCode", p + "22",
                        "mergedFrom", List.of(p + "A", p + "B")),
                Map.of("code", p + "NEW2", "name", "Xã Mới", "type", "VILLAGE", "parentCode", p + "22",
                        "mergedFrom", List.of(p + "NOPE"))));
        long units = unitCount();
        long reorganisations = reorganisationCount();
        as("admin").body(plan).post("/api/v1/reorganisations")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("validation.failed"))
                .body("errors.field", hasItems("units." + p + "C", "newUnits[1].mergedFrom[0]", "newUnits[1].parentCode"));
        assertEquals(units, unitCount());
        assertEquals(reorganisations, reorganisationCount());
        assertNull(reload(p + "B", LocalDate.of(2025, 6, 30)).validTo);
    }

    @Test
    void aPlanMakingACycleIsRefusedWhole() {
        String p = prefix();
        Map<String, Long> ids = smallProvince(p);
        QuarkusTransaction.requiringNew().run(() -> insert(p + "AG2", "Tổ công tác", UnitType.AGENCY,
                repository.findById(ids.get("AG"))));
        Map<String, Object> plan = new HashMap<>();
        plan.put("effectiveDate", "2025-07-01");
        plan.put("legalBasisNumber", "X/2025");
        plan.put("moves", List.of(Map.of("code", p + "AG", "parentCode", p + "AG2")));
        as("admin").body(plan).post("/api/v1/reorganisations")
                .then().statusCode(400).body("errors.field", hasItem("moves." + p + "AG"));
        assertEquals(ids.get("193"), QuarkusTransaction.requiringNew().call(() -> repository.findById(ids.get("AG")).parent.id));
    }

    @Test
    void aDividedUnitNeedsAPrimarySuccessor() {
        String p = prefix();
        smallProvince(p);
        Map<String, Object> plan = mergePlan(p);
        plan.put("newUnits", List.of(
                Map.of("code", p + "A", "name", "Phường Mới", "type", "COMMUNE", "parentCode", p + "22",
                        "mergedFrom", List.of(p + "A", p + "B")),
                Map.of("code", p + "C", "name", "Xã Mới", "type", "COMMUNE", "parentCode", p + "22",
                        "mergedFrom", List.of(p + "B", p + "C"))));
        as("admin").queryParam("dryRun", "true").body(plan).post("/api/v1/reorganisations")
                .then().statusCode(400).body("errors.field", hasItem("primarySuccessors." + p + "B"));
        plan.put("primarySuccessors", Map.of(p + "B", p + "C"));
        plan.put("destinations", Map.of(p + "V", p + "A"));
        as("admin").queryParam("dryRun", "true").body(plan).post("/api/v1/reorganisations")
                .then().statusCode(200)
                .body("closed.find { it.code == '" + p + "B' }.kind", is("DIVIDED_INTO"))
                .body("closed.find { it.code == '" + p + "B' }.primarySuccessorCode", is(p + "C"))
                .body("moved.find { it.code == '" + p + "V' }.toParentCode", is(p + "A"))
                .body("moved.find { it.code == '" + p + "V' }.byDefault", is(false));
    }

    private io.restassured.path.json.JsonPath review(long unitId, String year) {
        return as("admin").queryParam("year", year).queryParam("unitId", unitId).get("/api/v1/reports/annual")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Number figure(io.restassured.path.json.JsonPath report, String key) {
        return report.get("sections.figures.flatten().find { it.key == '" + key + "' }.value");
    }

    @Test
    void aUnitCreatedTodayLeavesAPastYearsRegulationShareAsItWas() {
        Unit district = testUnits.create("Huyện Quy Chế Đủ", UnitType.DISTRICT, testUnits.province());
        Unit commune = testUnits.create("Xã Quy Chế Đủ", UnitType.COMMUNE, district);
        for (Unit unit : List.of(district, commune)) {
            as("admin").body(Map.of("unitId", unit.id, "title", "Quy chế dân chủ " + unit.name, "status", "ISSUED",
                    "number", "01/QĐ-" + unit.code, "issueDate", "2023-01-15")).post("/api/v1/regulations").then().statusCode(201);
        }
        assertEquals(1.0, figure(review(district.id, "2024"), "regulations.share").doubleValue());
        as("admin").body(Map.of("code", TestUnits.uniqueCode(), "name", "Xã Mới Lập Hôm Nay", "type", "COMMUNE",
                "parentId", district.id)).post("/api/v1/units").then().statusCode(201);
        var after = review(district.id, "2024");
        assertEquals(2, figure(after, "regulations.requiredUnits").intValue());
        assertEquals(1.0, figure(after, "regulations.share").doubleValue());
    }

    @Test
    void afterTheReformTheReviewLagsCommunesWithoutTrainingAndNoClosedUnit() {
        String p = prefix();
        Map<String, Long> ids = smallProvince(p);
        int newId = as("admin").body(mergePlan(p)).post("/api/v1/reorganisations").then().statusCode(201)
                .extract().path("created[0].id");
        var review = review(ids.get("22"), "2026");
        List<Integer> lagging = review.getList("lagging.unit.id");
        assertTrue(lagging.contains(newId), "the new commune has no 2026 training: " + lagging);
        assertEquals(List.of("training.none"),
                review.getList("lagging.find { it.unit.id == " + newId + " }.reasons.code").stream()
                        .filter("training.none"::equals).toList());
        for (String closed : List.of("193", "A", "B", "C")) {
            assertTrue(!lagging.contains(ids.get(closed).intValue()), closed + " is closed: " + lagging);
        }
        as("admin").body(Map.of("organizerUnitId", newId, "date", "2026-03-10", "topic", "Tập huấn quy chế dân chủ",
                "attendances", 40)).post("/api/v1/trainings").then().statusCode(201);
        List<String> reasons = review(ids.get("22"), "2026").getList("lagging.find { it.unit.id == " + newId + " }.reasons.code");
        assertTrue(reasons == null || !reasons.contains("training.none"), String.valueOf(reasons));
    }

    private static Map<Long, Object> rowsByUnit(io.restassured.path.json.JsonPath report) {
        Map<Long, Object> rows = new HashMap<>();
        List<Map<String, Object>> breakdown = report.getList("breakdown");
        breakdown.forEach(row -> rows.put(((Number) ((Map<?, ?>) row.get("unit")).get("id")).longValue(), row.get("figures")));
        return rows;
    }

    @Test
    void aPastYearsFiguresStayAsTheyWereAfterTheReformAndRollUpIntoTodaysUnitsOnDemand() {
        String p = prefix();
        Map<String, Long> ids = smallProvince(p);
        for (Object[] t : new Object[][]{{"B", "2024-05-10", 40}, {"193", "2024-06-01", 10}, {"C", "2024-07-01", 5}}) {
            as("admin").body(Map.of("organizerUnitId", ids.get((String) t[0]), "date", t[1], "topic", "Tập huấn " + t[0],
                    "attendances", t[2])).post("/api/v1/trainings").then().statusCode(201);
        }
        var before = review(ids.get("22"), "2024");
        assertEquals(3, figure(before, "trainings.classes").intValue());
        int newId = as("admin").body(mergePlan(p)).post("/api/v1/reorganisations").then().statusCode(201)
                .extract().path("created[0].id");

        var after = review(ids.get("22"), "2024");
        assertEquals(before.getList("sections.figures.flatten().value"), after.getList("sections.figures.flatten().value"));
        assertEquals(rowsByUnit(before), rowsByUnit(after), "the 2024 breakdown by the structure of 31/12/2024");
        assertEquals(List.of("DISTRICT", "PROVINCE"), after.getList("breakdown.unit.type"));

        var current = as("admin").queryParam("year", "2024").queryParam("unitId", ids.get("22"))
                .queryParam("structure", "current").get("/api/v1/reports/annual")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(2, current.getInt("breakdown.find { it.unit.id == " + newId + " }.figures.'trainings.classes'"),
                "B's and C's trainings roll up into the new commune");
        assertEquals(1, current.getInt("breakdown.find { it.own }.figures.'trainings.classes'"),
                "the dissolved district's own training counts with the province's own records");
        int sum = current.<Integer>getList("breakdown.figures.'trainings.classes'").stream().mapToInt(Integer::intValue).sum();
        assertEquals(3, sum, "the rows add up to the total");
        assertEquals(3, figure(current, "trainings.classes").intValue());

        var review2026 = review(ids.get("22"), "2026");
        assertTrue(!review2026.getList("breakdown.unit.type").contains("DISTRICT"));
        as("admin").queryParam("year", "2024").queryParam("unitId", ids.get("22")).queryParam("structure", "nope")
                .get("/api/v1/reports/annual").then().statusCode(400).body("errors.field", contains("structure"));
    }

    @Test
    void aPastYearsLaggingAndFiguresFollowThatYearsStructureAfterTheReform() {
        String p = prefix();
        Map<String, Long> ids = smallProvince(p);
        // Only commune B trains in 2024: the district trained through it; A and C held nothing of their own.
        as("admin").body(Map.of("organizerUnitId", ids.get("B"), "date", "2024-05-10", "topic", "Tập huấn B",
                "attendances", 40)).post("/api/v1/trainings").then().statusCode(201);
        var before = review(ids.get("22"), "2024");
        assertEquals(List.of(), trainingLaggards(before, ids.get("193")), "the district trained in 2024 through commune B");
        int summaryBefore = as("admin").queryParam("year", "2024").queryParam("unitId", ids.get("193"))
                .get("/api/v1/trainings/summary").then().statusCode(200).extract().path("trainings");

        as("admin").body(mergePlan(p)).post("/api/v1/reorganisations").then().statusCode(201);

        var after = review(ids.get("22"), "2024");
        assertEquals(before.getList("lagging.unit.id"), after.getList("lagging.unit.id"),
                "2024's lagging units are those of 2024's structure, whatever happened since");
        assertEquals(List.of(), trainingLaggards(after, ids.get("193")));
        assertTrue(after.getList("lagging.unit.id").contains(ids.get("A").intValue()),
                "commune A still lags in 2024 (no regulation), though closed since");
        // The district's own 2024 figures still count its communes' records, now placed under the new commune.
        as("admin").queryParam("year", "2024").queryParam("unitId", ids.get("193")).get("/api/v1/trainings/summary")
                .then().statusCode(200).body("trainings", is(summaryBefore)).body("attendances", is(40));
        assertEquals(1, summaryBefore);
        var district2024 = review(ids.get("193"), "2024");
        assertEquals(1, figure(district2024, "trainings.classes").intValue());
        assertEquals(List.of(), trainingLaggards(district2024, ids.get("193")));
        assertTrue(district2024.getList("lagging.unit.id").contains(ids.get("B").intValue()),
                "the district's 2024 review still names its communes (by the structure of 31/12/2024)");
    }

    /** The unit's lagging reasons "no training" in the review (empty when it does not lag for that). */
    private static List<String> trainingLaggards(io.restassured.path.json.JsonPath review, long unitId) {
        List<String> reasons = review.getList("lagging.find { it.unit.id == " + unitId + " }.reasons.code");
        return reasons == null ? List.of() : reasons.stream().filter("training.none"::equals).toList();
    }

    @Test
    void aDividedCommunesPastRecordsCountOnceUnderItsPrimarySuccessorInTodaysStructure() {
        String p = prefix();
        Map<String, Long> ids = smallProvince(p);
        for (String organizer : List.of("A", "B", "B", "C")) {
            as("admin").body(Map.of("organizerUnitId", ids.get(organizer), "date", "2024-04-0" + (1 + organizer.charAt(0) - 'A'),
                    "topic", "Tập huấn " + organizer + " " + UUID.randomUUID(), "attendances", 10))
                    .post("/api/v1/trainings").then().statusCode(201);
        }
        Map<String, Object> plan = new HashMap<>();
        plan.put("effectiveDate", "2025-07-01");
        plan.put("legalBasisNumber", "1679/NQ-UBTVQH15");
        plan.put("newUnits", List.of(
                Map.of("code", p + "X", "name", "Phường X", "type", "COMMUNE", "parentCode", p + "22",
                        "mergedFrom", List.of(p + "A", p + "B")),
                Map.of("code", p + "Y", "name", "Xã Y", "type", "COMMUNE", "parentCode", p + "22",
                        "mergedFrom", List.of(p + "B", p + "C"))));
        plan.put("primarySuccessors", Map.of(p + "B", p + "X"));
        plan.put("dissolutions", List.of(Map.of("code", p + "193")));
        List<Integer> created = as("admin").body(plan).post("/api/v1/reorganisations").then().statusCode(201)
                .body("closed.find { it.code == '" + p + "B' }.kind", is("DIVIDED_INTO"))
                .extract().path("created.id");

        var current = as("admin").queryParam("year", "2024").queryParam("unitId", ids.get("22"))
                .queryParam("structure", "current").get("/api/v1/reports/annual")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(4, figure(current, "trainings.classes").intValue());
        assertEquals(3, current.getInt("breakdown.find { it.unit.id == " + created.get(0) + " }.figures.'trainings.classes'"),
                "A's and the divided B's trainings, once, under B's primary successor");
        assertEquals(1, current.getInt("breakdown.find { it.unit.id == " + created.get(1) + " }.figures.'trainings.classes'"));
        int sum = current.<Integer>getList("breakdown.figures.'trainings.classes'").stream().mapToInt(Integer::intValue).sum();
        assertEquals(4, sum, "the rows add up to the total: the divided unit is not counted twice");
    }

    @Test
    void onlyAdminsReorganise() {
        as("officer.halong").queryParam("dryRun", "true").body(mergePlan(prefix())).post("/api/v1/reorganisations")
                .then().statusCode(403);
    }

    // --- the 2025 plan of Quảng Ninh, read from the shared table ----------------------------------

    private static String resource(String name) throws IOException {
        try (InputStream in = ReorganisationResourceTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The table with every code (code, parent_code, merged_from) prefixed. */
    private static String prefixed(String csv, String p) {
        List<String> out = new ArrayList<>();
        String[] lines = csv.split("\n");
        out.add(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] f = lines[i].split(",", -1);
            f[0] = p + f[0];
            f[3] = f[3].isEmpty() ? "" : p + f[3];
            if (f.length > 5) {
                List<String> from = new ArrayList<>();
                for (String code : f[5].split(";")) {
                    from.add(p + code);
                }
                f[5] = String.join(";", from);
            }
            out.add(String.join(",", f));
        }
        return String.join("\n", out) + "\n";
    }

    /** The 171 communes of 01/11/2024 (the 2024 table less the six abolished), codes prefixed. */
    private Map<String, Long> quangNinhBefore2025(String p) throws IOException {
        String csv = resource("demo/quang-ninh-units-2024.csv");
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Unit> byCode = new HashMap<>();
            Map<String, Long> ids = new HashMap<>();
            for (String line : csv.split("\n")) {
                String[] f = line.split(",", -1);
                if (f[0].equals("code") || line.isBlank() || ABOLISHED_NOVEMBER_2024.contains(f[0])) {
                    continue;
                }
                Unit unit = insert(p + f[0], f[1], UnitType.valueOf(f[2]), f[3].isEmpty() ? null : byCode.get(f[3]));
                byCode.put(f[0], unit);
                ids.put(f[0], unit.id);
            }
            return ids;
        });
    }

    @Test
    void the2025PlanOfQuangNinhFromTheSharedTableLeaves54CommunesUnderTheProvince() throws IOException {
        String p = prefix();
        Map<String, Long> ids = quangNinhBefore2025(p);
        assertEquals(1 + 13 + 171, ids.size());
        QuarkusTransaction.requiringNew().run(() ->
                insert(p + "V1", "Tổ 1 Bạch Đằng", UnitType.VILLAGE, repository.findById(ids.get("06694"))));
        String csv = prefixed(resource("demo/quang-ninh-units-2025.csv"), p);

        Map<String, Object> plan = as("admin").contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("effectiveDate", "2025-07-01").queryParam("legalBasisNumber", "1679/NQ-UBTVQH15")
                .queryParam("legalBasisDate", "2025-06-16")
                .post("/api/v1/reorganisations/plan-from-csv")
                .then().statusCode(200)
                .body("newUnits", hasSize(53))
                .body("moves.code", contains(p + "06967"))
                .body("dissolutions", hasSize(13))
                .body("primarySuccessors.size()", is(12))
                .extract().as(Map.class);
        plan.put("confirmScopeChanges", true);

        as("admin").contentType(ContentType.JSON).queryParam("dryRun", "true").body(plan).post("/api/v1/reorganisations")
                .then().statusCode(200)
                .body("created", hasSize(53))
                .body("closed", hasSize(170 + 13));
        // 183 units close at once: give a loaded machine time.
        as("admin").config(io.restassured.RestAssured.config().httpClient(io.restassured.config.HttpClientConfig
                        .httpClientConfig().setParam("http.socket.timeout", 600_000)))
                .contentType(ContentType.JSON).body(plan).post("/api/v1/reorganisations")
                .then().statusCode(201);

        Unit hongGai = reload(p + "06685", LocalDate.of(2025, 7, 1));
        assertEquals("Phường Hồng Gai", hongGai.name);
        Unit bachDang = QuarkusTransaction.requiringNew().call(() -> repository.findById(ids.get("06694")));
        assertTrue(bachDang.path.startsWith(hongGai.path));
        as("admin").queryParam("on", "2025-07-01").get("/api/v1/units/" + ids.get("22") + "/tree").then().statusCode(200)
                .body("children", hasSize(54))
                .body("children.type", everyItem(is("COMMUNE")))
                .body("children.find { it.name == 'Phường Hồng Gai' }.children.name", contains("Tổ 1 Bạch Đằng"));
        as("admin").queryParam("on", "2025-06-30").get("/api/v1/units/" + ids.get("22") + "/tree").then().statusCode(200)
                .body("children", hasSize(13))
                .body("children.type", everyItem(is("DISTRICT")));
        as("admin").queryParam("on", "2025-07-01").queryParam("q", p).queryParam("type", "DISTRICT").get("/api/v1/units")
                .then().statusCode(200).body("total", is(0));
    }

    @Test
    void theBundled2025TableIsTheSharedOne() throws Exception {
        Path shared = Path.of("..", "..", "shared", "data", "quang-ninh-units-2025.csv");
        Assumptions.assumeTrue(Files.exists(shared), "the shared folder is not beside the repository");
        byte[] bundled = ReorganisationResourceTest.class.getClassLoader()
                .getResourceAsStream("demo/quang-ninh-units-2025.csv").readAllBytes();
        assertArrayEquals(Files.readAllBytes(shared), bundled);
    }
}

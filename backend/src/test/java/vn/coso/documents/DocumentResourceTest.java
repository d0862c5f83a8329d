package vn.coso.documents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

/**
 * Directive documents API. Records here are dated outside 2024, whose count belongs to the demo
 * data (DemoDataLoaderTest).
 */
@QuarkusTest
class DocumentResourceTest {

    @Inject
    TestUnits units;

    @Inject
    DocumentRepository documents;

    Unit haLong;
    Unit bachDang;
    Unit mongCai;

    @BeforeEach
    void tree() {
        haLong = units.haLong();
        bachDang = units.bachDang();
        mongCai = units.mongCai();
    }

    private static Map<String, Object> body(Long issuerUnitId, String kind, String number, String issueDate, String title) {
        var body = new HashMap<String, Object>();
        body.put("issuerUnitId", issuerUnitId);
        body.put("kind", kind);
        body.put("number", number);
        body.put("issueDate", issueDate);
        body.put("title", title);
        return body;
    }

    private static int create(String user, Unit issuer, String number, String issueDate, String title) {
        return as(user).body(body(issuer.id, "PLAN", number, issueDate, title)).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
    }

    private static String uniqueNumber(String suffix) {
        return (System.nanoTime() % 100_000) + "-" + suffix;
    }

    private Document stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Document document = documents.findById(id);
            if (document != null) {
                document.issuerUnit.code.length(); // loaded for the assertions
            }
            return document;
        });
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> documents.count());
    }

    // --- authentication and roles ---------------------------------------------------------------

    @Test
    void everyOperationNeedsAToken() {
        int id = create("admin", bachDang, uniqueNumber("KH/ĐU"), "2023-01-05", "Kế hoạch không token");
        anonymous().get("/api/v1/documents").then().statusCode(401).body("code", is("unauthenticated"));
        anonymous().get("/api/v1/documents/" + id).then().statusCode(401);
        anonymous().body(body(bachDang.id, "PLAN", "1-KH", "2023-01-05", "X")).post("/api/v1/documents").then().statusCode(401);
        anonymous().body(body(bachDang.id, "PLAN", "1-KH", "2023-01-05", "X")).put("/api/v1/documents/" + id).then().statusCode(401);
        anonymous().delete("/api/v1/documents/" + id).then().statusCode(401);
    }

    @Test
    void everyRoleReadsDocumentsIntegrationIncluded() {
        int id = create("admin", bachDang, uniqueNumber("KH/ĐU"), "2023-01-06", "Kế hoạch ai cũng đọc");
        for (String user : List.of("admin", "officer.halong", "officer.bachdang", "inspector", "viewer")) {
            as(user).get("/api/v1/documents/" + id).then().statusCode(200).body("title", is("Kế hoạch ai cũng đọc"));
        }
        asIntegration().get("/api/v1/documents/" + id).then().statusCode(200);
        asIntegration().queryParam("year", 2023).get("/api/v1/documents").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void readersCannotWrite() {
        int id = create("admin", bachDang, uniqueNumber("KH/ĐU"), "2023-01-07", "Kế hoạch chỉ đọc");
        long before = count();
        for (String user : List.of("viewer", "inspector")) {
            as(user).body(body(bachDang.id, "PLAN", uniqueNumber("KH"), "2023-01-07", "Ghi trộm")).post("/api/v1/documents")
                    .then().statusCode(403).body("code", is("forbidden"));
            var change = body(bachDang.id, "PLAN", "9-KH", "2023-01-07", "Sửa trộm");
            change.put("version", 0);
            as(user).body(change).put("/api/v1/documents/" + id).then().statusCode(403);
            as(user).delete("/api/v1/documents/" + id).then().statusCode(403);
        }
        asIntegration().body(body(bachDang.id, "PLAN", uniqueNumber("KH"), "2023-01-07", "Ghi trộm"))
                .post("/api/v1/documents").then().statusCode(403);
        asIntegration().delete("/api/v1/documents/" + id).then().statusCode(403);
        assertEquals(before, count());
        assertEquals("Kế hoạch chỉ đọc", stored(id).title);
    }

    // --- writing --------------------------------------------------------------------------------

    @Test
    void officerRecordsADocumentOfItsWard() {
        String number = uniqueNumber("NQ/ĐU");
        var request = body(bachDang.id, "RESOLUTION", " " + number.replace("-", "  -") + " ", "2023-03-15",
                "Nghị quyết về thực hiện dân chủ ở cơ sở năm 2023");
        request.put("issuingBody", "Ban Chấp hành Đảng bộ phường");
        request.put("summary", "Giao chi bộ các khu phố:\n- rà soát quy ước;\n- tổ chức đối thoại.");
        int id = as("officer.bachdang").body(request).post("/api/v1/documents")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/documents/"))
                .body("issuerUnit.code", is("06694"))
                .body("issuingBody", is("Ban Chấp hành Đảng bộ phường"))
                .body("kind", is("RESOLUTION"))
                .body("number", is(number.replace("-", " -")))
                .body("issueDate", is("2023-03-15"))
                .body("summary", containsString("\n- rà soát"))
                .body("version", is(0))
                .extract().path("id");
        Document saved = stored(id);
        assertEquals(bachDang.id, saved.issuerUnit.id);
        assertEquals(DocumentKind.RESOLUTION, saved.kind);
        assertEquals(java.time.LocalDate.of(2023, 3, 15), saved.issueDate);
    }

    @Test
    void numberIsUniquePerIssuerAndYearIgnoringCase() {
        Unit district = units.create("Huyện Số Hiệu", UnitType.DISTRICT, units.province());
        Unit other = units.create("Huyện Khác Số Hiệu", UnitType.DISTRICT, units.province());
        int first = create("admin", district, "12-KH/HU", "2023-02-01", "Kế hoạch số 12");
        long before = count();
        as("admin").body(body(district.id, "PLAN", "12-kh/hu", "2023-11-30", "Kế hoạch trùng số"))
                .post("/api/v1/documents")
                .then().statusCode(409).contentType("application/problem+json")
                .body("code", is("document.number.duplicate"))
                .body("detail", containsString("Huyện Số Hiệu"));
        assertEquals(before, count());

        create("admin", district, "12-KH/HU", "2022-02-01", "Cùng số, năm khác");
        create("admin", other, "12-KH/HU", "2023-02-01", "Cùng số, nơi khác");
        int second = create("admin", district, "13-KH/HU", "2023-03-01", "Kế hoạch số 13");

        var takeTheFirstNumber = body(district.id, "PLAN", "12-KH/HU", "2023-03-01", "Kế hoạch số 13");
        takeTheFirstNumber.put("version", 0);
        as("admin").body(takeTheFirstNumber).put("/api/v1/documents/" + second)
                .then().statusCode(409).body("code", is("document.number.duplicate"));
        var keepItsOwnNumber = body(district.id, "GUIDELINE", "12-KH/HU", "2023-02-01", "Kế hoạch số 12 (sửa)");
        keepItsOwnNumber.put("version", 0);
        as("admin").body(keepItsOwnNumber).put("/api/v1/documents/" + first).then().statusCode(200).body("kind", is("GUIDELINE"));
        assertEquals("13-KH/HU", stored(second).number);
    }

    @Test
    void officerCannotRecordForAUnitOutsideItsScope() {
        long before = count();
        as("officer.bachdang").body(body(mongCai.id, "PLAN", uniqueNumber("KH"), "2023-03-16", "Ngoài phạm vi"))
                .post("/api/v1/documents").then().statusCode(400).body("errors[0].field", is("issuerUnitId"));
        as("officer.bachdang").body(body(haLong.id, "PLAN", uniqueNumber("KH"), "2023-03-16", "Cấp trên"))
                .post("/api/v1/documents").then().statusCode(400).body("errors[0].field", is("issuerUnitId"));
        assertEquals(before, count());
    }

    @Test
    void invalidBodyNamesEveryFieldAndWritesNothing() {
        long before = count();
        as("admin").body(Map.of("number", "!!", "issueDate", "1930-02-03", "title", " ", "issuingBody", "a\tb"))
                .post("/api/v1/documents")
                .then().statusCode(400).body("code", is("validation.failed"))
                .body("errors.field", containsInAnyOrder("kind", "number", "issueDate", "title", "issuingBody"));
        as("admin").body(body(bachDang.id, "MEMO", "1-KH", "2023-01-01", "Loại lạ")).post("/api/v1/documents")
                .then().statusCode(400).body("errors[0].field", is("kind")).body("detail", containsString("RESOLUTION"));
        as("admin").body(body(bachDang.id, "PLAN", "x".repeat(65), "2023-01-01", "Số quá dài")).post("/api/v1/documents")
                .then().statusCode(400).body("errors[0].field", is("number"));
        as("admin").body(body(bachDang.id, "PLAN", "1-KH", "2023-02-30", "Ngày không có")).post("/api/v1/documents")
                .then().statusCode(400).body("errors[0].field", is("issueDate"));
        assertEquals(before, count());
    }

    @Test
    void staleUpdateIsRefusedAndIfMatchIsHonoured() {
        int id = create("admin", bachDang, uniqueNumber("CT/ĐU"), "2023-04-01", "Chỉ thị phiên bản");
        String number = stored(id).number;
        var first = body(bachDang.id, "DIRECTIVE", number, "2023-04-01", "Chỉ thị phiên bản 2");
        first.put("version", 0);
        as("officer.bachdang").body(first).put("/api/v1/documents/" + id).then().statusCode(200).body("version", is(1));
        as("admin").body(first).put("/api/v1/documents/" + id).then().statusCode(409).body("code", is("version.stale"));
        first.put("version", 1);
        as("admin").header("If-Match", "W/\"0\"").body(first).put("/api/v1/documents/" + id)
                .then().statusCode(412).body("code", is("version.precondition-failed"));
        first.remove("version");
        as("admin").body(first).put("/api/v1/documents/" + id).then().statusCode(400).body("errors.field", hasItem("version"));
        assertEquals(1, stored(id).version);
    }

    @Test
    void outOfScopeDocumentLooksLikeMissing() {
        int id = create("admin", bachDang, uniqueNumber("KH/ĐU"), "2023-04-02", "Kế hoạch của phường");
        as("officer.mongcai").get("/api/v1/documents/" + id).then().statusCode(404).body("code", is("not-found"));
        var change = body(mongCai.id, "PLAN", "1-KH", "2023-04-02", "Chiếm");
        change.put("version", 0);
        as("officer.mongcai").body(change).put("/api/v1/documents/" + id).then().statusCode(404);
        as("officer.mongcai").delete("/api/v1/documents/" + id).then().statusCode(404);
        as("officer.mongcai").queryParam("year", 2023).queryParam("size", 200).get("/api/v1/documents")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        as("nounit").get("/api/v1/documents").then().statusCode(200).body("total", is(0));
        assertEquals("Kế hoạch của phường", stored(id).title);
    }

    @Test
    void deleteRemovesTheDocumentAndFreesTheUnit() {
        Unit agency = units.create("Văn phòng Đảng ủy Xoá", UnitType.AGENCY, bachDang);
        int id = create("officer.bachdang", agency, uniqueNumber("CV/ĐU"), "2023-04-03", "Công văn xoá");
        as("admin").delete("/api/v1/units/" + agency.id)
                .then().statusCode(409).body("code", is("unit.referenced")).body("detail", containsString("document"));
        as("officer.bachdang").delete("/api/v1/documents/" + id).then().statusCode(204);
        assertNull(stored(id));
        as("admin").get("/api/v1/documents/" + id).then().statusCode(404);
        as("admin").delete("/api/v1/units/" + agency.id).then().statusCode(204);
    }

    // --- filters --------------------------------------------------------------------------------

    @Test
    void filtersByIssuerSubtreeKindPeriodAndText() {
        Unit district = units.create("Huyện Văn Bản", UnitType.DISTRICT, units.province());
        Unit commune = units.create("Xã Văn Bản", UnitType.COMMUNE, district);
        int resolution = as("admin").body(body(district.id, "RESOLUTION", "05-NQ/HU", "2023-01-10",
                "Nghị quyết về phát huy quyền làm chủ của Nhân dân")).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");
        var withBody = body(commune.id, "GUIDELINE", "02-HD/ĐU", "2023-12-31", "Hướng dẫn xây dựng hương ước");
        withBody.put("issuingBody", "Ban Thường vụ Đảng ủy xã");
        int guideline = as("admin").body(withBody).post("/api/v1/documents").then().statusCode(201).extract().path("id");
        int older = create("admin", commune, "40-KH/ĐU", "2022-06-01", "Kế hoạch năm trước");

        as("admin").queryParam("unitId", district.id).get("/api/v1/documents")
                .then().statusCode(200).body("total", is(3)).body("items.id", contains(guideline, resolution, older));
        as("admin").queryParam("unitId", commune.id).get("/api/v1/documents")
                .then().statusCode(200).body("items.id", contains(guideline, older));
        as("officer.bachdang").queryParam("unitId", district.id).get("/api/v1/documents").then().statusCode(404);
        as("admin").queryParam("unitId", district.id).queryParam("year", 2023).get("/api/v1/documents")
                .then().statusCode(200).body("total", is(2)).body("items.id", containsInAnyOrder(resolution, guideline));
        as("admin").queryParam("unitId", district.id).queryParam("from", "2022-06-01").queryParam("to", "2023-01-10")
                .get("/api/v1/documents").then().statusCode(200).body("items.id", containsInAnyOrder(resolution, older));
        as("admin").queryParam("unitId", district.id).queryParam("kind", "GUIDELINE").get("/api/v1/documents")
                .then().statusCode(200).body("items.id", contains(guideline));
        as("admin").queryParam("unitId", district.id).queryParam("q", "nq/hu").get("/api/v1/documents")
                .then().statusCode(200).body("items.id", contains(resolution));
        as("admin").queryParam("unitId", district.id).queryParam("q", "quyen lam chu").get("/api/v1/documents")
                .then().statusCode(200).body("items.id", contains(resolution));
        as("admin").queryParam("unitId", district.id).queryParam("q", "thuong vu dang uy").get("/api/v1/documents")
                .then().statusCode(200).body("items.id", contains(guideline));
        as("admin").queryParam("unitId", district.id).queryParam("sort", "number").get("/api/v1/documents")
                .then().statusCode(200).body("items.id", contains(guideline, resolution, older));

        String since = Instant.now().plusMillis(5).toString();
        sleep(20);
        var change = body(district.id, "RESOLUTION", "05-NQ/HU", "2023-01-10", "Nghị quyết (sửa)");
        change.put("version", 0);
        as("admin").body(change).put("/api/v1/documents/" + resolution).then().statusCode(200);
        as("admin").queryParam("unitId", district.id).queryParam("updatedSince", since).get("/api/v1/documents")
                .then().statusCode(200).body("items.id", contains(resolution));
    }

    @Test
    void badListParametersAnswer400NamingThem() {
        as("admin").queryParam("kind", "MEMO").get("/api/v1/documents").then().statusCode(400).body("errors[0].field", is("kind"));
        as("admin").queryParam("unitId", "1.5").get("/api/v1/documents").then().statusCode(400).body("errors[0].field", is("unitId"));
        as("admin").queryParam("year", "2024a").get("/api/v1/documents").then().statusCode(400).body("errors[0].field", is("year"));
        as("admin").queryParam("to", "2024/12/31").get("/api/v1/documents").then().statusCode(400).body("errors[0].field", is("to"));
        as("admin").queryParam("year", 2024).queryParam("from", "2025-01-01").get("/api/v1/documents")
                .then().statusCode(400).body("errors[0].field", is("year"));
        as("admin").queryParam("updatedSince", "0").get("/api/v1/documents").then().statusCode(400).body("errors[0].field", is("updatedSince"));
        as("admin").queryParam("size", 0).get("/api/v1/documents").then().statusCode(400).body("errors[0].field", is("size"));
        as("admin").queryParam("sort", "summary").get("/api/v1/documents").then().statusCode(400).body("errors[0].field", is("sort"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

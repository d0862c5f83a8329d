package vn.coso.imports;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.coso.testing.Imports;
import vn.coso.testing.TestImports;
import vn.coso.testing.TestUnits;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;

@QuarkusTest
class ImportJobTest {

    private static final List<String> KINDS = List.of("units", "party-organizations", "party-members", "regulations", "trainings",
            "disclosures", "village-meetings");

    @Inject
    TestUnits units;
    @Inject
    TestImports db;

    private static byte[] oneVillage() {
        return Imports.csv("code,name,type,parentCode", TestUnits.uniqueCode() + ",Thôn Thử,VILLAGE,06694");
    }

    @Test
    void theUploadAnswers202WithTheJobAndItsAddressAndIsADryRunByDefault() {
        units.bachDang();
        Response accepted = Imports.post("officer.bachdang", "units", Imports.CSV, oneVillage(), null);
        accepted.then().statusCode(202).header("Location", endsWith("/api/v1/imports/" + accepted.path("id")))
                .body("status", is("QUEUED")).body("dryRun", is(true)).body("kind", is("units"))
                .body("createdBy", is("officer.bachdang"));
        JsonPath done = Imports.await("officer.bachdang", accepted.jsonPath().getLong("id"));
        assertEquals("SUCCEEDED", done.getString("status"));
        assertEquals(1, done.getInt("createCount"));
        as("officer.bachdang").get("/api/v1/imports").then().statusCode(200)
                .body("items.createdBy", everyItem(is("officer.bachdang")))
                .body("items.id", hasItem(done.getInt("id")));
    }

    @Test
    void withoutATokenItIs401() {
        anonymous().contentType(Imports.CSV).body(oneVillage()).queryParam("kind", "units").post("/api/v1/imports")
                .then().statusCode(401).contentType("application/problem+json");
        anonymous().get("/api/v1/imports/1").then().statusCode(401);
        anonymous().get("/api/v1/imports/units/template").then().statusCode(401);
    }

    @Test
    void rolesThatMayNotImportGet403() {
        Imports.post("viewer", "units", Imports.CSV, oneVillage(), true).then().statusCode(403)
                .contentType("application/problem+json");
        as("viewer").get("/api/v1/imports").then().statusCode(403);
        Imports.post("officer.halong", "party-members", Imports.CSV, oneVillage(), true).then().statusCode(403);
        Imports.post("inspector", "regulations", Imports.CSV, oneVillage(), true).then().statusCode(403);
    }

    @Test
    void anotherUsersJobIs404AndAdminSeesIt() {
        units.bachDang();
        long id = Imports.run("officer.bachdang", "units", Imports.CSV, oneVillage(), true).getLong("id");
        for (String path : List.of("", "/errors", "/rows")) {
            as("officer.halong").get("/api/v1/imports/" + id + path).then().statusCode(404)
                    .contentType("application/problem+json");
            as("inspector").get("/api/v1/imports/" + id + path).then().statusCode(404);
            as("admin").get("/api/v1/imports/" + id + path).then().statusCode(200);
        }
        as("officer.halong").get("/api/v1/imports").then().body("items.id", not(hasItem((int) id)));
        as("admin").get("/api/v1/imports/999999999").then().statusCode(404);
        as("admin").get("/api/v1/imports/abc").then().statusCode(404);
    }

    @Test
    void whatCannotBeUploadedIsRefusedAtOnce() {
        Imports.post("admin", "budgets", Imports.CSV, oneVillage(), true).then().statusCode(400)
                .body("errors[0].field", is("kind")).body("errors[0].message", containsString("party-members"));
        as("admin").contentType(Imports.CSV).body(oneVillage()).post("/api/v1/imports").then().statusCode(400)
                .body("errors[0].field", is("kind"));
        as("admin").contentType("application/pdf").body(new byte[] {1, 2, 3}).queryParam("kind", "units").post("/api/v1/imports")
                .then().statusCode(415).contentType("application/problem+json");
        Imports.post("admin", "units", Imports.CSV, new byte[0], true).then().statusCode(400)
                .body("code", is("import.file-empty"));
        Imports.post("admin", "units", Imports.XLSX, oneVillage(), true).then().statusCode(400)
                .body("code", is("import.not-xlsx"));
        Imports.post("admin", "units", "text/csv", new byte[] {'P', 'K', 3, 4, 1}, true).then().statusCode(400);
        as("admin").queryParam("dryRun", "maybe").contentType(Imports.CSV).body(oneVillage())
                .queryParam("kind", "units").post("/api/v1/imports").then().statusCode(400).body("errors[0].field", is("dryRun"));
    }

    @Test
    void aFileOverTwentyMegabytesIs413AndNothingIsKept() {
        long jobs = db.count("import_job");
        byte[] huge = new byte[20 * 1024 * 1024 + 10];
        Arrays.fill(huge, (byte) 'a');
        Imports.post("admin", "units", Imports.CSV, huge, true).then().statusCode(413)
                .contentType("application/problem+json").body("code", is("import.file-too-large"));
        assertEquals(jobs, db.count("import_job"));
    }

    @Test
    void templatesInBothFormatsImportAsDownloaded() throws Exception {
        units.bachDang();
        for (String kind : KINDS) {
            String user = kind.equals("party-members") ? "inspector" : "admin";
            byte[] csv = as(user).queryParam("format", "csv").get("/api/v1/imports/" + kind + "/template")
                    .then().statusCode(200).contentType(containsString("text/csv"))
                    .header("Content-Disposition", containsString("mau-nhap-" + kind + ".csv"))
                    .extract().asByteArray();
            assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
            String header = new String(csv, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
            assertTrue(header.matches("\uFEFF[^,(]+ \\([a-zA-Z]+\\)(,[^,(]+ \\([a-zA-Z]+\\))+"), header);
            JsonPath fromCsv = Imports.run(user, kind, Imports.CSV, csv, true);
            assertEquals("SUCCEEDED", fromCsv.getString("status"), kind + " " + fromCsv.prettify());
            assertEquals(0, fromCsv.getInt("totalRows"));
            assertEquals(1, fromCsv.getInt("skippedRows"));

            byte[] xlsx = as(user).get("/api/v1/imports/" + kind + "/template").then().statusCode(200)
                    .contentType(containsString("spreadsheetml")).extract().asByteArray();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertEquals(2, workbook.getNumberOfSheets());
                assertTrue(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue().endsWith(")"));
                assertTrue(workbook.getSheetAt(0).getRow(0).getCell(0).getCellComment() != null);
                assertEquals("Hướng dẫn", workbook.getSheetName(1));
            }
            JsonPath fromXlsx = Imports.run(user, kind, Imports.XLSX, xlsx, true);
            assertEquals("SUCCEEDED", fromXlsx.getString("status"), kind + " " + fromXlsx.prettify());
            assertEquals(1, fromXlsx.getInt("skippedRows"), kind);
        }
        as("admin").queryParam("format", "pdf").get("/api/v1/imports/units/template").then().statusCode(400);
        as("admin").get("/api/v1/imports/nothing/template").then().statusCode(404);
    }

    @Test
    void aJobWhoseInstanceStoppedIsReportedFailedByWhoeverReadsIt() {
        units.bachDang();
        long running = Imports.run("admin", "units", Imports.CSV, oneVillage(), true).getLong("id");
        long queued = Imports.run("admin", "units", Imports.CSV, oneVillage(), true).getLong("id");
        db.stall(running, "RUNNING", Duration.ofMinutes(30));
        db.stall(queued, "QUEUED", Duration.ofMinutes(30));
        as("admin").get("/api/v1/imports/" + running).then().statusCode(200)
                .body("status", is("FAILED")).body("failure", containsString("stopped"));
        as("admin").get("/api/v1/imports").then().statusCode(200);
        as("admin").get("/api/v1/imports/" + queued).then().body("status", is("FAILED"));

        long fresh = Imports.run("admin", "units", Imports.CSV, oneVillage(), true).getLong("id");
        db.stall(fresh, "RUNNING", Duration.ofSeconds(10));
        as("admin").get("/api/v1/imports/" + fresh).then().body("status", is("RUNNING"));
    }
}

package vn.coso.units;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.Imports;
import vn.coso.testing.TestImports;
import vn.coso.testing.TestUnits;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Imports.errorsOf;

@QuarkusTest
class UnitImportTest {

    @Inject
    TestUnits units;
    @Inject
    TestImports db;

    Unit bachDang;
    Unit mongCaiCommune;

    @BeforeEach
    void tree() {
        units.haLong();
        bachDang = units.bachDang();
        mongCaiCommune = units.create("Phường Trần Phú (Móng Cái)", UnitType.COMMUNE, units.mongCai());
    }

    /** "row:field" of every error of a job. */
    @Test
    void mistakesInSeveralRowsAreEachNamedAndNothingIsWritten() {
        String a = TestUnits.uniqueCode();
        String f = TestUnits.uniqueCode();
        byte[] file = Imports.csv(
                "Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Số người",
                a + ",Phường Mới A,COMMUNE,193,100",
                TestUnits.uniqueCode() + ",Phường B,TOWNSHIP,193,",
                TestUnits.uniqueCode() + ",,COMMUNE,193,",
                TestUnits.uniqueCode() + ",Phường D,COMMUNE,KHONGCO999,",
                a + ",Phường A lần hai,COMMUNE,193,",
                TestUnits.uniqueCode() + ",Thôn E,VILLAGE," + mongCaiCommune.code + ",",
                f + ",Phường F,COMMUNE,193,nhiều",
                mongCaiCommune.code + ",Đổi tên,COMMUNE,193,");
        long before = units.count();
        Set<String> expected = Set.of("3:type", "4:name", "5:parentCode", "6:code", "7:parentCode", "8:headCount",
                "9:code");

        JsonPath dry = Imports.run("officer.halong", "units", Imports.CSV, file, true);
        assertEquals("FAILED", dry.getString("status"));
        assertEquals(expected, errorsOf("officer.halong", dry));
        assertEquals(8, dry.getInt("totalRows"));

        JsonPath real = Imports.run("officer.halong", "units", Imports.CSV, file, false);
        assertEquals("FAILED", real.getString("status"));
        assertEquals(expected, errorsOf("officer.halong", real));
        assertTrue(real.getString("failure").contains("nothing was written"), real.getString("failure"));
        assertEquals(before, units.count());
        assertEquals(0, db.countWhere("unit", "code = '" + a + "' OR code = '" + f + "'"));
        assertEquals("Phường Trần Phú (Móng Cái)", units.reload(mongCaiCommune.id).name);

        var messages = Imports.errors("officer.halong", real.getLong("id"));
        var byRow = new java.util.HashMap<Object, Map<String, Object>>();
        messages.forEach(m -> byRow.put(m.get("row") + ":" + m.get("field"), m));
        assertEquals("TOWNSHIP", byRow.get("3:type").get("value"));
        assertEquals("Loại đơn vị", byRow.get("3:type").get("column"));
        assertEquals("is required", byRow.get("4:name").get("message"));
        assertEquals("no unit KHONGCO999 in your scope", byRow.get("5:parentCode").get("message"));
        assertTrue(byRow.get("6:code").get("message").toString().contains("row 2"));
        assertEquals("no unit " + mongCaiCommune.code + " in your scope", byRow.get("7:parentCode").get("message"));
        assertEquals("is already used; choose another", byRow.get("9:code").get("message"));
    }

    @Test
    void correctedFileImportsAndTheUnitsAreThere() {
        String ward = TestUnits.uniqueCode();
        String village = TestUnits.uniqueCode();
        // The village comes before its ward: a file may describe a subtree in any order.
        byte[] file = Imports.csv(
                "Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Số người,Đang hoạt động",
                village + ",Khu phố 3,Tổ dân phố," + ward + ",450,có",
                ward + ",Phường Hồng Hải Mới,Phường,193,12000,");
        JsonPath job = Imports.run("officer.halong", "units", Imports.CSV, file, false);
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(2, job.getInt("createCount"));

        int wardId = as("officer.halong").queryParam("q", ward).get("/api/v1/units")
                .then().statusCode(200).body("total", is(1)).body("items[0].type", is("COMMUNE"))
                .body("items[0].parentId", is(units.haLong().id.intValue()))
                .body("items[0].headCount", is(12000))
                .extract().path("items[0].id");
        as("officer.halong").queryParam("q", village).get("/api/v1/units")
                .then().statusCode(200).body("items[0].parentId", is(wardId)).body("items[0].type", is("VILLAGE"))
                .body("items[0].version", is(0));
        as("officer.halong").get("/api/v1/units/" + wardId + "/tree")
                .then().statusCode(200).body("children[0].code", is(village));
        var rows = Imports.rows("officer.halong", job.getLong("id"));
        assertEquals(List.of("CREATE", "CREATE"), rows.stream().map(r -> r.get("action")).toList());
    }

    @Test
    void englishOrUnaccentedHeadersSemicolonsQuotesAndAByteOrderMark() {
        String first = TestUnits.uniqueCode();
        String second = TestUnits.uniqueCode();
        byte[] english = ("\uFEFFcode;name;type;parentCode\r\n"
                + first + ";\"Khu phố 1; Bạch Đằng\";VILLAGE;06694\r\n").getBytes(StandardCharsets.UTF_8);
        JsonPath job = Imports.run("admin", "units", "text/csv; charset=utf-8", english, false);
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        as("admin").queryParam("q", first).get("/api/v1/units").then()
                .body("items[0].name", is("Khu phố 1; Bạch Đằng"));

        byte[] unaccented = Imports.csv("MA DON VI,ten don vi,Loai Don Vi,ma don vi cap tren,Ghi chú",
                second + ",Thôn Mới,thôn,06694,không nhập");
        JsonPath plain = Imports.run("admin", "units", Imports.CSV, unaccented, false);
        assertEquals("SUCCEEDED", plain.getString("status"), plain.prettify());
        assertEquals("Ghi chú", plain.getString("ignoredColumns"));
        as("admin").queryParam("q", second).get("/api/v1/units").then().body("items[0].type", is("VILLAGE"));
    }

    @Test
    void xlsxFirstSheetWithATitleAboveTheHeaderAndSpreadsheetRowNumbers() {
        String code = "0" + TestUnits.uniqueCode();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("DANH SÁCH ĐƠN VỊ NĂM 2024"));
        rows.add(List.of());
        rows.add(List.of("Mã đơn vị (code)", "Tên đơn vị (name)", "Loại đơn vị (type)", "Mã đơn vị cấp trên (parentCode)",
                "Số người (headCount)"));
        rows.add(List.of(code, "Doanh nghiệp Ví Dụ", "ENTERPRISE", "06694", 250));
        List<Object> broken = new ArrayList<>(List.of(TestUnits.uniqueCode(), "Thôn Sai", "VILLAGE", "06694", 12.5));
        rows.add(broken);
        JsonPath dry = Imports.run("admin", "units", Imports.XLSX, Imports.xlsx(rows), true);
        assertEquals("FAILED", dry.getString("status"));
        assertEquals(Set.of("5:headCount"), errorsOf("admin", dry));

        rows.remove(4);
        JsonPath job = Imports.run("admin", "units", Imports.XLSX, Imports.xlsx(rows), false);
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals("XLSX", job.getString("fileFormat"));
        as("admin").queryParam("q", code).get("/api/v1/units").then()
                .body("items[0].code", is(code)).body("items[0].headCount", is(250));
    }

    @Test
    void anExistingCodeUpdatesTheUnitAndBumpsItsVersionAndIdenticalRowsStayUnchanged() {
        // A ward of its own, so that the dissolved village below stays out of other tests' lists.
        Unit ward = units.create("Phường cho cập nhật", UnitType.COMMUNE, units.haLong());
        Unit renamed = units.create("Thôn Cũ", UnitType.VILLAGE, ward);
        Unit same = units.create("Thôn Giữ Nguyên", UnitType.VILLAGE, ward);
        byte[] file = Imports.csv("Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Đang hoạt động",
                renamed.code + ",Thôn Mới Đổi Tên,VILLAGE," + ward.code + ",không",
                same.code + ",Thôn Giữ Nguyên,VILLAGE," + ward.code + ",");
        JsonPath dry = Imports.run("officer.halong", "units", Imports.CSV, file, true);
        assertEquals("SUCCEEDED", dry.getString("status"), dry.prettify());
        assertEquals(1, dry.getInt("updateCount"));
        assertEquals(1, dry.getInt("unchangedCount"));
        assertEquals("Thôn Cũ", units.reload(renamed.id).name);

        JsonPath job = Imports.run("officer.halong", "units", Imports.CSV, file, false);
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        as("officer.halong").get("/api/v1/units/" + renamed.id).then().statusCode(200)
                .body("name", is("Thôn Mới Đổi Tên")).body("active", is(false)).body("version", is(1));
        as("officer.halong").get("/api/v1/units/" + same.id).then().body("version", is(0));

        // A file without the parent column changes names only: every unit keeps its place.
        byte[] names = Imports.csv("code,name,type", renamed.code + ",Thôn Tên Thứ Ba,VILLAGE");
        assertEquals("SUCCEEDED", Imports.run("admin", "units", Imports.CSV, names, false).getString("status"));
        as("admin").get("/api/v1/units/" + renamed.id).then()
                .body("name", is("Thôn Tên Thứ Ba")).body("parentId", is(ward.id.intValue()))
                .body("active", is(false)).body("version", is(2));
    }

    @Test
    void movesFollowTheTreeRulesAndALoopIsRefused() {
        Unit agency = units.create("Cơ quan A", UnitType.AGENCY, bachDang);
        Unit division = units.create("Phòng thuộc A", UnitType.PUBLIC_SERVICE_UNIT, agency);
        String newWard = TestUnits.uniqueCode();
        byte[] loop = Imports.csv("code,name,type,parentCode",
                agency.code + ",Cơ quan A,AGENCY," + division.code);
        JsonPath refused = Imports.run("admin", "units", Imports.CSV, loop, true);
        assertEquals(Set.of("2:parentCode"), errorsOf("admin", refused));

        byte[] move = Imports.csv("code,name,type,parentCode",
                agency.code + ",Cơ quan A,AGENCY," + newWard,
                newWard + ",Phường Mới Nhận,COMMUNE,193");
        JsonPath job = Imports.run("admin", "units", Imports.CSV, move, false);
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        Unit ward = units.reload(as("admin").queryParam("q", newWard).get("/api/v1/units").jsonPath()
                .getLong("items[0].id"));
        Unit moved = units.reload(agency.id);
        Unit child = units.reload(division.id);
        assertEquals(ward.path + agency.id + "/", moved.path);
        assertEquals(moved.path + division.id + "/", child.path);
        assertEquals(1, moved.version);

        byte[] villageUnderAgency = Imports.csv("code,name,type,parentCode",
                TestUnits.uniqueCode() + ",Thôn Lạc Chỗ,VILLAGE," + agency.code);
        assertEquals(Set.of("2:parentCode"), errorsOf("admin",
                Imports.run("admin", "units", Imports.CSV, villageUnderAgency, true)));
    }

    @Test
    void officersCannotCreateAProvinceNorMoveTheirOwnUnit() {
        byte[] file = Imports.csv("code,name,type,parentCode",
                TestUnits.uniqueCode() + ",Tỉnh Mới,PROVINCE,",
                "06694,Phường Bạch Đằng,COMMUNE," + TestUnits.uniqueCode());
        JsonPath job = Imports.run("officer.bachdang", "units", Imports.CSV, file, true);
        var errors = Imports.errors("officer.bachdang", job.getLong("id"));
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(2) && e.get("field").equals("type")
                && e.get("message").toString().contains("secretariat")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.get("row").equals(3) && e.get("field").equals("parentCode")),
                errors.toString());
    }

    @Test
    void aFileThatCannotBeReadFailsWithItsReason() {
        JsonPath missing = Imports.run("admin", "units", Imports.CSV, Imports.csv("Mã đơn vị,Loại", "X1,VILLAGE"), true);
        assertEquals("FAILED", missing.getString("status"));
        assertEquals(Set.of("1:name"), errorsOf("admin", missing));

        byte[] latin1 = ("code,name,type\r\nX2,Th\u00f4n,VILLAGE\r\n").getBytes(StandardCharsets.ISO_8859_1);
        JsonPath notUtf8 = Imports.run("admin", "units", Imports.CSV, latin1, true);
        assertEquals("FAILED", notUtf8.getString("status"));
        assertTrue(notUtf8.getString("failure").contains("UTF-8"), notUtf8.getString("failure"));

        JsonPath unclosed = Imports.run("admin", "units", Imports.CSV,
                Imports.csv("code,name,type", "X3,\"Thôn,VILLAGE"), true);
        assertEquals("FAILED", unclosed.getString("status"));
        assertTrue(unclosed.getString("failure").contains("not valid CSV"), unclosed.getString("failure"));

        JsonPath noHeader = Imports.run("admin", "units", Imports.CSV, Imports.csv("a,b,c", "1,2,3"), true);
        assertEquals("FAILED", noHeader.getString("status"));
        assertTrue(noHeader.getString("failure").contains("header"), noHeader.getString("failure"));

        JsonPath notAWorkbook = Imports.run("admin", "units", Imports.XLSX,
                new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 0}, true);
        assertEquals("FAILED", notAWorkbook.getString("status"));
        assertTrue(LocalDate.now().getYear() > 2000);
    }
}

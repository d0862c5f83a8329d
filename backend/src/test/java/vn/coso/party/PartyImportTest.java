package vn.coso.party;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.Imports;
import vn.coso.testing.TestImports;
import vn.coso.testing.TestParty;
import vn.coso.testing.TestUnits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Imports.errorsOf;
import static vn.coso.party.PartyOrganizationForm.CELL;
import static vn.coso.party.PartyOrganizationForm.COMMITTEE;
import static vn.coso.party.PartyOrganizationLevel.DIRECTLY_SUBORDINATE;
import static vn.coso.party.PartyOrganizationLevel.GRASSROOTS;
import static vn.coso.party.PartyOrganizationLevel.PROVINCIAL;
import static vn.coso.testing.Api.as;

@QuarkusTest
class PartyImportTest {

    @Inject
    TestUnits units;
    @Inject
    TestParty party;
    @Inject
    TestImports db;

    PartyOrganization haLong;
    PartyOrganization bachDangCell;
    PartyOrganization mongCai;

    @BeforeEach
    void organisations() {
        PartyOrganization provincial = party.organization("Đảng bộ tỉnh (nhập)", PROVINCIAL, COMMITTEE, units.province(), null);
        haLong = party.organization("Đảng bộ TP Hạ Long (nhập)", DIRECTLY_SUBORDINATE, COMMITTEE, units.haLong(), provincial);
        bachDangCell = party.organization("Chi bộ phường Bạch Đằng (nhập)", GRASSROOTS, CELL, units.bachDang(), haLong);
        mongCai = party.organization("Đảng bộ TP Móng Cái (nhập)", DIRECTLY_SUBORDINATE, COMMITTEE, units.mongCai(), provincial);
    }

    @Test
    void partyOrganisationsComeWithTheirSuperiorsByCode() {
        String committee = TestUnits.uniqueCode();
        String cell = TestUnits.uniqueCode();
        byte[] file = Imports.csv("Mã tổ chức đảng,Tên tổ chức đảng,Cấp,Loại hình,Mã đơn vị,Mã tổ chức đảng cấp trên,Bí thư",
                cell + ",Chi bộ khu 5,Dưới cơ sở,Chi bộ,06694," + committee + ",Trần Thị Bình",
                committee + ",Đảng bộ phường Bạch Đằng (mới),GRASSROOTS,COMMITTEE,06694," + haLong.code + ",");
        JsonPath job = Imports.run("officer.halong", "party-organizations", Imports.CSV, file, false);
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(2, job.getInt("createCount"));
        int committeeId = as("officer.halong").queryParam("q", committee).get("/api/v1/party-organizations")
                .then().statusCode(200).body("items[0].parentId", is(haLong.id.intValue()))
                .body("items[0].unit.code", is("06694")).extract().path("items[0].id");
        as("officer.halong").queryParam("q", cell).get("/api/v1/party-organizations")
                .then().body("items[0].parentId", is(committeeId)).body("items[0].level", is("BELOW_GRASSROOTS"))
                .body("items[0].form", is("CELL")).body("items[0].secretaryName", is("Trần Thị Bình"));

        byte[] rename = Imports.csv("code,name,level,form,unitCode,secretaryName",
                cell + ",Chi bộ khu 5,BELOW_GRASSROOTS,CELL,06694,Lê Văn Cường");
        JsonPath update = Imports.run("officer.halong", "party-organizations", Imports.CSV, rename, false);
        assertEquals(1, update.getInt("updateCount"), update.prettify());
        as("officer.halong").queryParam("q", cell).get("/api/v1/party-organizations")
                .then().body("items[0].secretaryName", is("Lê Văn Cường")).body("items[0].version", is(1))
                .body("items[0].parentId", is(committeeId));
    }

    @Test
    void partyOrganisationMistakesAreEachNamedAndNothingIsWritten() {
        String code = TestUnits.uniqueCode();
        byte[] file = Imports.csv("code,name,level,form,unitCode,parentCode",
                TestUnits.uniqueCode() + ",Chi bộ dưới chi bộ,BELOW_GRASSROOTS,CELL,06694," + bachDangCell.code,
                TestUnits.uniqueCode() + ",Đảng bộ Móng Cái mới,GRASSROOTS,COMMITTEE,194," + mongCai.code,
                TestUnits.uniqueCode() + ",Đảng bộ tỉnh thứ hai,PROVINCIAL,COMMITTEE,193,",
                TestUnits.uniqueCode() + ",Cấp lạ,WARD,CELL,06694," + haLong.code,
                TestUnits.uniqueCode() + ",Trực thuộc mà là chi bộ,DIRECTLY_SUBORDINATE,CELL,193," + haLong.code,
                code + ",Chi bộ đúng,GRASSROOTS,CELL,06694," + haLong.code,
                code + ",Chi bộ trùng,GRASSROOTS,CELL,06694," + haLong.code);
        long before = db.count("party_organization");
        JsonPath job = Imports.run("officer.halong", "party-organizations", Imports.CSV, file, false);
        assertEquals("FAILED", job.getString("status"));
        Set<String> errors = errorsOf("officer.halong", job);
        assertTrue(errors.containsAll(Set.of("2:parentCode", "3:unitCode", "3:parentCode", "4:level", "5:level",
                "6:form", "8:code")), errors.toString());
        // The structure's rules speak the requester's language (English here), from the bundles.
        Map<String, Object> messages = new HashMap<>();
        Imports.errors("officer.halong", job.getLong("id")).forEach(e -> messages.put(e.get("row") + ":" + e.get("field"), e.get("message")));
        assertEquals("a cell (chi bộ) has no organisations under it", messages.get("2:parentCode"));
        assertEquals("Only the secretariat manages the provincial party organisation.", messages.get("4:level"));
        assertEquals("a DIRECTLY_SUBORDINATE organisation is a party committee (COMMITTEE)", messages.get("6:form"));
        assertEquals(before, db.count("party_organization"));
    }

    @Test
    void memberMistakesAreEachNamedAndNothingIsWritten() {
        PartyMember existing = party.member("Phạm Văn Đông", bachDangCell);
        String card = TestParty.uniqueCard();
        byte[] file = Imports.csv("Số thẻ đảng viên,Họ và tên,Ngày sinh,Ngày vào Đảng,Ngày chính thức,Mã tổ chức đảng,Trạng thái",
                card + ",Nguyễn Thị Hoa,17/05/1980,26/03/2005,26/03/2006," + bachDangCell.code + ",ACTIVE",
                TestParty.uniqueCard() + ",Sai Ngày,1980-13-45,26/03/2005,," + bachDangCell.code + ",",
                TestParty.uniqueCard() + ",Sai Trạng Thái,17/05/1980,26/03/2005,," + bachDangCell.code + ",RETIRED",
                TestParty.uniqueCard() + ",,17/05/1980,26/03/2005,," + bachDangCell.code + ",",
                TestParty.uniqueCard() + ",Không Chi Bộ,17/05/1980,26/03/2005,,KHONGCO,",
                card + ",Trùng Số Thẻ,17/05/1980,26/03/2005,," + bachDangCell.code + ",",
                TestParty.uniqueCard() + ",Quá Trẻ,01/01/2000,01/01/2010,," + bachDangCell.code + ",",
                existing.partyCardNumber + ",Phạm Văn Đông,17/05/1980,26/03/2005,," + mongCai.code + ",");
        long before = party.memberCount();
        Set<String> expected = Set.of("3:dateOfBirth", "4:status", "5:fullName", "6:organizationCode",
                "7:partyCardNumber", "8:admissionDate", "9:organizationCode");
        JsonPath dry = Imports.run("inspector", "party-members", Imports.CSV, file, true);
        assertEquals(expected, errorsOf("inspector", dry));
        JsonPath real = Imports.run("inspector", "party-members", Imports.CSV, file, false);
        assertEquals("FAILED", real.getString("status"));
        assertEquals(expected, errorsOf("inspector", real));
        assertEquals(before, party.memberCount());
        var dateError = Imports.errors("inspector", real.getLong("id")).stream()
                .filter(e -> e.get("row").equals(3)).findFirst().orElseThrow();
        assertEquals("1980-13-45", dateError.get("value"));
        assertEquals("Ngày sinh", dateError.get("column"));
        assertEquals("must be a date, DD/MM/YYYY or YYYY-MM-DD", dateError.get("message"));
    }

    @Test
    void membersFromAWorkbookThenAnUpdateThatBumpsTheVersion() {
        String card = TestParty.uniqueCard();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("Số thẻ đảng viên (partyCardNumber)", "Họ và tên (fullName)", "Ngày sinh (dateOfBirth)",
                "Ngày vào Đảng (admissionDate)", "Mã tổ chức đảng (organizationCode)", "Chức vụ (post)"));
        rows.add(List.of(card, "Đỗ Thị Thu", LocalDate.of(1985, 2, 11), LocalDate.of(2010, 5, 19), bachDangCell.code,
                "Phó bí thư"));
        JsonPath job = Imports.run("admin", "party-members", Imports.XLSX, Imports.xlsx(rows), false);
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        int id = as("inspector").queryParam("q", card).get("/api/v1/party-members").then().statusCode(200)
                .body("items[0].dateOfBirth", is("1985-02-11")).body("items[0].admissionDate", is("2010-05-19"))
                .body("items[0].organization.code", is(bachDangCell.code)).body("items[0].status", is("ACTIVE"))
                .body("items[0].version", is(0)).extract().path("items[0].id");

        byte[] update = Imports.csv("partyCardNumber,fullName,admissionDate,officialDate,post",
                card + ",Đỗ Thị Thu,2010-05-19,2011-05-19,Bí thư chi bộ");
        JsonPath updated = Imports.run("inspector", "party-members", Imports.CSV, update, false);
        assertEquals(1, updated.getInt("updateCount"), updated.prettify());
        as("inspector").get("/api/v1/party-members/" + id).then()
                .body("version", is(1)).body("post", is("Bí thư chi bộ")).body("officialDate", is("2011-05-19"))
                .body("dateOfBirth", is("1985-02-11")).body("organization.code", is(bachDangCell.code));
        JsonPath again = Imports.run("inspector", "party-members", Imports.CSV, update, false);
        assertEquals(1, again.getInt("unchangedCount"), again.prettify());
    }

    @Test
    void twoThousandMembersImportInChunksWithinOneTransaction() {
        int count = 2000;
        List<String> lines = new ArrayList<>();
        lines.add("partyCardNumber;fullName;dateOfBirth;admissionDate;organizationCode");
        String prefix = "B" + (System.nanoTime() % 1_000_000);
        for (int i = 0; i < count; i++) {
            lines.add(prefix + "-" + i + ";Đảng Viên Số " + i + ";1970-01-01;2000-01-01;" + bachDangCell.code);
        }
        long before = party.memberCount();
        JsonPath job = Imports.run("inspector", "party-members", Imports.CSV, Imports.csv(lines.toArray(String[]::new)), false);
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(count, job.getInt("totalRows"));
        assertEquals(count, job.getInt("createCount"));
        assertEquals(count, job.getInt("processedRows"));
        assertEquals(before + count, party.memberCount());
        as("inspector").queryParam("size", 1).get("/api/v1/imports/" + job.getLong("id") + "/rows")
                .then().body("total", is(count)).body("items[0].row", is(2)).body("items[0].label", is(prefix + "-0"));
        as("inspector").queryParam("organizationId", bachDangCell.id).queryParam("q", prefix + "-1999")
                .get("/api/v1/party-members").then().body("total", is(1));
    }

    @Test
    void onlyAdminAndInspectorImportMembers() {
        byte[] file = Imports.csv("partyCardNumber,fullName,admissionDate,organizationCode",
                TestParty.uniqueCard() + ",Ai Đó,2000-01-01," + bachDangCell.code);
        for (String user : List.of("officer.halong", "viewer")) {
            Imports.post(user, "party-members", Imports.CSV, file, true).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        Imports.post("inspector", "units", Imports.CSV, Imports.csv("code,name,type,parentCode", "X,Y,VILLAGE,06694"), true)
                .then().statusCode(403);
        Map<String, Object> ok = Imports.run("admin", "party-members", Imports.CSV, file, true).getMap("");
        assertEquals("SUCCEEDED", ok.get("status"));
    }
}

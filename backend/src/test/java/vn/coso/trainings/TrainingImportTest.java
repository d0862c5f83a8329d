package vn.coso.trainings;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.testing.Imports;
import vn.coso.party.PartyOrganization;
import vn.coso.party.PartyOrganizationForm;
import vn.coso.party.PartyOrganizationLevel;
import vn.coso.testing.TestImports;
import vn.coso.testing.TestParty;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.Set;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.testing.Imports.errorsOf;
import static vn.coso.testing.Api.as;

@QuarkusTest
class TrainingImportTest {

    @Inject
    TestUnits units;
    @Inject
    TestImports db;
    @Inject
    TestParty party;

    @Test
    void trainingsAreCreatedByTheirOrganisersCodeWithinScope() {
        Unit organizer = units.create("Trung tâm Chính trị (tập huấn)", UnitType.PUBLIC_SERVICE_UNIT, units.haLong());
        units.mongCai();
        byte[] wrong = Imports.csv("Mã đơn vị tổ chức,Ngày tổ chức,Chủ đề,Đối tượng,Số lượt người",
                organizer.code + ",14/05/2024,Quán triệt Luật Dân chủ ở cơ sở,Cán bộ cấp xã,120",
                "194,15/05/2024,Lớp ở Móng Cái,,80",
                organizer.code + ",30/02/2024,Ngày không có,,50",
                organizer.code + ",16/05/2024,Quá đông,,200000",
                organizer.code + ",17/05/2024,,,10");
        long before = db.count("training");
        JsonPath failed = Imports.run("officer.halong", "trainings", Imports.CSV, wrong, false);
        assertEquals("FAILED", failed.getString("status"));
        assertEquals(Set.of("3:organizerUnitCode", "4:date", "5:attendances", "6:topic"), errorsOf("officer.halong", failed));
        assertEquals(before, db.count("training"));

        byte[] right = Imports.csv("Mã đơn vị tổ chức,Ngày tổ chức,Chủ đề,Đối tượng,Số lượt người",
                organizer.code + ",14/05/2024,Quán triệt Luật Dân chủ ở cơ sở,Cán bộ cấp xã,120",
                organizer.code + ",2024-06-01,Kỹ năng đối thoại,Người lao động,85");
        JsonPath job = Imports.run("officer.halong", "trainings", Imports.CSV, right, false);
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(2, job.getInt("createCount"));
        as("officer.halong").queryParam("unitId", organizer.id).get("/api/v1/trainings").then().statusCode(200)
                .body("total", is(2)).body("items.attendances", containsInAnyOrder(120, 85))
                .body("items[0].organizerUnit.code", is(organizer.code));
        Imports.post("inspector", "trainings", Imports.CSV, right, true).then().statusCode(403);
    }

    @Test
    void trainingsOfAPartyOrganisationAreCreatedByItsCode() {
        Unit ward = units.create("Phường Đảng Bộ Nhập Lớp", UnitType.COMMUNE, units.haLong());
        PartyOrganization committee = party.organization("Đảng bộ phường nhập lớp", PartyOrganizationLevel.GRASSROOTS,
                PartyOrganizationForm.COMMITTEE, ward, null);
        PartyOrganization elsewhere = party.organization("Đảng bộ Móng Cái nhập lớp", PartyOrganizationLevel.GRASSROOTS,
                PartyOrganizationForm.COMMITTEE, units.mongCai(), null);
        String header = "Mã đơn vị tổ chức,Mã tổ chức đảng tổ chức,Ngày tổ chức,Chủ đề,Số lượt người";
        byte[] wrong = Imports.csv(header,
                "," + committee.code + ",14/05/2023,Lớp của đảng bộ,40",
                "," + elsewhere.code + ",15/05/2023,Đảng bộ ngoài phạm vi,40",
                "193," + committee.code + ",16/05/2023,Đơn vị không phải của đảng bộ,40",
                ",,17/05/2023,Không ai tổ chức,40");
        long before = db.count("training");
        JsonPath failed = Imports.run("officer.halong", "trainings", Imports.CSV, wrong, false);
        assertEquals("FAILED", failed.getString("status"));
        assertEquals(Set.of("3:organizerPartyOrganizationCode", "4:organizerUnitCode", "5:organizerUnitCode"),
                errorsOf("officer.halong", failed));
        assertEquals(before, db.count("training"));

        byte[] right = Imports.csv(header,
                "," + committee.code + ",14/05/2023,Lớp của đảng bộ,40",
                ward.code + "," + committee.code + ",16/05/2023,Đơn vị của chính đảng bộ,45");
        JsonPath job = Imports.run("officer.halong", "trainings", Imports.CSV, right, false);
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        as("officer.halong").queryParam("unitId", ward.id).get("/api/v1/trainings").then().statusCode(200)
                .body("total", is(2)).body("items.organizerPartyOrganization.code", everyItem(is(committee.code)))
                .body("items.organizerUnit.code", everyItem(is(ward.code)));
    }
}

package vn.coso.regulations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.Imports;
import vn.coso.testing.TestImports;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Imports.errorsOf;
import static vn.coso.testing.Api.as;

@QuarkusTest
class RegulationImportTest {

    @Inject
    TestUnits units;
    @Inject
    TestImports db;

    Unit agency;
    Unit otherAgency;
    Unit village;

    @BeforeEach
    void unitsWithoutRegulations() {
        agency = units.create("Cơ quan có quy chế", UnitType.AGENCY, units.bachDang());
        otherAgency = units.create("Cơ quan thứ hai", UnitType.AGENCY, units.bachDang());
        village = units.create("Thôn có hương ước", UnitType.VILLAGE, units.bachDang());
    }

    @Test
    void issuedRegulationsAndConventionsThenAReplacementWithItsHistory() {
        byte[] file = Imports.csv("Mã đơn vị,Số hiệu,Tên văn bản,Ngày ban hành,Trạng thái",
                agency.code + ",01/QĐ-CQ,Quy chế dân chủ của cơ quan,15/03/2023,Đã ban hành",
                village.code + ",02/HƯ,Hương ước thôn,2022-01-10,ISSUED");
        JsonPath job = Imports.run("officer.bachdang", "regulations", Imports.CSV, file, false);
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        as("officer.bachdang").queryParam("unitId", village.id).get("/api/v1/regulations").then()
                .body("items[0].kind", is("CONVENTION")).body("items[0].inForce", is(true));
        as("officer.bachdang").get("/api/v1/units/" + agency.id).then().body("hasRegulationInForce", is(true));

        byte[] replacement = Imports.csv("unitCode,number,title,issueDate,status,replacesNumber",
                agency.code + ",07/QĐ-CQ,Quy chế dân chủ (sửa đổi),2024-06-01,ISSUED,01/qđ-cq");
        JsonPath replaced = Imports.run("officer.bachdang", "regulations", Imports.CSV, replacement, false);
        assertEquals("SUCCEEDED", replaced.getString("status"), replaced.prettify());
        JsonPath list = as("officer.bachdang").queryParam("unitId", agency.id).queryParam("sort", "issueDate")
                .get("/api/v1/regulations").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("REVISED", "ISSUED"), list.getList("items.status"));
        long oldId = list.getLong("items[0].id");
        long newId = list.getLong("items[1].id");
        assertEquals(oldId, list.getLong("items[1].replacesId"));
        as("officer.bachdang").get("/api/v1/regulations/" + oldId + "/history").then()
                .body("items.action", contains("REVISED", "CREATED"))
                .body("items[0].by", is("officer.bachdang"));
        as("officer.bachdang").get("/api/v1/regulations/" + newId + "/history").then()
                .body("items[0].action", is("CREATED"))
                .body("items[0].changes.field", hasItems("title", "status", "replacesId"));
    }

    @Test
    void regulationMistakesAreEachNamedAndNothingIsWritten() {
        Unit commune = units.create("Xã có quy chế", UnitType.COMMUNE, units.haLong());
        byte[] first = Imports.csv("unitCode,number,title,issueDate,status",
                commune.code + ",01/QĐ,Quy chế đang có hiệu lực,2023-01-01,ISSUED");
        assertEquals("SUCCEEDED", Imports.run("admin", "regulations", Imports.CSV, first, false).getString("status"));

        byte[] file = Imports.csv("unitCode,kind,number,title,issueDate,status",
                agency.code + ",CONVENTION,03/QĐ,Quy chế sai loại,2023-01-01,ISSUED",
                otherAgency.code + ",,,Quy chế thiếu số,2023-01-01,ISSUED",
                commune.code + ",,09/QĐ,Quy chế thứ hai có hiệu lực,2024-01-01,ISSUED",
                units.mongCai().code + ",,01/QĐ-MC,Quy chế ngoài phạm vi,2023-01-01,DRAFTING",
                village.code + ",,04/HƯ,Hương ước sai ngày,32/01/2024,DRAFTING",
                commune.code + ",,01/QĐ,Quy chế lùi trạng thái,2023-01-01,DRAFTING");
        long before = db.count("regulation");
        long history = db.count("change_history");
        JsonPath job = Imports.run("officer.halong", "regulations", Imports.CSV, file, false);
        assertEquals("FAILED", job.getString("status"));
        Set<String> errors = errorsOf("officer.halong", job);
        assertEquals(Set.of("2:kind", "3:number", "4:status", "5:unitCode", "6:issueDate", "7:status"), errors);
        assertEquals(before, db.count("regulation"));
        assertEquals(history, db.count("change_history"));
        assertTrue(Imports.errors("officer.halong", job.getLong("id")).stream()
                .anyMatch(e -> e.get("message").toString().contains("already has regulation 01/QĐ in force")));
    }
}

package vn.coso.disclosures;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.testing.Imports;
import vn.coso.testing.TestImports;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Imports.errorsOf;

/** Public disclosures from a spreadsheet: the unit by code within scope, categories and forms by their names. */
@QuarkusTest
class DisclosureImportTest {

    private static final String HEADER = "Mã đơn vị,Nội dung theo luật,Tiêu đề,Hình thức công khai,Ngày bắt đầu công khai,"
            + "Công khai đến ngày,Đường dẫn";

    @Inject
    TestUnits units;
    @Inject
    TestImports db;

    @Test
    void disclosuresAreCreatedByTheirUnitsCodeWithinScopeAndKeepAHistory() {
        Unit commune = units.create("Xã Nhập Công Khai", UnitType.COMMUNE, units.haLong());
        units.mongCai();
        byte[] wrong = Imports.csv(HEADER,
                commune.code + ",Quyết toán ngân sách,Công khai quyết toán 2023,Niêm yết; Loa truyền thanh,10/01/2024,,",
                "194,Dự toán ngân sách,Ở Móng Cái,Niêm yết,10/01/2024,,",
                commune.code + ",Ngân sách gì đó,Loại không có,Niêm yết,10/01/2024,,",
                commune.code + ",Dự toán ngân sách,Hình thức không có,Bồ câu đưa thư,10/01/2024,,",
                commune.code + ",Dự toán ngân sách,Kết thúc trước khi bắt đầu,Niêm yết,10/02/2024,10/01/2024,",
                commune.code + ",Dự toán ngân sách,Đường dẫn lạ,Văn bản,10/01/2024,,ftp://x",
                commune.code + ",Dự toán ngân sách,,Niêm yết,10/01/2024,,");
        long before = db.count("disclosure");
        JsonPath failed = Imports.run("officer.halong", "disclosures", Imports.CSV, wrong, false);
        assertEquals("FAILED", failed.getString("status"));
        assertEquals(Set.of("3:unitCode", "4:category", "5:forms", "6:postedUntil", "7:link", "8:title"),
                errorsOf("officer.halong", failed));
        assertEquals(before, db.count("disclosure"));

        byte[] right = Imports.xlsx(List.of(
                List.of("Mã đơn vị", "Nội dung theo luật", "Tiêu đề", "Hình thức công khai", "Ngày bắt đầu công khai"),
                List.of(commune.code, "Quyết toán ngân sách", "Công khai quyết toán ngân sách 2023", "Niêm yết; Loa truyền thanh",
                        LocalDate.of(2024, 1, 10)),
                List.of(commune.code, "BENEFICIARY_POLICY", "Danh sách hộ nghèo 2024", "Cổng thông tin",
                        LocalDate.of(2024, 3, 1))));
        JsonPath job = Imports.run("officer.halong", "disclosures", Imports.XLSX, right, false);
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(2, job.getInt("createCount"));
        JsonPath list = as("officer.halong").queryParam("unitId", commune.id).get("/api/v1/disclosures").then()
                .statusCode(200).body("total", is(2))
                .body("items.category", containsInAnyOrder("BUDGET_SETTLEMENT", "BENEFICIARY_POLICY"))
                .body("items.find { it.category == 'BUDGET_SETTLEMENT' }.forms",
                        containsInAnyOrder("NOTICE_BOARD", "LOUDSPEAKER"))
                .extract().jsonPath();
        int id = list.getInt("items.find { it.category == 'BUDGET_SETTLEMENT' }.id");
        as("officer.halong").get("/api/v1/disclosures/" + id + "/history").then().statusCode(200)
                .body("items[0].action", is("CREATED")).body("items[0].by", is("officer.halong"));
        // Outside their scope, an officer of Móng Cái sees none of it; an inspector may not import disclosures.
        as("officer.mongcai").get("/api/v1/disclosures/" + id).then().statusCode(404);
        Imports.post("inspector", "disclosures", Imports.XLSX, right, true).then().statusCode(403);
        as("officer.halong").get("/api/v1/imports/disclosures/template").then().statusCode(200);
    }
}

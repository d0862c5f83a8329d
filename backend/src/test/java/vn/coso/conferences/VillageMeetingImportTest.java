package vn.coso.conferences;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.testing.Imports;
import vn.coso.testing.TestImports;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.Set;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Imports.errorsOf;

/**
 * Village meetings from a spreadsheet, one row per agenda item: rows of the same village, date and
 * title are one meeting; the law's thresholds decide validity and items as for meetings recorded
 * one by one. Dated 2018, away from the demo data's years.
 */
@QuarkusTest
class VillageMeetingImportTest {

    private static final String HEADER = "Mã thôn,Ngày họp,Tên hội nghị,Số người dự,Số hộ của thôn,Số hộ dự họp,"
            + "Nội dung biểu quyết,Cách biểu quyết,Số hộ đồng ý,Số hộ không đồng ý,Số hộ không biểu quyết,Nhân dân đóng góp";

    @Inject
    TestUnits units;
    @Inject
    TestImports db;

    @Test
    void meetingsAreCreatedWithTheirItemsAndTheLawsThresholds() {
        Unit commune = units.create("Xã Nhập Hội Nghị", UnitType.COMMUNE, units.haLong());
        Unit village = units.create("Thôn Nhập Biên Bản", UnitType.VILLAGE, commune);
        Unit other = units.create("Thôn Họp Ít", UnitType.VILLAGE, commune);
        Unit elsewhere = units.create("Thôn Móng Cái Nhập", UnitType.VILLAGE, units.mongCai());
        String v = village.code;
        byte[] wrong = Imports.csv(HEADER,
                v + ",12/03/2018,Hội nghị bàn làm đường,96,120,90,Đóng góp làm đường,Giơ tay,78,8,4,Tiền",
                v + ",12/03/2018,Hội nghị bàn làm đường,96,120,91,Quy ước vệ sinh,Giơ tay,70,10,5,Không",
                elsewhere.code + ",12/03/2018,Ngoài phạm vi,50,100,60,,,,,,",
                commune.code + ",12/03/2018,Xã không họp thôn,50,100,60,,,,,,",
                other.code + ",13/03/2018,Số hộ dự nhiều hơn,50,100,160,,,,,,",
                other.code + ",14/03/2018,Nhiều phiếu hơn số hộ dự,50,100,60,Nội dung,Giơ tay,50,10,5,",
                other.code + ",15/03/2018,Thiếu cách biểu quyết,50,100,60,Nội dung,,40,10,5,");
        long before = db.count("conference");
        JsonPath failed = Imports.run("officer.halong", "village-meetings", Imports.CSV, wrong, false);
        assertEquals("FAILED", failed.getString("status"));
        assertEquals(Set.of("3:householdsRepresented", "4:villageCode", "5:villageCode", "6:householdsRepresented",
                "7:votesFor", "8:decidedBy"), errorsOf("officer.halong", failed));
        assertEquals(before, db.count("conference"));

        byte[] right = Imports.csv(HEADER,
                v + ",12/03/2018,Hội nghị bàn làm đường,96,120,90,Đóng góp làm đường,Giơ tay,78,8,4,Tiền",
                v + ",12/03/2018,Hội nghị bàn làm đường,96,120,90,Quy ước vệ sinh,Bỏ phiếu kín,55,30,5,Không",
                other.code + ",13/03/2018,Hội nghị thôn thiếu hộ,40,100,50,Làm rãnh thoát nước,Lấy chữ ký hộ gia đình,50,0,0,Ngày công");
        JsonPath job = Imports.run("officer.halong", "village-meetings", Imports.CSV, right, false);
        assertEquals("SUCCEEDED", job.getString("status"), job.prettify());
        assertEquals(before + 2, db.count("conference"));

        // 78 of 120 households agreed: decided; 55 of 120: not. Half the households represented: nothing decided.
        int id = as("officer.halong").queryParam("unitId", village.id).get("/api/v1/conferences").then().statusCode(200)
                .body("total", is(1)).body("items[0].kind", is("VILLAGE_MEETING")).body("items[0].quorate", is(true))
                .body("items[0].items.title", contains("Đóng góp làm đường", "Quy ước vệ sinh"))
                .body("items[0].items.decided", contains(true, false))
                .body("items[0].items[0].contribution", is("MONEY"))
                .extract().path("items[0].id");
        as("officer.halong").queryParam("unitId", other.id).get("/api/v1/conferences").then().statusCode(200)
                .body("total", is(1)).body("items[0].quorate", is(false)).body("items[0].items[0].decided", is(false));
        as("officer.halong").get("/api/v1/conferences/" + id + "/history").then().statusCode(200)
                .body("items[0].action", is("CREATED")).body("items[0].by", is("officer.halong"));
        Imports.post("inspector", "village-meetings", Imports.CSV, right, true).then().statusCode(403);
    }
}

package vn.coso.common.i18n;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.testing.Imports;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;

/**
 * Every family of the API's messages follows Accept-Language: Vietnamese by default and for vi,
 * English for en; the problem's code stays the same in both.
 */
@QuarkusTest
class LocalisedApiTest {

    private static final RestAssuredConfig RAW = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    @Inject
    TestUnits units;

    @Test
    void withoutAcceptLanguageTheAnswerIsVietnamese() {
        anonymous(null).get("/api/v1/units").then().statusCode(401)
                .body("code", is("unauthenticated")).body("title", is("Chưa đăng nhập"));
        anonymous("fr-FR,fr;q=0.9").get("/api/v1/units").then().statusCode(401).body("title", is("Chưa đăng nhập"));
        anonymous("en-GB,en;q=0.9").get("/api/v1/units").then().statusCode(401).body("title", is("Unauthenticated"));
    }

    @Test
    void beanValidationMessagesFollowTheLanguage() {
        Map<String, Object> body = unitBody(TestUnits.uniqueCode(), " ", units.haLong().id);
        as("admin", "vi").body(body).post("/api/v1/units").then().statusCode(400)
                .body("code", is("validation.failed")).body("title", is("Yêu cầu không hợp lệ"))
                .body("errors.find { it.field == 'name' }.message", is("không được để trống"));
        as("admin", "en").body(body).post("/api/v1/units").then().statusCode(400)
                .body("code", is("validation.failed")).body("title", is("Invalid request"))
                .body("errors.find { it.field == 'name' }.message", is("must not be blank"));
    }

    @Test
    void jsonProblemsFollowTheLanguage() {
        as("admin", "vi").body("{\"code\": ").post("/api/v1/units").then().statusCode(400)
                .body("code", is("json.malformed")).body("title", is("JSON không hợp lệ"));
        as("admin", "en").body("{\"code\": ").post("/api/v1/units").then().statusCode(400)
                .body("code", is("json.malformed")).body("title", is("Malformed JSON"));
        Map<String, Object> wrongType = unitBody(TestUnits.uniqueCode(), "Phường", units.haLong().id);
        wrongType.put("type", "TOWNSHIP");
        as("admin", "vi").body(wrongType).post("/api/v1/units").then().statusCode(400)
                .body("code", is("json.invalid-value"))
                .body("errors[0].message", startsWith("phải là một trong các giá trị PROVINCE"));
        as("admin", "en").body(wrongType).post("/api/v1/units").then().statusCode(400)
                .body("errors[0].message", startsWith("must be one of PROVINCE"));
    }

    @Test
    void aRefusalFollowsTheLanguageAndKeepsItsCode() {
        Unit taken = units.create("Phường Trùng Mã", UnitType.COMMUNE, units.haLong());
        Map<String, Object> body = unitBody(taken.code, "Phường Khác", units.haLong().id);
        as("admin", "vi").body(body).post("/api/v1/units").then().statusCode(409)
                .body("code", is("unit.code.duplicate")).body("title", is("Xung đột"))
                .body("detail", is("Mã " + taken.code + " đã được Phường Trùng Mã sử dụng trong cùng thời gian; một mã chỉ thuộc một đơn vị vào mỗi ngày."));
        as("admin", "en").body(body).post("/api/v1/units").then().statusCode(409)
                .body("code", is("unit.code.duplicate")).body("title", is("Conflict"))
                .body("detail", is("The code " + taken.code + " is held by Phường Trùng Mã in the same period; a code names one unit on any day."));
        as("admin", "vi").get("/api/v1/units/999999999").then().statusCode(404)
                .body("code", is("not-found")).body("detail", startsWith("Đơn vị 999999999 không tồn tại"));
    }

    @Test
    void importErrorsAreWrittenInTheLanguageOfTheUpload() {
        byte[] file = Imports.csv(
                "Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên,Số người",
                TestUnits.uniqueCode() + ",Phường B,TOWNSHIP," + units.haLong().code + ",",
                TestUnits.uniqueCode() + ",," + "COMMUNE," + units.haLong().code + ",");

        JsonPath vi = upload("vi", file);
        assertEquals("FAILED", vi.getString("status"));
        assertEquals("Phát hiện 2 lỗi.", vi.getString("failure"));
        Map<String, String> viErrors = errors(vi.getLong("id"));
        assertEquals("bắt buộc", viErrors.get("3:name"));
        assertTrue(viErrors.get("2:type").startsWith("phải là một trong các giá trị PROVINCE"), viErrors.toString());

        JsonPath en = upload("en", file);
        assertEquals("2 problem(s) found.", en.getString("failure"));
        Map<String, String> enErrors = errors(en.getLong("id"));
        assertEquals("is required", enErrors.get("3:name"));
        assertTrue(enErrors.get("2:type").startsWith("must be one of PROVINCE"), enErrors.toString());
    }

    @Test
    void figureLabelsDefinitionsAndExportHeadingsFollowTheLanguage() {
        String trainings = "sections.find { it.key == 'trainings' }";
        String classes = trainings + ".figures.find { it.key == 'trainings.classes' }";
        String byRight = "sections.find { it.key == 'feedback' }.figures.find { it.key == 'feedback.received.KNOW' }";
        as("admin", "vi").queryParam("year", 2024).get("/api/v1/reports/annual").then().statusCode(200)
                .body(trainings + ".title", is("Tập huấn"))
                .body(classes + ".label", is("Lớp tập huấn"))
                .body(classes + ".definition", is("Số lớp tập huấn tổ chức trong kỳ, do đơn vị trong địa bàn tổ chức."))
                .body(byRight + ".label", is("Ý kiến, phản ánh, kiến nghị tiếp nhận (dân biết)"));
        as("admin", "en").queryParam("year", 2024).get("/api/v1/reports/annual").then().statusCode(200)
                .body(trainings + ".title", is("Training"))
                .body(classes + ".label", is("Training classes"))
                .body(classes + ".definition", is("Training classes held in the period, organised by a unit of the area."))
                .body(byRight + ".label", is("Feedback received (people know)"))
                .body(byRight + ".definition", endsWith("Only those on the right KNOW."));

        String viCsv = as("admin", "vi").queryParam("year", 2024).queryParam("format", "csv")
                .get("/api/v1/reports/annual").then().statusCode(200).extract().asString();
        assertTrue(viCsv.contains("Báo cáo kết quả thực hiện dân chủ ở cơ sở") && viCsv.contains("Định nghĩa"), viCsv);
        String enCsv = as("admin", "en").queryParam("year", 2024).queryParam("format", "csv")
                .get("/api/v1/reports/annual").then().statusCode(200).extract().asString();
        assertTrue(enCsv.contains("Report on the implementation of grassroots democracy") && enCsv.contains("Definition")
                && enCsv.contains("Training classes held in the period"), enCsv);
    }

    private JsonPath upload(String language, byte[] file) {
        long id = as("admin", language).config(RAW).contentType(Imports.CSV).body(file).queryParam("dryRun", true)
                .queryParam("kind", "units").post("/api/v1/imports").then().statusCode(202).extract().jsonPath().getLong("id");
        return Imports.await("admin", id);
    }

    private static Map<String, String> errors(long jobId) {
        Map<String, String> byRow = new HashMap<>();
        List<Map<String, Object>> found = Imports.errors("admin", jobId);
        found.forEach(e -> byRow.put(e.get("row") + ":" + e.get("field"), String.valueOf(e.get("message"))));
        return byRow;
    }

    private static Map<String, Object> unitBody(String code, String name, long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("type", "COMMUNE");
        body.put("parentId", parentId);
        return body;
    }
}

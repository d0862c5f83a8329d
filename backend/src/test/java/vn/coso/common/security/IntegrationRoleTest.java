package vn.coso.common.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import vn.coso.party.PartyOrganization;
import vn.coso.party.PartyOrganizationForm;
import vn.coso.party.PartyOrganizationLevel;
import vn.coso.testing.TestParty;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

/**
 * The integration role (another system, client credentials) reads what PRODUCT.md gives it —
 * reference data and public figures — submits feedback, and never reads a person's name.
 */
@QuarkusTest
class IntegrationRoleTest {

    @Inject
    TestUnits units;

    @Inject
    TestParty party;

    @Inject
    EntityManager em;

    @Test
    void readsReferenceDataAndSubmitsFeedback() {
        for (String path : List.of("/api/v1/units?size=5", "/api/v1/holidays?year=2025", "/api/v1/documents?size=5",
                "/api/v1/regulations?size=5", "/api/v1/regulations/coverage", "/api/v1/trainings?size=5",
                "/api/v1/model-practices?size=5", "/api/v1/party-organizations?size=5", "/api/v1/me")) {
            asIntegration().get(path).then().statusCode(200);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("unitId", units.bachDang().id);
        body.put("right", "KNOW");
        body.put("title", "Từ hệ thống khác " + UUID.randomUUID());
        body.put("text", "Chưa công khai dự toán.");
        asIntegration().body(body).post("/api/v1/feedback").then().statusCode(201)
                .body("channel", is("INTEGRATION")).body("trackingCode", notNullValue());
    }

    @Test
    void readsNoRecordAboutPeopleNorStaffWork() {
        for (String path : List.of("/api/v1/party-members", "/api/v1/inspections", "/api/v1/disciplinary-actions",
                "/api/v1/feedback", "/api/v1/consultations", "/api/v1/conferences", "/api/v1/reports/annual?year=2024",
                "/api/v1/staff", "/api/v1/staff/history", "/api/v1/imports")) {
            asIntegration().get(path).then().statusCode(403).contentType("application/problem+json")
                    .body("code", is("forbidden"));
        }
    }

    @Test
    void neverReadsTheSecretaryOfAPartyOrganisationNorWhoChangedARegulation() {
        Unit commune = units.bachDang();
        String secretary = "Phạm Thị Bí Thư " + UUID.randomUUID().toString().substring(0, 6);
        PartyOrganization cell = party.organization("Chi bộ Tích hợp " + UUID.randomUUID().toString().substring(0, 6), PartyOrganizationLevel.GRASSROOTS,
                PartyOrganizationForm.CELL, commune, null);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "UPDATE party_organization SET secretary_name = ?1 WHERE id = ?2")
                .setParameter(1, secretary).setParameter(2, cell.id).executeUpdate());

        // People of the committee read the secretary; the other system reads the organisation without it.
        as("admin").get("/api/v1/party-organizations/" + cell.id).then().statusCode(200)
                .body("secretaryName", is(secretary));
        as("viewer").get("/api/v1/party-organizations/" + cell.id).then().statusCode(200)
                .body("secretaryName", is(secretary));
        asIntegration().get("/api/v1/party-organizations/" + cell.id).then().statusCode(200)
                .body("code", is(cell.code))
                .body("secretaryName", nullValue());
        Response list = asIntegration().queryParam("q", cell.code).queryParam("size", 200)
                .get("/api/v1/party-organizations");
        list.then().statusCode(200).body("items.find { it.id == " + cell.id + " }.secretaryName", nullValue());
        for (Response response : List.of(list,
                asIntegration().get("/api/v1/party-organizations/" + cell.id),
                asIntegration().get("/api/v1/party-organizations/" + cell.id + "/tree"))) {
            assertEquals(200, response.statusCode());
            assertFalse(response.asString().contains(secretary), "the secretary's name leaks: " + response.asString());
        }
        assertEquals(secretary, QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT secretary_name FROM party_organization WHERE id = ?1").setParameter(1, cell.id).getSingleResult()));

        // A regulation's history names the staff who changed it.
        long regulation = as("admin").get("/api/v1/regulations?size=1").then().statusCode(200)
                .extract().jsonPath().getList("items.id", Long.class).stream().findFirst().orElse(1L);
        asIntegration().get("/api/v1/regulations/" + regulation + "/history").then().statusCode(403)
                .body("code", is("forbidden"));
    }
}

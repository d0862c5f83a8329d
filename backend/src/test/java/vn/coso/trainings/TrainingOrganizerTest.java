package vn.coso.trainings;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.party.PartyOrganization;
import vn.coso.party.PartyOrganizationForm;
import vn.coso.party.PartyOrganizationLevel;
import vn.coso.party.PartyOrganizationRepository;
import vn.coso.testing.TestParty;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitRepository;
import vn.coso.units.UnitType;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.coso.testing.Api.as;

/** A training organised by a party organisation, which belongs to the scope of the organisation's unit. */
@QuarkusTest
class TrainingOrganizerTest {

    @Inject
    TestUnits units;
    @Inject
    TestParty party;
    @Inject
    TrainingRepository trainings;
    @Inject
    PartyOrganizationRepository organizations;
    @Inject
    UnitRepository unitRepository;

    private static Map<String, Object> body(Long unitId, Long organizationId, String topic) {
        var body = new HashMap<String, Object>();
        body.put("organizerUnitId", unitId);
        body.put("organizerPartyOrganizationId", organizationId);
        body.put("date", "2023-05-14");
        body.put("topic", topic);
        body.put("attendances", 60);
        return body;
    }

    private PartyOrganization committeeOf(Unit unit) {
        return party.organization("Đảng bộ " + unit.name, PartyOrganizationLevel.DIRECTLY_SUBORDINATE,
                PartyOrganizationForm.COMMITTEE, unit, null);
    }

    /** organiser unit id, organiser organisation id of a stored training */
    private Long[] storedOrganizer(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Training t = trainings.findById(id);
            return new Long[] {t.organizerUnit == null ? null : t.organizerUnit.id,
                    t.organizerPartyOrganization == null ? null : t.organizerPartyOrganization.id};
        });
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> trainings.count());
    }

    @Test
    void officerRecordsATrainingOfAPartyOrganisationOfItsSubtree() {
        Unit ward = units.create("Phường Tập Huấn Đảng", UnitType.COMMUNE, units.haLong());
        PartyOrganization committee = committeeOf(ward);
        int id = as("officer.halong").body(body(null, committee.id, "Quán triệt Kết luận 120-KL/TW"))
                .post("/api/v1/trainings").then().statusCode(201)
                .body("organizerPartyOrganization.id", is(committee.id.intValue()))
                .body("organizerPartyOrganization.code", is(committee.code))
                .body("organizerUnit.id", is(ward.id.intValue()))
                .extract().path("id");
        Long[] stored = storedOrganizer(id);
        assertNull(stored[0]);
        assertEquals(committee.id, stored[1]);

        as("officer.halong").queryParam("unitId", ward.id).get("/api/v1/trainings")
                .then().statusCode(200).body("items.id", contains(id));
        as("officer.halong").queryParam("unitId", ward.id).get("/api/v1/trainings/summary")
                .then().statusCode(200).body("trainings", is(1)).body("attendances", is(60));
        as("officer.halong").queryParam("q", "120-KL").queryParam("sort", "organizer")
                .get("/api/v1/trainings").then().statusCode(200).body("items.id", hasItem(id));
        as("officer.mongcai").get("/api/v1/trainings/" + id).then().statusCode(404);
        as("officer.bachdang").get("/api/v1/trainings/" + id).then().statusCode(404);

        // The organisation's own unit beside it is what a client reads back: it changes nothing.
        var sameAgain = body(ward.id, committee.id, "Quán triệt Kết luận 120-KL/TW (sửa)");
        sameAgain.put("version", 0);
        as("officer.halong").body(sameAgain).put("/api/v1/trainings/" + id).then().statusCode(200)
                .body("organizerPartyOrganization.id", is(committee.id.intValue())).body("version", is(1));
    }

    @Test
    void theTrainingFollowsItsOrganisationToAnotherUnit() {
        Unit ward = units.create("Phường Chuyển Đảng Bộ", UnitType.COMMUNE, units.haLong());
        PartyOrganization committee = committeeOf(ward);
        int id = as("admin").body(body(null, committee.id, "Lớp của đảng bộ chuyển đi"))
                .post("/api/v1/trainings").then().statusCode(201).extract().path("id");
        as("officer.mongcai").get("/api/v1/trainings/" + id).then().statusCode(404);

        Unit mongCai = units.mongCai();
        QuarkusTransaction.requiringNew().run(() ->
                organizations.findById(committee.id).unit = unitRepository.findById(mongCai.id));
        as("officer.mongcai").get("/api/v1/trainings/" + id).then().statusCode(200)
                .body("organizerUnit.code", is("194"));
        as("officer.halong").get("/api/v1/trainings/" + id).then().statusCode(404);
    }

    @Test
    void theOrganiserMustBeGivenOnceInScopeAndConsistent() {
        Unit ward = units.create("Phường Tổ Chức Lớp", UnitType.COMMUNE, units.haLong());
        PartyOrganization committee = committeeOf(ward);
        PartyOrganization elsewhere = committeeOf(units.mongCai());
        long before = count();
        as("officer.halong").body(body(null, null, "Không ai tổ chức")).post("/api/v1/trainings")
                .then().statusCode(400).body("errors[0].field", is("organizerUnitId"))
                .body("errors[0].message", containsString("organizerPartyOrganizationId"));
        as("officer.halong").body(body(null, elsewhere.id, "Đảng bộ nơi khác")).post("/api/v1/trainings")
                .then().statusCode(400).body("errors[0].field", is("organizerPartyOrganizationId"));
        as("officer.halong").body(body(null, 999_999_999L, "Không có")).post("/api/v1/trainings")
                .then().statusCode(400).body("errors[0].field", is("organizerPartyOrganizationId"));
        as("officer.halong").body(body(units.haLong().id, committee.id, "Hai nơi tổ chức")).post("/api/v1/trainings")
                .then().statusCode(400).body("errors[0].field", is("organizerUnitId"))
                .body("errors[0].message", containsString(ward.code));
        as("officer.halong").body("{\"organizerPartyOrganizationId\":\"một\",\"date\":\"2023-05-14\",\"topic\":\"A\","
                        + "\"attendances\":1}").post("/api/v1/trainings")
                .then().statusCode(400).body("errors[0].field", is("organizerPartyOrganizationId"));
        assertEquals(before, count());
    }

    @Test
    void anOrganisationThatOrganisedTrainingsCannotBeDeleted() {
        Unit ward = units.create("Phường Đảng Bộ Giữ Lớp", UnitType.COMMUNE, units.haLong());
        PartyOrganization committee = committeeOf(ward);
        int id = as("admin").body(body(null, committee.id, "Lớp giữ đảng bộ")).post("/api/v1/trainings")
                .then().statusCode(201).extract().path("id");
        as("admin").delete("/api/v1/party-organizations/" + committee.id).then().statusCode(409)
                .body("code", is("party-organization.referenced")).body("detail", containsString("training"));
        as("admin").delete("/api/v1/trainings/" + id).then().statusCode(204);
        as("admin").delete("/api/v1/party-organizations/" + committee.id).then().statusCode(204);
    }

    @Test
    void aUnitOrganisedTrainingHasNoOrganisation() {
        Unit ward = units.create("Phường Lớp Đơn Vị", UnitType.COMMUNE, units.haLong());
        int id = as("officer.halong").body(body(ward.id, null, "Lớp của đơn vị")).post("/api/v1/trainings")
                .then().statusCode(201).body("organizerPartyOrganization", nullValue())
                .body("organizerUnit.id", is(ward.id.intValue())).extract().path("id");
        as("officer.halong").queryParam("unitId", units.haLong().id).queryParam("size", 200)
                .queryParam("from", "2023-05-14").queryParam("to", "2023-05-14")
                .get("/api/v1/trainings").then().statusCode(200).body("items.id", hasItem(id));
        as("officer.mongcai").queryParam("from", "2023-05-14").queryParam("to", "2023-05-14")
                .get("/api/v1/trainings").then().statusCode(200).body("items.id", not(hasItem(id)));
    }
}

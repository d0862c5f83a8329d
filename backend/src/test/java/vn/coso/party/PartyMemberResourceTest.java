package vn.coso.party;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestParty;
import vn.coso.testing.TestUnits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.coso.party.PartyOrganizationForm.CELL;
import static vn.coso.party.PartyOrganizationForm.COMMITTEE;
import static vn.coso.party.PartyOrganizationLevel.BELOW_GRASSROOTS;
import static vn.coso.party.PartyOrganizationLevel.DIRECTLY_SUBORDINATE;
import static vn.coso.party.PartyOrganizationLevel.GRASSROOTS;
import static vn.coso.party.PartyOrganizationLevel.PROVINCIAL;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;
import static vn.coso.testing.Api.asIntegration;

@QuarkusTest
class PartyMemberResourceTest {

    @Inject
    TestUnits units;
    @Inject
    TestParty party;

    PartyOrganization bachDangCell;
    PartyOrganization otherBachDangCell;
    PartyOrganization mongCaiCell;

    @BeforeEach
    void organisations() {
        PartyOrganization provincial = party.organization("Đảng bộ tỉnh (thử)", PROVINCIAL, COMMITTEE, units.province(), null);
        PartyOrganization haLong = party.organization("Đảng bộ TP Hạ Long", DIRECTLY_SUBORDINATE, COMMITTEE, units.haLong(), provincial);
        PartyOrganization bachDang = party.organization("Đảng bộ phường Bạch Đằng", GRASSROOTS, COMMITTEE, units.bachDang(), haLong);
        bachDangCell = party.organization("Chi bộ khu 1", BELOW_GRASSROOTS, CELL, units.bachDang(), bachDang);
        otherBachDangCell = party.organization("Chi bộ khu 2", BELOW_GRASSROOTS, CELL, units.bachDang(), bachDang);
        PartyOrganization mongCai = party.organization("Đảng bộ TP Móng Cái", DIRECTLY_SUBORDINATE, COMMITTEE, units.mongCai(), provincial);
        mongCaiCell = party.organization("Chi bộ Móng Cái", GRASSROOTS, CELL, units.mongCai(), mongCai);
    }

    private Map<String, Object> body(String name, long organizationId) {
        Map<String, Object> body = new HashMap<>();
        body.put("fullName", name);
        body.put("partyCardNumber", TestParty.uniqueCard());
        body.put("dateOfBirth", "1985-02-11");
        body.put("admissionDate", "2010-05-19");
        body.put("officialDate", "2011-05-19");
        body.put("organizationId", organizationId);
        return body;
    }

    @Test
    void onlyAdminAndInspectorSeeMembers() {
        PartyMember member = party.member("Hoàng Văn Giang", bachDangCell);
        for (String user : List.of("officer.halong", "officer.bachdang", "viewer")) {
            as(user).get("/api/v1/party-members").then().statusCode(403).contentType("application/problem+json");
            as(user).get("/api/v1/party-members/" + member.id).then().statusCode(403);
            as(user).body(body("Ai Đó", bachDangCell.id)).post("/api/v1/party-members").then().statusCode(403);
        }
        asIntegration().get("/api/v1/party-members").then().statusCode(403);
        anonymous().get("/api/v1/party-members").then().statusCode(401);
        as("inspector").get("/api/v1/party-members/" + member.id).then().statusCode(200)
                .body("fullName", is("Hoàng Văn Giang")).body("organization.id", is(bachDangCell.id.intValue()))
                .body("unit.code", is("06694"));
    }

    @Test
    void inspectorListsOnlyInScopeMembers() {
        PartyMember here = party.member("Vũ Thị Hạnh", bachDangCell);
        PartyMember there = party.member("Ngô Văn Ích", mongCaiCell);
        as("inspector").queryParam("organizationId", bachDangCell.id).get("/api/v1/party-members")
                .then().statusCode(200).body("items.id", contains(here.id.intValue()));
        as("inspector").queryParam("unitId", units.mongCai().id).queryParam("q", "Ngô Văn Ích").get("/api/v1/party-members")
                .then().statusCode(200).body("items.id", hasItem(there.id.intValue()));
        as("inspector").queryParam("unitId", units.mongCai().id).queryParam("size", 200).get("/api/v1/party-members")
                .then().statusCode(200).body("items.unit.code", not(hasItem("06694")))
                .body("items.id", not(hasItem(here.id.intValue())));
        as("inspector").queryParam("q", "vu thi hanh").get("/api/v1/party-members")
                .then().statusCode(200).body("items.id", hasItem(here.id.intValue()))
                .body("items.id", not(hasItem(there.id.intValue())));
    }

    @Test
    void adminRecordsAMember() {
        var request = body("Đặng Thị Kim", bachDangCell.id);
        request.put("post", "Bí thư chi bộ");
        int id = as("admin").body(request).post("/api/v1/party-members")
                .then().statusCode(201).body("status", is("ACTIVE")).body("post", is("Bí thư chi bộ"))
                .extract().path("id");
        assertEquals("Đặng Thị Kim", party.reloadMember(id).fullName);
    }

    @Test
    void cardNumberIsUnique() {
        PartyMember existing = party.member("Lý Văn Long", bachDangCell);
        long before = party.memberCount();
        var request = body("Người khác", bachDangCell.id);
        request.put("partyCardNumber", existing.partyCardNumber);
        as("admin").body(request).post("/api/v1/party-members")
                .then().statusCode(409).body("code", is("party-member.card.duplicate"))
                .body("detail", not(org.hamcrest.Matchers.containsString("Lý Văn Long")));
        assertEquals(before, party.memberCount());
    }

    @Test
    void datesMustMakeSense() {
        var young = body("Quá Trẻ", bachDangCell.id);
        young.put("dateOfBirth", "2000-01-01");
        young.put("admissionDate", "2015-01-01");
        as("admin").body(young).post("/api/v1/party-members").then().statusCode(400).body("errors[0].field", is("admissionDate"));
        var officialBefore = body("Chính Thức Sớm", bachDangCell.id);
        officialBefore.put("officialDate", "2009-01-01");
        as("admin").body(officialBefore).post("/api/v1/party-members").then().statusCode(400).body("errors[0].field", is("officialDate"));
        var future = body("Tương Lai", bachDangCell.id);
        future.put("admissionDate", "2999-01-01");
        as("admin").body(future).post("/api/v1/party-members").then().statusCode(400).body("errors[0].field", is("admissionDate"));
        var badDate = body("Ngày Sai", bachDangCell.id);
        badDate.put("admissionDate", "19/05/2010");
        as("admin").body(badDate).post("/api/v1/party-members").then().statusCode(400).body("errors[0].field", is("admissionDate"));
    }

    @Test
    void transferMovesTheMemberAndKeepsHistory() {
        PartyMember member = party.member("Mai Văn Minh", bachDangCell);
        as("inspector").body(Map.of("toOrganizationId", otherBachDangCell.id, "date", "2024-06-01",
                        "decisionNumber", "15-QĐ/ĐU", "version", 0))
                .post("/api/v1/party-members/" + member.id + "/transfer")
                .then().statusCode(200).body("organization.id", is(otherBachDangCell.id.intValue()));
        as("inspector").get("/api/v1/party-members/" + member.id + "/transfers")
                .then().statusCode(200)
                .body("from.id", contains(bachDangCell.id.intValue()))
                .body("to.id", contains(otherBachDangCell.id.intValue()))
                .body("[0].recordedBy", is("inspector"));
        assertEquals(otherBachDangCell.id, party.reloadMember(member.id).organization.id);
        // the old organisation now appears in history, so it cannot be deleted
        as("admin").delete("/api/v1/party-organizations/" + bachDangCell.id)
                .then().statusCode(409).body("code", is("party-organization.referenced"));
    }

    @Test
    void staleTransferAndSameOrganisationAreRefused() {
        PartyMember member = party.member("Nghiêm Thị Nga", bachDangCell);
        as("admin").body(Map.of("toOrganizationId", bachDangCell.id, "date", "2024-06-01", "version", 0))
                .post("/api/v1/party-members/" + member.id + "/transfer").then().statusCode(400);
        as("admin").body(Map.of("toOrganizationId", otherBachDangCell.id, "date", "2024-06-01", "version", 5))
                .post("/api/v1/party-members/" + member.id + "/transfer").then().statusCode(409).body("code", is("version.stale"));
        assertEquals(bachDangCell.id, party.reloadMember(member.id).organization.id);
    }

    @Test
    void updateKeepsTheOrganisationAndChecksTheVersion() {
        PartyMember member = party.member("Ông Văn Phú", bachDangCell);
        var request = body("Ông Văn Phú", mongCaiCell.id);
        request.put("partyCardNumber", member.partyCardNumber);
        request.put("status", "DECEASED");
        request.put("version", 0);
        as("admin").body(request).put("/api/v1/party-members/" + member.id)
                .then().statusCode(200).body("status", is("DECEASED")).body("organization.id", is(bachDangCell.id.intValue()));
        as("admin").body(request).put("/api/v1/party-members/" + member.id).then().statusCode(409);
    }
}

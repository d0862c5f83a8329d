package vn.coso.party;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestParty;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.coso.party.PartyOrganizationForm.CELL;
import static vn.coso.party.PartyOrganizationForm.COMMITTEE;
import static vn.coso.party.PartyOrganizationLevel.BELOW_GRASSROOTS;
import static vn.coso.party.PartyOrganizationLevel.DIRECTLY_SUBORDINATE;
import static vn.coso.party.PartyOrganizationLevel.GRASSROOTS;
import static vn.coso.party.PartyOrganizationLevel.PROVINCIAL;
import static vn.coso.testing.Api.anonymous;
import static vn.coso.testing.Api.as;

@QuarkusTest
class PartyOrganizationResourceTest {

    @Inject
    TestUnits units;
    @Inject
    TestParty party;

    Unit haLong;
    Unit bachDang;
    Unit mongCai;
    PartyOrganization provincial;
    PartyOrganization haLongCommittee;
    PartyOrganization bachDangCommittee;

    @BeforeEach
    void tree() {
        haLong = units.haLong();
        bachDang = units.bachDang();
        mongCai = units.mongCai();
        provincial = party.organization("Đảng bộ tỉnh (thử)", PROVINCIAL, COMMITTEE, units.province(), null);
        haLongCommittee = party.organization("Đảng bộ thành phố Hạ Long", DIRECTLY_SUBORDINATE, COMMITTEE, haLong, provincial);
        bachDangCommittee = party.organization("Đảng bộ phường Bạch Đằng", GRASSROOTS, COMMITTEE, bachDang, haLongCommittee);
    }

    private static Map<String, Object> body(String name, PartyOrganizationLevel level, PartyOrganizationForm form,
                                            Long unitId, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", TestUnits.uniqueCode());
        body.put("name", name);
        body.put("level", level.name());
        body.put("form", form.name());
        body.put("unitId", unitId);
        body.put("parentId", parentId);
        return body;
    }

    @Test
    void needsAToken() {
        anonymous().get("/api/v1/party-organizations").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void officerCreatesACellUnderItsCommittee() {
        var request = body("Chi bộ Tổ dân phố 7", BELOW_GRASSROOTS, CELL, bachDang.id, bachDangCommittee.id);
        request.put("secretaryName", "Nguyễn Văn An");
        int id = as("officer.bachdang").body(request).post("/api/v1/party-organizations")
                .then().statusCode(201)
                .body("unit.code", is("06694"))
                .body("parentId", is(bachDangCommittee.id.intValue()))
                .body("memberCount", is(0))
                .body("version", is(0))
                .extract().path("id");
        PartyOrganization saved = party.reloadOrganization(id);
        assertEquals("Nguyễn Văn An", saved.secretaryName);
        assertEquals(bachDangCommittee.path + id + "/", saved.path);
    }

    @Test
    void scopeFollowsTheUnit() {
        PartyOrganization mongCaiCommittee = party.organization("Đảng bộ thành phố Móng Cái", DIRECTLY_SUBORDINATE,
                COMMITTEE, mongCai, provincial);
        as("officer.bachdang").queryParam("size", 200).get("/api/v1/party-organizations")
                .then().statusCode(200)
                .body("items.id", hasItem(bachDangCommittee.id.intValue()))
                .body("items.id", not(hasItem(haLongCommittee.id.intValue())))
                .body("items.id", not(hasItem(mongCaiCommittee.id.intValue())));
        as("officer.bachdang").get("/api/v1/party-organizations/" + mongCaiCommittee.id).then().statusCode(404);
        as("officer.bachdang").get("/api/v1/party-organizations/" + haLongCommittee.id).then().statusCode(404);
        // the superior organisation is outside the officer's scope, so it is not named
        as("officer.bachdang").get("/api/v1/party-organizations/" + bachDangCommittee.id)
                .then().statusCode(200).body("parentId", nullValue()).body("parentName", nullValue());
        as("officer.halong").get("/api/v1/party-organizations/" + bachDangCommittee.id)
                .then().statusCode(200).body("parentName", is("Đảng bộ thành phố Hạ Long"));
        as("nounit").get("/api/v1/party-organizations").then().statusCode(200).body("total", is(0));
    }

    @Test
    void readersCannotWrite() {
        var request = body("Chi bộ X", BELOW_GRASSROOTS, CELL, bachDang.id, bachDangCommittee.id);
        as("viewer").body(request).post("/api/v1/party-organizations").then().statusCode(403);
        as("inspector").body(request).post("/api/v1/party-organizations").then().statusCode(403);
        as("viewer").delete("/api/v1/party-organizations/" + bachDangCommittee.id).then().statusCode(403);
    }

    @Test
    void officerCannotAttachOutsideItsScope() {
        as("officer.bachdang").body(body("Chi bộ ngoài", BELOW_GRASSROOTS, CELL, mongCai.id, bachDangCommittee.id))
                .post("/api/v1/party-organizations").then().statusCode(400).body("errors[0].field", is("unitId"));
        as("officer.bachdang").body(body("Chi bộ ngoài", GRASSROOTS, CELL, bachDang.id, haLongCommittee.id))
                .post("/api/v1/party-organizations").then().statusCode(400).body("errors[0].field", is("parentId"));
        as("officer.halong").body(body("Đảng bộ tỉnh 2", PROVINCIAL, COMMITTEE, haLong.id, null))
                .post("/api/v1/party-organizations").then().statusCode(403);
    }

    @Test
    void structureRulesAreChecked() {
        PartyOrganization cell = party.organization("Chi bộ 1", BELOW_GRASSROOTS, CELL, bachDang, bachDangCommittee);
        as("admin").body(body("Chi bộ con của chi bộ", BELOW_GRASSROOTS, CELL, bachDang.id, cell.id))
                .post("/api/v1/party-organizations").then().statusCode(400)
                .body("errors[0].field", is("parentId")).body("detail", containsString("cell"));
        as("admin").body(body("Cơ sở dưới cơ sở", GRASSROOTS, COMMITTEE, bachDang.id, bachDangCommittee.id))
                .post("/api/v1/party-organizations").then().statusCode(400).body("errors[0].field", is("parentId"));
        as("admin").body(body("Trực thuộc là chi bộ", DIRECTLY_SUBORDINATE, CELL, haLong.id, provincial.id))
                .post("/api/v1/party-organizations").then().statusCode(400).body("errors[0].field", is("form"));
        as("admin").body(Map.of("code", "x y", "level", "SOMEWHERE"))
                .post("/api/v1/party-organizations").then().statusCode(400).body("errors[0].field", is("level"));
        as("admin").body(Map.of("code", "x y")).post("/api/v1/party-organizations").then().statusCode(400)
                .body("errors.field", hasItem("code")).body("errors.field", hasItem("unitId"))
                .body("errors.field", hasItem("name"));
    }

    /** The structure's refusals come from the bundles: Vietnamese without Accept-Language, English for en; same code. */
    @Test
    void structureRefusalsSpeakVietnameseByDefaultAndEnglishOnRequest() {
        var provincialByOfficer = body("Đảng bộ tỉnh khác", PROVINCIAL, COMMITTEE, haLong.id, null);
        as("officer.halong", null).body(provincialByOfficer).post("/api/v1/party-organizations").then().statusCode(403)
                .body("code", is("forbidden")).body("detail", is("Chỉ Văn phòng Ban Chỉ đạo quản lý Đảng bộ tỉnh."));
        as("officer.halong", "en").body(provincialByOfficer).post("/api/v1/party-organizations").then().statusCode(403)
                .body("code", is("forbidden"))
                .body("detail", is("Only the secretariat manages the provincial party organisation."));

        PartyOrganization cell = party.organization("Chi bộ ngôn ngữ", BELOW_GRASSROOTS, CELL, bachDang, bachDangCommittee);
        var underCell = body("Chi bộ dưới chi bộ", BELOW_GRASSROOTS, CELL, bachDang.id, cell.id);
        as("admin", null).body(underCell).post("/api/v1/party-organizations").then().statusCode(400)
                .body("errors[0].field", is("parentId"))
                .body("errors[0].message", is("chi bộ không có tổ chức đảng trực thuộc"));
        as("admin", "en").body(underCell).post("/api/v1/party-organizations").then().statusCode(400)
                .body("errors[0].message", is("a cell (chi bộ) has no organisations under it"));
        var committeeAsCell = body("Trực thuộc là chi bộ", DIRECTLY_SUBORDINATE, CELL, haLong.id, provincial.id);
        as("admin", "vi").body(committeeAsCell).post("/api/v1/party-organizations").then().statusCode(400)
                .body("errors[0].field", is("form"))
                .body("errors[0].message", is("tổ chức đảng cấp DIRECTLY_SUBORDINATE là đảng bộ (COMMITTEE)"));

        PartyOrganization sub = party.organization("Đảng bộ bộ phận ngôn ngữ", BELOW_GRASSROOTS, COMMITTEE, bachDang,
                bachDangCommittee);
        party.organization("Chi bộ của bộ phận ngôn ngữ", BELOW_GRASSROOTS, CELL, bachDang, sub);
        var becomeCell = body(sub.name, BELOW_GRASSROOTS, CELL, bachDang.id, bachDangCommittee.id);
        becomeCell.put("code", sub.code);
        becomeCell.put("version", 0);
        as("admin", null).body(becomeCell).put("/api/v1/party-organizations/" + sub.id).then().statusCode(409)
                .body("code", is("party-organization.children-incompatible"))
                .body("detail", is(sub.name + " có tổ chức đảng trực thuộc nên không thể chuyển thành chi bộ."));
        as("admin", "en").body(becomeCell).put("/api/v1/party-organizations/" + sub.id).then().statusCode(409)
                .body("code", is("party-organization.children-incompatible"))
                .body("detail", is(sub.name + " has organisations under it, so it cannot become a cell."));
    }

    @Test
    void duplicateCodeIsAConflict() {
        var request = body("Chi bộ trùng mã", BELOW_GRASSROOTS, CELL, bachDang.id, bachDangCommittee.id);
        request.put("code", bachDangCommittee.code);
        as("admin").body(request).post("/api/v1/party-organizations")
                .then().statusCode(409).body("code", is("party-organization.code.duplicate"));
    }

    @Test
    void staleUpdateAndCycleAreRefused() {
        PartyOrganization sub = party.organization("Đảng bộ bộ phận khu 2", BELOW_GRASSROOTS, COMMITTEE, bachDang, bachDangCommittee);
        PartyOrganization cell = party.organization("Chi bộ khu 2A", BELOW_GRASSROOTS, CELL, bachDang, sub);
        var update = body("Đảng bộ bộ phận khu 2 (mới)", BELOW_GRASSROOTS, COMMITTEE, bachDang.id, bachDangCommittee.id);
        update.put("code", sub.code);
        update.put("version", 0);
        as("officer.bachdang").body(update).put("/api/v1/party-organizations/" + sub.id).then().statusCode(200).body("version", is(1));
        as("officer.bachdang").body(update).put("/api/v1/party-organizations/" + sub.id)
                .then().statusCode(409).body("code", is("version.stale"));

        var cycle = body(sub.name, BELOW_GRASSROOTS, COMMITTEE, bachDang.id, cell.id);
        cycle.put("code", sub.code);
        cycle.put("version", 1);
        as("admin").body(cycle).put("/api/v1/party-organizations/" + sub.id).then().statusCode(400);
        var becomeCell = body(sub.name, BELOW_GRASSROOTS, CELL, bachDang.id, bachDangCommittee.id);
        becomeCell.put("code", sub.code);
        becomeCell.put("version", 1);
        as("admin").body(becomeCell).put("/api/v1/party-organizations/" + sub.id)
                .then().statusCode(409).body("code", is("party-organization.children-incompatible"));
        assertEquals("Đảng bộ bộ phận khu 2 (mới)", party.reloadOrganization(sub.id).name);
    }

    @Test
    void movingUnderOwnDescendantIsACycle() {
        PartyOrganization upper = party.organization("Đảng bộ bộ phận trên", BELOW_GRASSROOTS, COMMITTEE, bachDang, bachDangCommittee);
        PartyOrganization lower = party.organization("Đảng bộ bộ phận dưới", BELOW_GRASSROOTS, COMMITTEE, bachDang, upper);
        var cycle = body(upper.name, BELOW_GRASSROOTS, COMMITTEE, bachDang.id, lower.id);
        cycle.put("code", upper.code);
        cycle.put("version", 0);
        as("admin").body(cycle).put("/api/v1/party-organizations/" + upper.id)
                .then().statusCode(409).body("code", is("party-organization.parent.cycle"))
                .body("detail", is("An organisation cannot be placed under itself or under one of its own organisations."));
        as("admin", null).body(cycle).put("/api/v1/party-organizations/" + upper.id)
                .then().statusCode(409).body("code", is("party-organization.parent.cycle"))
                .body("detail", is("Không thể đặt một tổ chức đảng trực thuộc chính nó hoặc một tổ chức cấp dưới của nó."));
    }

    @Test
    void memberCountIsDerivedFromMembersBelow() {
        PartyOrganization committee = party.organization("Đảng bộ bộ phận đếm", BELOW_GRASSROOTS, COMMITTEE, bachDang, bachDangCommittee);
        PartyOrganization cell = party.organization("Chi bộ đếm", BELOW_GRASSROOTS, CELL, bachDang, committee);
        party.member("Trần Thị Bình", cell);
        party.member("Lê Văn Cường", cell);
        party.member("Phạm Thu Dung", committee);
        as("viewer").get("/api/v1/party-organizations/" + committee.id).then().statusCode(200)
                .body("memberCount", is(3)).body("childCount", is(1));
        as("viewer").get("/api/v1/party-organizations/" + cell.id).then().statusCode(200).body("memberCount", is(2));
    }

    @Test
    void memberCountsFollowEveryWriteOfAMember() {
        PartyOrganization committee = party.organization("Đảng bộ bộ phận ghi", BELOW_GRASSROOTS, COMMITTEE, bachDang, bachDangCommittee);
        PartyOrganization cell = party.organization("Chi bộ ghi", BELOW_GRASSROOTS, CELL, bachDang, committee);
        PartyOrganization elsewhere = party.organization("Chi bộ nơi khác", BELOW_GRASSROOTS, CELL, bachDang, bachDangCommittee);
        Map<String, Object> member = new HashMap<>(Map.of("fullName", "Đỗ Văn Ghi", "partyCardNumber", TestParty.uniqueCard(),
                "admissionDate", "2010-05-19", "organizationId", cell.id));
        int id = as("admin").body(member).post("/api/v1/party-members").then().statusCode(201).extract().path("id");
        PartyMember second = party.member("Vũ Thị Đếm", cell);
        assertMemberCounts(committee, 2, cell, 2, elsewhere, 0);

        as("admin").body(Map.of("toOrganizationId", elsewhere.id, "date", "2024-06-01", "version", 0))
                .post("/api/v1/party-members/" + id + "/transfer").then().statusCode(200);
        assertMemberCounts(committee, 1, cell, 1, elsewhere, 1);

        member.put("status", "DECEASED");
        member.put("version", 1);
        as("admin").body(member).put("/api/v1/party-members/" + id).then().statusCode(200);
        assertMemberCounts(committee, 1, cell, 1, elsewhere, 0);

        member.put("status", "ACTIVE");
        member.put("version", 2);
        as("admin").body(member).put("/api/v1/party-members/" + id).then().statusCode(200);
        assertMemberCounts(committee, 1, cell, 1, elsewhere, 1);

        as("admin").delete("/api/v1/party-members/" + second.id).then().statusCode(204);
        assertMemberCounts(committee, 0, cell, 0, elsewhere, 1);
    }

    private static void assertMemberCounts(PartyOrganization a, int inA, PartyOrganization b, int inB, PartyOrganization c, int inC) {
        as("viewer").get("/api/v1/party-organizations/" + a.id).then().statusCode(200).body("memberCount", is(inA));
        as("viewer").queryParam("parentId", a.id).get("/api/v1/party-organizations")
                .then().statusCode(200).body("items.find { it.id == " + b.id + " }.memberCount", is(inB));
        as("viewer").get("/api/v1/party-organizations/" + c.id).then().statusCode(200).body("memberCount", is(inC));
    }

    @Test
    void filtersAndTree() {
        PartyOrganization cell = party.organization("Chi bộ Tổ dân phố Lọc", BELOW_GRASSROOTS, CELL, bachDang, bachDangCommittee);
        as("officer.halong").queryParam("unitId", bachDang.id).queryParam("level", "BELOW_GRASSROOTS")
                .queryParam("q", "to dan pho loc").get("/api/v1/party-organizations")
                .then().statusCode(200).body("items.id", contains(cell.id.intValue()));
        as("officer.halong").queryParam("parentId", bachDangCommittee.id).queryParam("size", 200)
                .get("/api/v1/party-organizations").then().statusCode(200).body("items.id", hasItem(cell.id.intValue()));
        as("officer.halong").get("/api/v1/party-organizations/" + haLongCommittee.id + "/tree")
                .then().statusCode(200).body("children.id", hasItem(bachDangCommittee.id.intValue()));
        as("officer.bachdang").queryParam("unitId", mongCai.id).get("/api/v1/party-organizations").then().statusCode(404);
        as("admin").queryParam("level", "TOP").get("/api/v1/party-organizations").then().statusCode(400)
                .body("errors[0].field", is("level"));
    }

    @Test
    void deleteIsRefusedWhileReferenced() {
        PartyOrganization committee = party.organization("Đảng bộ bộ phận xóa", BELOW_GRASSROOTS, COMMITTEE, bachDang, bachDangCommittee);
        PartyOrganization cell = party.organization("Chi bộ xóa", BELOW_GRASSROOTS, CELL, bachDang, committee);
        PartyMember member = party.member("Đỗ Văn Em", cell);
        as("admin").delete("/api/v1/party-organizations/" + committee.id)
                .then().statusCode(409).body("code", is("party-organization.has-children"));
        as("admin").delete("/api/v1/party-organizations/" + cell.id)
                .then().statusCode(409).body("code", is("party-organization.has-members"));
        as("admin").delete("/api/v1/party-members/" + member.id).then().statusCode(204);
        as("officer.bachdang").delete("/api/v1/party-organizations/" + cell.id).then().statusCode(204);
        assertNull(party.reloadOrganization(cell.id));
    }

    @Test
    void unitWithPartyOrganisationsCannotBeDeleted() {
        Unit agency = units.create("Cơ quan có chi bộ", UnitType.AGENCY, bachDang);
        party.organization("Chi bộ cơ quan", BELOW_GRASSROOTS, CELL, agency, bachDangCommittee);
        as("admin").delete("/api/v1/units/" + agency.id)
                .then().statusCode(409).body("code", is("unit.referenced")).body("detail", containsString("party organisation"));
    }

    @Test
    void everyReaderRoleReads() {
        for (String user : List.of("admin", "officer.halong", "inspector", "viewer")) {
            as(user).get("/api/v1/party-organizations/" + bachDangCommittee.id).then().statusCode(200);
        }
    }
}

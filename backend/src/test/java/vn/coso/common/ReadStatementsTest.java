package vn.coso.common;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.party.PartyMember;
import vn.coso.party.PartyOrganization;
import vn.coso.testing.SqlStatements;
import vn.coso.testing.TestParty;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.party.PartyOrganizationForm.CELL;
import static vn.coso.party.PartyOrganizationForm.COMMITTEE;
import static vn.coso.party.PartyOrganizationLevel.BELOW_GRASSROOTS;
import static vn.coso.party.PartyOrganizationLevel.GRASSROOTS;
import static vn.coso.testing.Api.as;

/**
 * A read by id costs at most two SQL statements, the scope check included (issue 15): the record
 * with everything its response shows in one, and the caller's unit (once per request) in the other.
 * Counted with a Hibernate statement inspector ({@link SqlStatements}) around one request.
 */
@QuarkusTest
class ReadStatementsTest {

    private static final int MAX_STATEMENTS = 2;

    @Inject
    TestUnits units;
    @Inject
    TestParty party;

    Unit commune;
    PartyOrganization committee;
    PartyOrganization cell;
    PartyMember member;

    @BeforeEach
    void records() {
        commune = units.create("Xã Đếm Câu Lệnh", UnitType.COMMUNE, units.haLong());
        units.create("Thôn Một", UnitType.VILLAGE, commune);
        committee = party.organization("Đảng bộ xã Đếm Câu Lệnh", GRASSROOTS, COMMITTEE, commune, null);
        cell = party.organization("Chi bộ thôn Một", BELOW_GRASSROOTS, CELL, commune, committee);
        member = party.member("Trần Văn Đếm", cell);
    }

    @Test
    void unitIsReadInTwoStatements() {
        String parentName = units.haLong().name;
        for (String user : List.of("admin", "officer.halong")) {
            List<String> sql = SqlStatements.during(() -> as(user).get("/api/v1/units/" + commune.id)
                    .then().statusCode(200).body("childCount", is(1)).body("parentName", is(parentName)));
            assertAtMostTwo("GET /units/{id} as " + user, sql);
        }
    }

    @Test
    void partyOrganizationIsReadInTwoStatements() {
        for (String user : List.of("admin", "officer.halong")) {
            List<String> sql = SqlStatements.during(() -> as(user).get("/api/v1/party-organizations/" + committee.id)
                    .then().statusCode(200).body("childCount", is(1)).body("memberCount", is(1)));
            assertAtMostTwo("GET /party-organizations/{id} as " + user, sql);
        }
    }

    @Test
    void partyMemberIsReadInTwoStatements() {
        for (String user : List.of("admin", "inspector")) {
            List<String> sql = SqlStatements.during(() -> as(user).get("/api/v1/party-members/" + member.id)
                    .then().statusCode(200).body("organization.id", is(cell.id.intValue())));
            assertAtMostTwo("GET /party-members/{id} as " + user, sql);
        }
    }

    @Test
    void inspectionIsReadInTwoStatements() {
        int id = as("inspector").body(Map.of("kind", "INSPECTION", "form", "THEMATIC", "subjectMemberId", member.id,
                        "conductingOrganizationId", committee.id, "conductingBody", "INSPECTION_COMMISSION",
                        "planYear", 2023, "plannedStart", "2023-03-01", "plannedEnd", "2023-03-31"))
                .post("/api/v1/inspections").then().statusCode(201).extract().path("id");
        for (String user : List.of("admin", "inspector")) {
            List<String> sql = SqlStatements.during(() -> as(user).get("/api/v1/inspections/" + id)
                    .then().statusCode(200).body("hasConclusion", is(false)));
            assertAtMostTwo("GET /inspections/{id} as " + user, sql);
        }
    }

    @Test
    void outOfScopeReadIsStillNotFoundInTwoStatements() {
        Unit elsewhere = units.create("Xã Ngoài Phạm Vi", UnitType.COMMUNE, units.mongCai());
        List<String> sql = SqlStatements.during(() -> as("officer.halong").get("/api/v1/units/" + elsewhere.id)
                .then().statusCode(404));
        assertAtMostTwo("GET /units/{id} out of scope", sql);
    }

    private static void assertAtMostTwo(String what, List<String> sql) {
        assertTrue(!sql.isEmpty() && sql.size() <= MAX_STATEMENTS,
                what + " sent " + sql.size() + " statements:\n" + String.join("\n", sql));
    }
}

package vn.coso.reorganisations;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.party.PartyMember;
import vn.coso.party.PartyMemberRepository;
import vn.coso.party.PartyOrganization;
import vn.coso.party.PartyOrganizationForm;
import vn.coso.party.PartyOrganizationLevel;
import vn.coso.party.PartyOrganizationRepository;
import vn.coso.units.Unit;
import vn.coso.units.UnitRepository;
import vn.coso.units.UnitType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.as;

/**
 * Party organisations follow a reorganisation of their units, in the same transaction: the heads of merged
 * units merge into an organisation made for the new unit (members and cells with them), the organisation of a
 * dissolved district is dissolved and what stood under it goes up; every organisation keeps its own unit.
 */
@QuarkusTest
class ReorganisationPartyOrganizationsTest {

    @Inject
    UnitRepository units;

    @Inject
    PartyOrganizationRepository organizations;

    @Inject
    PartyMemberRepository members;

    private static String prefix() {
        return "Q" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
    }

    private Unit unit(String code, String name, UnitType type, Unit parent) {
        Unit unit = new Unit();
        unit.code = code;
        unit.name = name;
        unit.type = type;
        unit.parent = parent;
        units.persistWithPath(unit);
        return unit;
    }

    private PartyOrganization org(String code, String name, PartyOrganizationLevel level, PartyOrganizationForm form,
                                  Unit unit, PartyOrganization parent) {
        PartyOrganization o = new PartyOrganization();
        o.code = code;
        o.name = name;
        o.level = level;
        o.form = form;
        o.unit = unit;
        o.parent = parent;
        organizations.persistWithPath(o);
        return o;
    }

    /**
     * Province with district D holding communes A, B, C, village V under B and agency AG under D; party
     * organisations: provincial, the district's, one per commune, a cell of B, a cell of V and the agency's.
     */
    private Map<String, Long> province(String p) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> ids = new HashMap<>();
            Unit province = unit(p + "22", "Tỉnh Thử", UnitType.PROVINCE, null);
            Unit district = unit(p + "193", "Huyện Thử", UnitType.DISTRICT, province);
            Unit a = unit(p + "A", "Phường A", UnitType.COMMUNE, district);
            Unit b = unit(p + "B", "Phường B", UnitType.COMMUNE, district);
            Unit c = unit(p + "C", "Xã C", UnitType.COMMUNE, district);
            Unit village = unit(p + "V", "Tổ dân phố 1", UnitType.VILLAGE, b);
            Unit agency = unit(p + "AG", "Phòng Văn hóa", UnitType.AGENCY, district);
            PartyOrganization top = org("DB" + p + "22", "Đảng bộ tỉnh Thử", PartyOrganizationLevel.PROVINCIAL,
                    PartyOrganizationForm.COMMITTEE, province, null);
            PartyOrganization d = org("DB" + p + "193", "Đảng bộ huyện Thử", PartyOrganizationLevel.DIRECTLY_SUBORDINATE,
                    PartyOrganizationForm.COMMITTEE, district, top);
            PartyOrganization oa = org("DB" + p + "A", "Đảng bộ phường A", PartyOrganizationLevel.GRASSROOTS,
                    PartyOrganizationForm.COMMITTEE, a, d);
            PartyOrganization ob = org("DB" + p + "B", "Đảng bộ phường B", PartyOrganizationLevel.GRASSROOTS,
                    PartyOrganizationForm.COMMITTEE, b, d);
            PartyOrganization oc = org("DB" + p + "C", "Đảng bộ xã C", PartyOrganizationLevel.GRASSROOTS,
                    PartyOrganizationForm.COMMITTEE, c, d);
            PartyOrganization cellB = org("DB" + p + "B-C1", "Chi bộ khu phố 1", PartyOrganizationLevel.BELOW_GRASSROOTS,
                    PartyOrganizationForm.CELL, b, ob);
            PartyOrganization cellV = org("DB" + p + "V", "Chi bộ Tổ dân phố 1", PartyOrganizationLevel.BELOW_GRASSROOTS,
                    PartyOrganizationForm.CELL, village, ob);
            PartyOrganization cellAg = org("DB" + p + "AG", "Chi bộ Phòng Văn hóa", PartyOrganizationLevel.GRASSROOTS,
                    PartyOrganizationForm.CELL, agency, d);
            PartyMember member = new PartyMember();
            member.fullName = "Nguyễn Văn Thử";
            member.partyCardNumber = p.replace("-", "").substring(1) + "01";
            member.admissionDate = LocalDate.of(2010, 5, 19);
            member.organization = ob;
            members.persist(member);
            for (Unit u : List.of(province, district, a, b, c, village, agency)) {
                ids.put(u.code.substring(p.length()), u.id);
            }
            for (PartyOrganization o : List.of(top, d, oa, ob, oc, cellB, cellV, cellAg)) {
                ids.put(o.code.substring(2 + p.length()).isEmpty() ? "org" : "org" + o.code.substring(2 + p.length()), o.id);
            }
            ids.put("member", member.id);
            return ids;
        });
    }

    private static Map<String, Object> plan(String p) {
        Map<String, Object> plan = new HashMap<>();
        plan.put("effectiveDate", "2025-07-01");
        plan.put("legalBasisNumber", "1679/NQ-UBTVQH15");
        plan.put("legalBasisDate", "2025-06-16");
        plan.put("newUnits", List.of(
                Map.of("code", p + "A", "name", "Phường Mới", "type", "COMMUNE", "parentCode", p + "22",
                        "mergedFrom", List.of(p + "A", p + "B", p + "C"))));
        plan.put("dissolutions", List.of(Map.of("code", p + "193")));
        return plan;
    }

    private PartyOrganization load(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            PartyOrganization o = organizations.findById(id);
            String ignored = o.unit.code + (o.parent == null ? "" : o.parent.code);
            return o;
        });
    }

    @Test
    void theDryRunListsThePartyOrganisationsAndChangesNone() {
        String p = prefix();
        Map<String, Long> ids = province(p);
        String created = "DB" + p + "A-2025";
        as("admin").queryParam("dryRun", "true").body(plan(p)).post("/api/v1/reorganisations")
                .then().statusCode(200)
                .body("applied", is(false))
                .body("followingRecords", hasSize(8))
                .body("followingRecords.findAll { it.action == 'CREATED' }.code", containsInAnyOrder(created))
                .body("followingRecords.find { it.action == 'CREATED' }.id", nullValue())
                .body("followingRecords.find { it.action == 'CREATED' }.name", is("Đảng bộ phường Mới"))
                .body("followingRecords.find { it.action == 'CREATED' }.toUnitCode", is(p + "A"))
                .body("followingRecords.find { it.action == 'CREATED' }.toParentCode", is("DB" + p + "22"))
                .body("followingRecords.findAll { it.action == 'MERGED' }.code",
                        containsInAnyOrder("DB" + p + "A", "DB" + p + "B", "DB" + p + "C"))
                .body("followingRecords.findAll { it.action == 'MERGED' }.intoCode", hasItem(created))
                .body("followingRecords.findAll { it.action == 'DISSOLVED' }.code", containsInAnyOrder("DB" + p + "193"))
                .body("followingRecords.findAll { it.action == 'REPARENTED' }.code",
                        containsInAnyOrder("DB" + p + "B-C1", "DB" + p + "V", "DB" + p + "AG"))
                .body("followingRecords.find { it.code == 'DB" + p + "AG' }.toParentCode", is("DB" + p + "22"))
                .body("followingRecords.find { it.code == 'DB" + p + "V' }.toParentCode", is(created));
        PartyOrganization b = load(ids.get("orgB"));
        assertTrue(b.active);
        assertEquals(ids.get("orgB"), load(ids.get("orgV")).parent.id);
        assertTrue(QuarkusTransaction.requiringNew().call(() -> organizations.findByCode(created).isEmpty()));
    }

    @Test
    void applyingMergesTheirOrganisationsReparentsTheCellsAndKeepsTheirUnits() {
        String p = prefix();
        Map<String, Long> ids = province(p);
        String created = "DB" + p + "A-2025";
        int newUnit = as("admin").body(plan(p)).post("/api/v1/reorganisations")
                .then().statusCode(201)
                .body("followingRecords.find { it.action == 'CREATED' }.code", is(created))
                .body("followingRecords.find { it.action == 'CREATED' }.id", org.hamcrest.Matchers.notNullValue())
                .extract().path("created[0].id");

        PartyOrganization made = QuarkusTransaction.requiringNew().call(() -> {
            PartyOrganization o = organizations.findByCode(created).orElseThrow();
            String ignored = o.unit.code + o.parent.code;
            return o;
        });
        assertEquals((long) newUnit, made.unit.id);
        assertEquals(ids.get("org22"), made.parent.id);
        assertEquals("Đảng bộ phường Mới", made.name);
        assertEquals(PartyOrganizationLevel.GRASSROOTS, made.level);
        assertTrue(made.active);
        // Merged and dissolved ones are closed, on their own (closed) units: past records stay where they were.
        for (String key : List.of("orgA", "orgB", "orgC", "org193")) {
            PartyOrganization o = load(ids.get(key));
            assertFalse(o.active, key);
        }
        assertEquals(ids.get("B"), load(ids.get("orgB")).unit.id);
        // Cells under the new organisation (paths too), the agency's under the province's.
        PartyOrganization cellB = load(ids.get("orgB-C1"));
        PartyOrganization cellV = load(ids.get("orgV"));
        PartyOrganization cellAg = load(ids.get("orgAG"));
        assertEquals(made.id, cellB.parent.id);
        assertEquals(made.id, cellV.parent.id);
        assertEquals(ids.get("V"), cellV.unit.id);
        assertTrue(cellV.path.startsWith(made.path), cellV.path + " under " + made.path);
        assertEquals(ids.get("org22"), cellAg.parent.id);
        assertTrue(cellAg.active);
        // The member went with the organisation.
        long memberOrg = QuarkusTransaction.requiringNew().call(() -> members.findById(ids.get("member")).organization.id);
        assertEquals(made.id, memberOrg);
        as("admin").get("/api/v1/party-organizations/" + made.id).then().statusCode(200)
                .body("memberCount", is(1)).body("childCount", is(2));

        // History of each, in change_history.
        as("admin").get("/api/v1/party-organizations/" + ids.get("orgB") + "/history").then().statusCode(200)
                .body("items.action", hasItem("REORGANISATION_MERGED"))
                .body("items.find { it.action == 'REORGANISATION_MERGED' }.changes.find { it.field == 'mergedInto' }.to",
                        is(created))
                .body("items.find { it.action == 'REORGANISATION_MERGED' }.changes.find { it.field == 'active' }.to",
                        is("false"));
        as("admin").get("/api/v1/party-organizations/" + ids.get("org193") + "/history").then().statusCode(200)
                .body("items.action", hasItem("REORGANISATION_DISSOLVED"));
        as("admin").get("/api/v1/party-organizations/" + ids.get("orgV") + "/history").then().statusCode(200)
                .body("items.find { it.action == 'REORGANISATION_REPARENTED' }.changes.find { it.field == 'parentCode' }.to",
                        is(created));
        as("admin").get("/api/v1/party-organizations/" + made.id + "/history").then().statusCode(200)
                .body("items.action", hasItem("REORGANISATION_CREATED"))
                .body("items.findAll { it.action == 'REORGANISATION_ABSORBED' }", hasSize(3));
    }

    @Test
    void aUnitMergedIntoOneThatLivesOnHasItsOrganisationMergedIntoThatUnitsOwn() {
        String p = prefix();
        Map<String, Long> ids = province(p);
        Map<String, Object> plan = new HashMap<>();
        plan.put("effectiveDate", "2024-11-01");
        plan.put("legalBasisNumber", "1199/NQ-UBTVQH15");
        plan.put("merges", List.of(Map.of("code", p + "C", "intoCode", p + "A")));
        as("admin").body(plan).post("/api/v1/reorganisations").then().statusCode(201)
                .body("followingRecords.code", containsInAnyOrder("DB" + p + "C"))
                .body("followingRecords[0].action", is("MERGED"))
                .body("followingRecords[0].intoCode", is("DB" + p + "A"));
        assertFalse(load(ids.get("orgC")).active);
        PartyOrganization a = load(ids.get("orgA"));
        assertTrue(a.active);
        assertEquals(ids.get("A"), a.unit.id);
        assertEquals(ids.get("org193"), a.parent.id);
    }
}

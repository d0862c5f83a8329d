package vn.coso.documents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.party.PartyOrganization;
import vn.coso.party.PartyOrganizationForm;
import vn.coso.party.PartyOrganizationLevel;
import vn.coso.testing.TestParty;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.coso.testing.Api.as;

/**
 * Directive documents issued by party organisations, and directives flowing down: the units below
 * an issuer read its documents, read-only.
 */
@QuarkusTest
class DocumentIssuerAndReadingDownTest {

    @Inject
    TestUnits units;
    @Inject
    TestParty party;
    @Inject
    DocumentRepository documents;

    private static Map<String, Object> body(Long unitId, Long organizationId, String number, String title) {
        var body = new HashMap<String, Object>();
        body.put("issuerUnitId", unitId);
        body.put("issuerPartyOrganizationId", organizationId);
        body.put("kind", "DIRECTIVE");
        body.put("number", number);
        body.put("issueDate", "2023-06-01");
        body.put("title", title);
        return body;
    }

    private static String uniqueNumber(String suffix) {
        return (System.nanoTime() % 100_000) + "-" + suffix;
    }

    private PartyOrganization committeeOf(Unit unit) {
        return party.organization("Đảng bộ " + unit.name, PartyOrganizationLevel.DIRECTLY_SUBORDINATE,
                PartyOrganizationForm.COMMITTEE, unit, null);
    }

    private static int create(String user, Map<String, Object> body) {
        return as(user).body(body).post("/api/v1/documents").then().statusCode(201).extract().path("id");
    }

    private String storedTitle(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Document document = documents.findById(id);
            return document == null ? null : document.title;
        });
    }

    private long count() {
        return QuarkusTransaction.requiringNew().call(() -> documents.count());
    }

    @Test
    void aPartyOrganisationIssuesDocumentsNumberedApartFromItsUnit() {
        Unit district = units.create("Huyện Đảng Bộ Ban Hành", UnitType.DISTRICT, units.province());
        PartyOrganization committee = committeeOf(district);
        String number = uniqueNumber("CT/HU");
        int byCommittee = as("admin").body(body(null, committee.id, number, "Chỉ thị của Huyện ủy"))
                .post("/api/v1/documents").then().statusCode(201)
                .body("issuerPartyOrganization.id", is(committee.id.intValue()))
                .body("issuerPartyOrganization.name", is(committee.name))
                .body("issuerUnit.id", is(district.id.intValue()))
                .body("readOnly", is(false))
                .extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> {
            Document stored = documents.findById((long) byCommittee);
            assertNull(stored.issuerUnit);
            assertEquals(committee.id, stored.issuerPartyOrganization.id);
        });
        // The district's People's Committee numbers its own documents: the same number is another document.
        create("admin", body(district.id, null, number, "Chỉ thị của Ủy ban nhân dân huyện"));
        as("admin").queryParam("unitId", district.id).get("/api/v1/documents").then().statusCode(200)
                .body("total", is(2)).body("items.issuerPartyOrganization.id", hasItem(committee.id.intValue()));

        long before = count();
        as("admin").body(body(null, committee.id, number.toLowerCase(), "Trùng số của Huyện ủy"))
                .post("/api/v1/documents").then().statusCode(409)
                .body("code", is("document.number.duplicate")).body("detail", containsString(committee.name));
        as("admin").body(body(units.haLong().id, committee.id, uniqueNumber("CT"), "Hai nơi ban hành"))
                .post("/api/v1/documents").then().statusCode(400).body("errors[0].field", is("issuerUnitId"));
        as("admin").body(body(null, null, uniqueNumber("CT"), "Không ai ban hành"))
                .post("/api/v1/documents").then().statusCode(400).body("errors[0].field", is("issuerUnitId"));
        as("officer.halong").body(body(null, committee.id, uniqueNumber("CT"), "Đảng bộ ngoài phạm vi"))
                .post("/api/v1/documents").then().statusCode(400).body("errors[0].field", is("issuerPartyOrganizationId"));
        assertEquals(before, count());

        as("admin").delete("/api/v1/party-organizations/" + committee.id).then().statusCode(409)
                .body("code", is("party-organization.referenced")).body("detail", containsString("document"));
    }

    @Test
    void unitsBelowReadTheDirectivesOfTheUnitsAboveReadOnly() {
        Unit haLong = units.haLong();
        units.mongCai();
        PartyOrganization cityCommittee = committeeOf(haLong);
        int byProvince = create("admin", body(units.province().id, null, uniqueNumber("KH/UBND"), "Kế hoạch của tỉnh"));
        int byCity = create("admin", body(haLong.id, null, uniqueNumber("HD/UBND"), "Hướng dẫn của thành phố"));
        int byCityCommittee = create("officer.halong",
                body(null, cityCommittee.id, uniqueNumber("CT/TU"), "Chỉ thị của Thành ủy"));
        int byWard = create("officer.bachdang", body(units.bachDang().id, null, uniqueNumber("KH/ĐU"), "Kế hoạch của phường"));
        Unit otherDistrict = units.create("Huyện Bên Cạnh Văn Bản", UnitType.DISTRICT, units.province());
        int bySibling = create("admin", body(otherDistrict.id, null, uniqueNumber("KH"), "Kế hoạch huyện bên cạnh"));

        for (int above : new int[] {byProvince, byCity, byCityCommittee}) {
            as("officer.bachdang").get("/api/v1/documents/" + above).then().statusCode(200).body("readOnly", is(true));
        }
        as("officer.bachdang").get("/api/v1/documents/" + byWard).then().statusCode(200).body("readOnly", is(false));
        as("officer.bachdang").get("/api/v1/documents/" + bySibling).then().statusCode(404);
        as("officer.halong").get("/api/v1/documents/" + byCity).then().statusCode(200).body("readOnly", is(false));
        as("officer.halong").get("/api/v1/documents/" + byWard).then().statusCode(200).body("readOnly", is(false));
        as("officer.mongcai").get("/api/v1/documents/" + byCity).then().statusCode(404);
        as("officer.mongcai").get("/api/v1/documents/" + byProvince).then().statusCode(200).body("readOnly", is(true));
        as("nounit").get("/api/v1/documents/" + byProvince).then().statusCode(404);
        as("admin").get("/api/v1/documents/" + byProvince).then().statusCode(200).body("readOnly", is(false));
        // What the record allows is what succeeds: nothing on a directive from above, everything on one's own.
        as("officer.bachdang").get("/api/v1/documents/" + byProvince).then().statusCode(200)
                .body("allowedActions", org.hamcrest.Matchers.empty());
        as("officer.bachdang").get("/api/v1/documents/" + byWard).then().statusCode(200)
                .body("allowedActions", org.hamcrest.Matchers.contains("update", "delete"));
        as("viewer").get("/api/v1/documents/" + byWard).then().statusCode(200)
                .body("allowedActions", org.hamcrest.Matchers.empty());

        as("officer.bachdang").queryParam("year", 2023).queryParam("size", 200).queryParam("sort", "issuer")
                .get("/api/v1/documents").then().statusCode(200)
                .body("items.id", hasItems(byProvince, byCity, byCityCommittee, byWard))
                .body("items.id", not(hasItem(bySibling)));
        as("officer.bachdang").queryParam("year", 2023).queryParam("q", "Thành ủy").get("/api/v1/documents")
                .then().statusCode(200).body("items.id", hasItem(byCityCommittee));

        for (int above : new int[] {byProvince, byCity, byCityCommittee}) {
            var change = body(haLong.id, null, "1-SUA", "Sửa văn bản cấp trên");
            change.put("version", 0);
            as("officer.bachdang").body(change).put("/api/v1/documents/" + above).then().statusCode(403)
                    .body("code", is("forbidden")).body("detail", containsString("above your unit"));
            as("officer.bachdang").delete("/api/v1/documents/" + above).then().statusCode(403);
        }
        assertEquals("Kế hoạch của tỉnh", storedTitle(byProvince));
        assertEquals("Chỉ thị của Thành ủy", storedTitle(byCityCommittee));

        // Reading down is not writing down: the ward cannot issue in its city's name either.
        as("officer.bachdang").body(body(haLong.id, null, uniqueNumber("KH"), "Thay thành phố"))
                .post("/api/v1/documents").then().statusCode(400).body("errors[0].field", is("issuerUnitId"));
        as("viewer").get("/api/v1/documents/" + byWard).then().statusCode(200).body("issuerPartyOrganization", nullValue());
    }
}

package vn.coso.testing;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.party.PartyOrganization;
import vn.coso.units.Unit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static vn.coso.party.PartyOrganizationForm.CELL;
import static vn.coso.party.PartyOrganizationForm.COMMITTEE;
import static vn.coso.party.PartyOrganizationLevel.BELOW_GRASSROOTS;
import static vn.coso.party.PartyOrganizationLevel.DIRECTLY_SUBORDINATE;
import static vn.coso.testing.Api.as;

/** Inspections through the API, for tests of what follows them (events, reminders). */
@ApplicationScoped
public class TestInspections {

    private final TestParty party;
    private final TestUnits units;

    public TestInspections(TestParty party, TestUnits units) {
        this.party = party;
        this.units = units;
    }

    /** A party cell of the unit, inspected and concluded by admin: the inspection's id. */
    public long concluded(Unit unit, String findings, Unit responsible, LocalDate due) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        PartyOrganization conducting = party.organization("Đảng bộ thử " + tag, DIRECTLY_SUBORDINATE, COMMITTEE,
                units.haLong(), null);
        PartyOrganization cell = party.organization("Chi bộ thử " + tag, BELOW_GRASSROOTS, CELL, unit, conducting);
        Map<String, Object> plan = new HashMap<>();
        plan.put("kind", "INSPECTION");
        plan.put("form", "THEMATIC");
        plan.put("subjectOrganizationId", cell.id);
        plan.put("conductingOrganizationId", conducting.id);
        plan.put("conductingBody", "INSPECTION_COMMISSION");
        plan.put("planYear", 2024);
        plan.put("plannedStart", "2024-03-01");
        plan.put("teamMembers", List.of("Trưởng Đoàn Bí Mật"));
        long id = ((Number) as("admin").body(plan).post("/api/v1/inspections").then().statusCode(201).extract().path("id"))
                .longValue();
        as("admin").body(Map.of("actualStart", "2024-03-02", "version", 0)).post("/api/v1/inspections/" + id + "/start")
                .then().statusCode(200);
        saveConclusion(id, findings, responsible, due, null);
        as("admin").body(Map.of("actualEnd", "2024-03-20", "version", 1)).post("/api/v1/inspections/" + id + "/conclude")
                .then().statusCode(200);
        return id;
    }

    /** Records (version null) or saves again the conclusion with one recommendation. */
    public void saveConclusion(long id, String findings, Unit responsible, LocalDate due, Integer version) {
        Map<String, Object> conclusion = new HashMap<>();
        conclusion.put("violationFound", true);
        conclusion.put("findings", findings);
        conclusion.put("recommendations", List.of(Map.of("content", "Công khai quy chế tại trụ sở",
                "responsibleUnitId", responsible.id, "dueDate", due.toString())));
        conclusion.put("version", version);
        as("admin").body(conclusion).put("/api/v1/inspections/" + id + "/conclusion").then().statusCode(200);
    }
}

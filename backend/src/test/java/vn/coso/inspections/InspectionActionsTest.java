package vn.coso.inspections;

import vn.coso.testing.WireNames;
import org.junit.jupiter.api.Test;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;
import vn.coso.inspections.InspectionActions.Action;
import vn.coso.inspections.InspectionEnums.Status;
import vn.coso.testing.Callers;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The inspection workflow's rules without Quarkus: each status's operations; concluding needs the conclusion. */
class InspectionActionsTest {

    private static final CurrentUser INSPECTOR = Callers.as("inspector", Roles.INSPECTOR);

    private static InspectionActions.Subject subject(Status status, boolean hasConclusion) {
        Inspection inspection = new Inspection();
        inspection.id = 5L;
        inspection.status = status;
        return new InspectionActions.Subject(inspection, hasConclusion);
    }

    @Test
    void eachStatusAllowsItsTransitions() {
        Map<Status, List<String>> expected = Map.of(
                Status.PLANNED, List.of("update", "start", "cancel"),
                Status.IN_PROGRESS, List.of("update", "conclusion", "conclude", "cancel"),
                Status.CONCLUDED, List.of("conclusion", "close"),
                Status.CLOSED, List.of(),
                Status.CANCELLED, List.of());
        expected.forEach((status, actions) ->
                assertEquals(actions, WireNames.of(new InspectionActions(INSPECTOR).allowed(subject(status, true))), status.name()));
    }

    @Test
    void concludingNeedsTheConclusionFirst() {
        InspectionActions rules = new InspectionActions(INSPECTOR);
        assertEquals(List.of("update", "conclusion", "cancel"), WireNames.of(rules.allowed(subject(Status.IN_PROGRESS, false))));
        assertEquals("inspection.conclusion-missing",
                rules.refusal(subject(Status.IN_PROGRESS, false), Action.CONCLUDE).orElseThrow().code());
        assertEquals("inspection.not-editable", rules.refusal(subject(Status.CLOSED, true), Action.UPDATE).orElseThrow().code());
    }

    @Test
    void onlyAdminAndInspectorsWorkOnInspections() {
        assertEquals(List.of("update", "start", "cancel"),
                WireNames.of(new InspectionActions(Callers.as("admin", Roles.ADMIN)).allowed(subject(Status.PLANNED, false))));
        for (String role : List.of(Roles.OFFICER, Roles.VIEWER)) {
            InspectionActions rules = new InspectionActions(Callers.as("other", role));
            assertEquals(List.of(), WireNames.of(rules.allowed(subject(Status.PLANNED, false))), role);
            assertEquals(403, rules.refusal(subject(Status.PLANNED, false), Action.START).orElseThrow().status());
        }
    }
}

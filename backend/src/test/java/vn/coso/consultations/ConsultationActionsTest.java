package vn.coso.consultations;

import vn.coso.testing.WireNames;
import org.junit.jupiter.api.Test;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Roles;
import vn.coso.consultations.ConsultationActions.Action;
import vn.coso.testing.Callers;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The consultation workflow's rules, without Quarkus: what each state allows, and what a refusal answers. */
class ConsultationActionsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    private static final CurrentUser OFFICER = Callers.as("officer.halong", Roles.OFFICER);

    private static Consultation consultation(ConsultationStatus status, LocalDate opensOn, LocalDate closesOn) {
        Consultation c = new Consultation();
        c.id = 7L;
        c.status = status;
        c.opensOn = opensOn;
        c.closesOn = closesOn;
        return c;
    }

    private static List<String> allowed(CurrentUser user, Consultation c, long unanswered) {
        return WireNames.of(new ConsultationActions(user).allowed(new ConsultationActions.Subject(c, TODAY, unanswered)));
    }

    private static ProblemException refusal(Consultation c, long unanswered, Action action) {
        return new ConsultationActions(OFFICER).refusal(new ConsultationActions.Subject(c, TODAY, unanswered), action)
                .orElseThrow();
    }

    @Test
    void aDraftIsChangedDeletedPublishedOrCancelled() {
        Consultation draft = consultation(ConsultationStatus.DRAFT, TODAY.plusDays(1), TODAY.plusDays(30));
        assertEquals(List.of("update", "delete", "publish", "cancel"), allowed(OFFICER, draft, 0));
        assertEquals(List.of("update", "delete", "publish", "cancel"),
                allowed(Callers.as("admin", Roles.ADMIN), draft, 0));
        ProblemException conclude = refusal(draft, 0, Action.CONCLUDE);
        assertEquals(409, conclude.status());
        assertEquals("consultation.illegal-transition", conclude.code());
    }

    @Test
    void aDraftWhoseClosingDatePassedIsNotPublished() {
        Consultation late = consultation(ConsultationStatus.DRAFT, TODAY.minusDays(30), TODAY.minusDays(1));
        assertEquals(List.of("update", "delete", "cancel"), allowed(OFFICER, late, 0));
        assertEquals("consultation.window-passed", refusal(late, 0, Action.PUBLISH).code());
        // Closing today is still in time.
        assertEquals(List.of("update", "delete", "publish", "cancel"),
                allowed(OFFICER, consultation(ConsultationStatus.DRAFT, TODAY.minusDays(30), TODAY), 0));
    }

    @Test
    void aPublishedConsultationIsConcludedOnlyOnceClosedAndEveryCommentAnswered() {
        Consultation open = consultation(ConsultationStatus.PUBLISHED, TODAY.minusDays(10), TODAY);
        assertEquals(List.of("cancel"), allowed(OFFICER, open, 0));
        assertEquals("consultation.not-closed", refusal(open, 0, Action.CONCLUDE).code());
        assertEquals("consultation.not-a-draft", refusal(open, 0, Action.UPDATE).code());
        assertEquals("consultation.not-a-draft", refusal(open, 0, Action.DELETE).code());

        Consultation closed = consultation(ConsultationStatus.PUBLISHED, TODAY.minusDays(40), TODAY.minusDays(1));
        assertEquals(List.of("cancel"), allowed(OFFICER, closed, 2));
        ProblemException unanswered = refusal(closed, 2, Action.CONCLUDE);
        assertEquals(409, unanswered.status());
        assertEquals("consultation.comments-unanswered", unanswered.code());
        assertEquals(List.of("conclude", "cancel"), allowed(OFFICER, closed, 0));
    }

    @Test
    void aConcludedOrCancelledConsultationAllowsNothing() {
        for (ConsultationStatus status : List.of(ConsultationStatus.CONCLUDED, ConsultationStatus.CANCELLED)) {
            Consultation done = consultation(status, TODAY.minusDays(40), TODAY.minusDays(1));
            assertEquals(List.of(), allowed(OFFICER, done, 0), status.name());
            assertEquals("consultation.illegal-transition", refusal(done, 0, Action.CANCEL).code());
        }
    }

    @Test
    void readersMayDoNothing() {
        Consultation draft = consultation(ConsultationStatus.DRAFT, TODAY.plusDays(1), TODAY.plusDays(30));
        for (String role : List.of(Roles.VIEWER, Roles.INSPECTOR, Roles.INTEGRATION)) {
            CurrentUser reader = Callers.as("reader", role);
            assertEquals(List.of(), allowed(reader, draft, 0), role);
            ProblemException refused = new ConsultationActions(reader)
                    .refusal(new ConsultationActions.Subject(draft, TODAY, 0), Action.UPDATE).orElseThrow();
            assertEquals(403, refused.status());
        }
    }

    @Test
    void commentsAreAnsweredBetweenTheClosingAndTheConclusion() {
        ConsultationCommentActions rules = new ConsultationCommentActions(OFFICER);
        Consultation open = consultation(ConsultationStatus.PUBLISHED, TODAY.minusDays(10), TODAY);
        Consultation closed = consultation(ConsultationStatus.PUBLISHED, TODAY.minusDays(40), TODAY.minusDays(1));
        Consultation concluded = consultation(ConsultationStatus.CONCLUDED, TODAY.minusDays(40), TODAY.minusDays(1));
        assertEquals(List.of("answer"), WireNames.of(rules.allowed(new ConsultationCommentActions.Subject(closed, TODAY))));
        assertEquals(List.of(), WireNames.of(rules.allowed(new ConsultationCommentActions.Subject(open, TODAY))));
        assertEquals("consultation.not-closed", rules.refusal(new ConsultationCommentActions.Subject(open, TODAY),
                ConsultationCommentActions.Action.ANSWER).orElseThrow().code());
        assertEquals("consultation.not-answerable", rules.refusal(new ConsultationCommentActions.Subject(concluded, TODAY),
                ConsultationCommentActions.Action.ANSWER).orElseThrow().code());
        assertEquals(List.of(), WireNames.of(new ConsultationCommentActions(Callers.as("viewer", Roles.VIEWER))
                .allowed(new ConsultationCommentActions.Subject(closed, TODAY))));
    }
}

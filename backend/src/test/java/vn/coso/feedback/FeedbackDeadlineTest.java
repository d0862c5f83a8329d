package vn.coso.feedback;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;

import java.util.Map;

import static org.hamcrest.Matchers.is;
import static vn.coso.feedback.FeedbackFixtures.marker;
import static vn.coso.feedback.FeedbackFixtures.staffBody;
import static vn.coso.testing.Api.as;

/**
 * Deadlines in working hours over the holidays table (application.properties: acknowledge within
 * 8 working hours, answer within 10 working days; urgent: 2 and 4 hours), 08:00–12:00 and
 * 13:00–17:00 Vietnam time (UTC+7).
 */
@QuarkusTest
class FeedbackDeadlineTest {

    @Inject
    TestUnits units;

    private Map<String, Object> received(String at, String priority) {
        Map<String, Object> body = staffBody(units.bachDang().id, "Hạn " + marker());
        body.put("receivedAt", at);
        body.put("priority", priority);
        return body;
    }

    @Test
    void theDeadlinesSkipTheReunificationDayHolidays() {
        // Tuesday 29/4/2025 09:00: 7 working hours that day, then 30/4–4/5 off, so Monday 5/5 09:00;
        // 10 working days later, Monday 19/5 09:00.
        as("officer.halong").body(received("2025-04-29T02:00:00Z", "NORMAL")).post("/api/v1/feedback").then()
                .statusCode(201)
                .body("acknowledgeDueAt", is("2025-05-05T02:00:00Z"))
                .body("answerDueAt", is("2025-05-19T02:00:00Z"))
                .body("overdue", is(true));
    }

    @Test
    void aWorkedSaturdayCounts() {
        // Friday 25/4/2025 16:00, urgent: 1 hour on Friday and 1 on Saturday 26/4, worked in exchange
        // for Friday 2/5; the answer 4 working hours later, 14:00 that Saturday.
        as("officer.halong").body(received("2025-04-25T09:00:00Z", "URGENT")).post("/api/v1/feedback").then()
                .statusCode(201)
                .body("acknowledgeDueAt", is("2025-04-26T02:00:00Z"))
                .body("answerDueAt", is("2025-04-26T07:00:00Z"));
    }

    @Test
    void aHolidayAnAdminAddsMovesLaterDeadlines() {
        // Tuesday 14/3/2023 15:00 + 8 working hours is Wednesday 15:00, or Thursday 15:00 with a holiday on Wednesday.
        as("admin").body(received("2023-03-14T08:00:00Z", "NORMAL")).post("/api/v1/feedback").then()
                .statusCode(201).body("acknowledgeDueAt", is("2023-03-15T08:00:00Z"));
        int holiday = as("admin").body(Map.of("date", "2023-03-15", "kind", "HOLIDAY", "name", "Ngày nghỉ thử"))
                .post("/api/v1/holidays").then().statusCode(201).extract().path("id");
        try {
            as("admin").body(received("2023-03-14T08:00:00Z", "NORMAL")).post("/api/v1/feedback").then()
                    .statusCode(201).body("acknowledgeDueAt", is("2023-03-16T08:00:00Z"));
        } finally {
            as("admin").delete("/api/v1/holidays/" + holiday).then().statusCode(204);
        }
    }

    @Test
    void acknowledgingStartsTheAnswerClock() {
        long id = FeedbackFixtures.record("officer.halong", received("2025-06-02T01:00:00Z", "NORMAL"));
        // Monday 2/6/2025 08:00 + 8h: 17:00 that day; answer 10 working days after it.
        as("admin").get("/api/v1/feedback/" + id).then()
                .body("acknowledgeDueAt", is("2025-06-02T10:00:00Z"))
                .body("answerDueAt", is("2025-06-16T10:00:00Z"));
    }
}

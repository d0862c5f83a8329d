package vn.coso.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.calendar.WorkingCalendar;
import vn.coso.calendar.WorkingDuration;
import vn.coso.calendar.WorkingTime;
import vn.coso.common.config.CosoConfig;
import vn.coso.feedback.FeedbackEnums.Priority;
import vn.coso.feedback.FeedbackEnums.Type;

import java.time.Instant;
import java.util.Locale;

/**
 * The acknowledgement and answer deadlines of a feedback in working time: acknowledge within the
 * rule's time of receipt; answer within the rule's time of the acknowledgement, or of the
 * acknowledgement's deadline while there is none.
 */
@ApplicationScoped
public class FeedbackDeadlines {

    private final WorkingCalendar calendar;
    private final CosoConfig.Feedback config;

    public FeedbackDeadlines(WorkingCalendar calendar, CosoConfig config) {
        this.calendar = calendar;
        this.config = config.feedback();
        for (Type type : Type.values()) {
            for (Priority priority : Priority.values()) {
                rule(type, priority);
            }
        }
    }

    record Rule(WorkingDuration acknowledge, WorkingDuration answer) {
    }

    Rule rule(Type type, Priority priority) {
        String key = type.name().toLowerCase(Locale.ROOT) + "-" + priority.name().toLowerCase(Locale.ROOT);
        CosoConfig.DeadlineRule rule = config.deadlines().get(key);
        if (rule == null) {
            throw new IllegalStateException("No deadline rule coso.feedback.deadlines." + key);
        }
        return new Rule(WorkingDuration.parse(rule.acknowledge()), WorkingDuration.parse(rule.answer()));
    }

    /** Sets both deadlines from the feedback's receipt, type, priority and acknowledgement. */
    void apply(Feedback feedback) {
        Rule rule = rule(feedback.type, feedback.priority);
        Instant[] due = deadlines(calendar.from(feedback.receivedAt), rule, feedback.receivedAt, feedback.acknowledgedAt);
        feedback.acknowledgeDueAt = due[0];
        feedback.answerDueAt = due[1];
    }

    /** A reopened feedback gets a new answer deadline, counted from its reopening. */
    void restartAnswer(Feedback feedback, Instant reopenedAt) {
        feedback.answerDueAt = calendar.plus(reopenedAt, rule(feedback.type, feedback.priority).answer());
    }

    /** The same computation over a calendar read once, for many feedback at a time (demo data). */
    static Instant[] deadlines(WorkingTime time, Rule rule, Instant receivedAt, Instant acknowledgedAt) {
        Instant acknowledgeDue = time.plus(receivedAt, rule.acknowledge());
        Instant answerDue = time.plus(acknowledgedAt != null ? acknowledgedAt : acknowledgeDue, rule.answer());
        return new Instant[]{acknowledgeDue, answerDue};
    }
}

package vn.coso.feedback;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.coso.common.config.CosoConfig;
import vn.coso.common.events.EventTypes;
import vn.coso.common.history.HistoryService;
import vn.coso.feedback.FeedbackEnums.Status;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deadline scan: a feedback whose acknowledgement or answer deadline passed is escalated to the
 * officers of its parent unit, and if still overdue {@code coso.feedback.escalate-again-after} later, to
 * the officers of the province its unit lies in. Each escalation is recorded in the feedback's history,
 * shown in the inbox and fired as {@code feedback.overdue} (notifications, webhooks). Runs on one instance at a time; the conditional
 * update makes a second run harmless anyway.
 */
@ApplicationScoped
public class FeedbackEscalation {

    private static final Logger LOG = Logger.getLogger(FeedbackEscalation.class);
    static final String SYSTEM = "system";

    private final FeedbackRepository feedback;
    private final UnitService units;
    private final HistoryService history;
    private final FeedbackEvents events;
    private final Duration again;
    private final Clock clock;

    FeedbackEscalation(FeedbackRepository feedback, UnitService units, HistoryService history, FeedbackEvents events,
                       CosoConfig config, Clock clock) {
        this.feedback = feedback;
        this.units = units;
        this.history = history;
        this.events = events;
        this.again = config.feedback().escalateAgainAfter();
        this.clock = clock;
    }

    @Scheduled(identity = "feedback-deadlines", every = "${coso.jobs.feedback-deadlines.every}",
            delayed = "${coso.jobs.first-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.warn("The feedback deadline scan failed; will try again", e);
        }
    }

    /** The number of escalations made. */
    public int scan() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> feedback.dueForEscalation(now, now.minus(again), 500));
        int made = 0;
        for (long id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> escalate(id, now))) {
                made++;
            }
        }
        return made;
    }

    private boolean escalate(long id, Instant now) {
        Feedback f = feedback.findById(id);
        if (f == null || f.escalationLevel >= 2) {
            return false;
        }
        Unit province = units.provinceOf(f.unit).orElse(null);
        if (province == null) {
            return false;
        }
        int level = f.escalationLevel;
        Unit target = level == 0 && f.unit.parent != null ? f.unit.parent : province;
        // Told the province already at the first step: there is nobody further to tell.
        int skip = level == 0 && target.id.equals(province.id) ? 1 : 0;
        if (!feedback.escalate(id, level, level + skip + 1, target.id, now)) {
            return false;
        }
        String deadline = f.status == Status.RECEIVED && now.isAfter(f.acknowledgeDueAt) ? "ACKNOWLEDGE" : "ANSWER";
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("escalationLevel", level);
        before.put("escalatedTo", f.escalatedToUnit == null ? null : f.escalatedToUnit.code);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("escalationLevel", level + skip + 1);
        after.put("escalatedTo", target.code);
        after.put("missedDeadline", deadline);
        history.recordAs(SYSTEM, FeedbackService.HISTORY_TYPE, f.id, "ESCALATED", before, after);
        events.fire(EventTypes.FEEDBACK_OVERDUE, f, Map.of("deadline", deadline, "escalationLevel", level + skip + 1,
                "escalatedToUnitId", target.id, "escalatedToUnitCode", target.code));
        LOG.infof("Feedback %d past its %s deadline escalated to %s", f.id, deadline, target.code);
        return true;
    }
}

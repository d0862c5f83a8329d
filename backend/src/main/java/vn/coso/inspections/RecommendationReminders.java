package vn.coso.inspections;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import vn.coso.common.config.CosoConfig;
import vn.coso.common.events.DomainEvents;
import vn.coso.common.events.EventTypes;
import vn.coso.common.time.AppClock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The daily reminder scan: a recommendation (kiến nghị) not yet done whose due date comes within
 * {@code coso.inspections.recommendation-due-within-days} is announced once to the officers of its
 * responsible unit ({@code inspection.recommendation-due}). Clustered (one instance a day); the
 * announcement's row is inserted in the transaction that fires the event, so no recommendation is
 * announced twice even if two scans overlap.
 */
@ApplicationScoped
public class RecommendationReminders {

    private static final Logger LOG = Logger.getLogger(RecommendationReminders.class);
    private static final int BATCH = 500;

    private final InspectionRepository inspections;
    private final DomainEvents events;
    private final Clock clock;
    private final int withinDays;

    RecommendationReminders(InspectionRepository inspections, DomainEvents events, CosoConfig config, Clock clock) {
        this.inspections = inspections;
        this.events = events;
        this.clock = clock;
        this.withinDays = config.inspections().recommendationDueWithinDays();
    }

    @Scheduled(identity = "recommendation-reminders", cron = "${coso.jobs.recommendation-reminders.cron}",
            timeZone = "Asia/Ho_Chi_Minh", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.warn("The recommendation reminder scan failed; will try again tomorrow", e);
        }
    }

    /** The number of recommendations announced. */
    public int scan() {
        LocalDate today = LocalDate.now(clock.withZone(AppClock.VIETNAM));
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> inspections.openRecommendationsDueBetween(
                today.minusDays(withinDays), today.plusDays(withinDays), BATCH).stream().map(r -> r.id).toList());
        int announced = 0;
        for (long id : due) {
            if (QuarkusTransaction.requiringNew().call(() -> announce(id))) {
                announced++;
            }
        }
        return announced;
    }

    private boolean announce(long recommendationId) {
        Recommendation r = inspections.getEntityManager().find(Recommendation.class, recommendationId);
        if (r == null || r.doneOn != null
                || !inspections.markAnnounced(r, sha256(r.content), clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            return false;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inspectionId", r.inspectionId);
        data.put("recommendationId", r.id);
        data.put("unitId", r.responsibleUnit.id);
        data.put("unitCode", r.responsibleUnit.code);
        data.put("dueDate", r.dueDate);
        events.fire(EventTypes.RECOMMENDATION_DUE, r.id, r.responsibleUnit.id, r.responsibleUnit.path, data);
        return true;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.coso.notifications;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Once a day, one mail per staff member who chose DIGEST, listing what waited for it. */
@ApplicationScoped
class DigestMail {

    private static final Logger LOG = Logger.getLogger(DigestMail.class);

    private final StaffContacts contacts;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final NotificationConfig config;
    private final Clock clock;

    DigestMail(StaffContacts contacts, MailTemplates templates, MailOutbox outbox, NotificationConfig config, Clock clock) {
        this.contacts = contacts;
        this.templates = templates;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "notification-digest", cron = "${coso.jobs.notification-digest.cron}",
            timeZone = "Asia/Ho_Chi_Minh", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            send();
        } catch (RuntimeException e) {
            LOG.warn("The daily digest failed; will try again tomorrow", e);
        }
    }

    /** The number of digest mails written to the outbox. */
    int send() {
        List<String> users = QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find(
                "digestPending = true").list().stream().map(n -> n.username).distinct().toList());
        int written = 0;
        for (String username : users) {
            written += QuarkusTransaction.requiringNew().call(() -> {
                List<Notification> pending = Notification.<Notification>find("username = ?1 and digestPending = true order by id",
                        username).list();
                pending.forEach(n -> n.digestPending = false);
                var contact = contacts.byUsername(username).filter(c -> c.email() != null);
                if (contact.isEmpty() || pending.isEmpty()) {
                    return 0;
                }
                var c = contact.get();
                var mail = templates.render("digest", Locale.forLanguageTag(c.locale()), Map.of("name", c.name(),
                        "count", pending.size(), "items", pending.stream().map(n -> n.title).toList(),
                        "link", config.publicUrl() + "/feedback", "preferencesUrl", config.publicUrl() + "/notifications/preferences"),
                        pending.size());
                outbox.enqueue(c.email(), mail.subject(), mail.body(), null, clock.instant().truncatedTo(ChronoUnit.MICROS));
                return 1;
            });
        }
        return written;
    }
}

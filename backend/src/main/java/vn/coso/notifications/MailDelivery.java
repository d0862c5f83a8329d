package vn.coso.notifications;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Sends the mail outbox over SMTP (Quarkus Mailer) after the transactions that wrote it committed, so a
 * slow or absent mail server never slows or fails a request. At least once: a mail whose instance died
 * before recording it is sent again with the same Message-ID.
 */
@ApplicationScoped
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class);

    private final MailOutbox outbox;
    private final Mailer mailer;
    private final NotificationConfig config;
    private final Clock clock;

    MailDelivery(MailOutbox outbox, Mailer mailer, NotificationConfig config, Clock clock) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "mail-delivery", every = "${coso.jobs.mail-delivery.every}",
            delayed = "${coso.jobs.first-delay}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            while (sendDue() == config.mailBatchSize()) {
                // a full batch: more may be due
            }
            QuarkusTransaction.requiringNew().run(() -> outbox.deleteSettledBefore(clock.instant().minus(config.mailRetention())));
        } catch (RuntimeException e) {
            LOG.warn("Mail delivery failed; will try again", e);
        }
    }

    /** One batch: the number of mails tried. */
    public int sendDue() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant leaseEnd = now.plus(config.mailLease());
        List<MailOutbox.Mail> batch = QuarkusTransaction.requiringNew().call(() ->
                outbox.claimDue(now, leaseEnd, config.mailBatchSize()));
        // As for webhooks: no sending in the second half of the lease, where another instance could
        // take the same row when it ends; the rest is handed back.
        Instant lastStart = leaseEnd.minus(config.mailLease().dividedBy(2));
        List<Long> unsent = new java.util.ArrayList<>();
        for (MailOutbox.Mail m : batch) {
            if (clock.instant().isAfter(lastStart)) {
                unsent.add(m.id());
                continue;
            }
            String error = null;
            try {
                Mail mail = Mail.withText(m.recipient(), m.subject(), m.body()).addHeader("Message-ID", m.messageId());
                if (m.unsubscribeUrl() != null) {
                    mail.addHeader("List-Unsubscribe", "<" + m.unsubscribeUrl() + ">");
                }
                mailer.send(mail);
            } catch (RuntimeException e) {
                error = e.getClass().getSimpleName() + ": " + e.getMessage();
                error = error.length() > 500 ? error.substring(0, 500) : error;
            }
            String failure = error;
            QuarkusTransaction.requiringNew().run(() -> {
                Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
                if (failure == null) {
                    outbox.sent(m.id(), at);
                } else {
                    List<Duration> delays = config.mailRetryDelays();
                    outbox.failed(m.id(), failure, m.attempt() <= delays.size() ? at.plus(delays.get(m.attempt() - 1)) : null);
                    LOG.warnf("Mail %d attempt %d failed: %s", m.id(), m.attempt(), failure);
                }
            });
        }
        if (!unsent.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.release(unsent, leaseEnd,
                    clock.instant().truncatedTo(ChronoUnit.MICROS)));
        }
        return batch.size();
    }
}

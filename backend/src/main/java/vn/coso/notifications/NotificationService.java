package vn.coso.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.i18n.Messages;
import vn.coso.common.i18n.RequestLocale;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.security.CurrentUser;
import vn.coso.notifications.NotificationDtos.NotificationResponse;
import vn.coso.notifications.NotificationDtos.PreferencesRequest;
import vn.coso.notifications.NotificationDtos.UnreadCount;
import vn.coso.notifications.NotificationDtos.UnsubscribeResult;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The caller's own notifications and preferences, and citizens' unsubscribing. */
@ApplicationScoped
public class NotificationService {

    private final NotificationPreferences preferences;
    private final MailOutbox outbox;
    private final CurrentUser user;
    private final Messages messages;
    private final RequestLocale locale;
    private final UnsubscribeTokens tokens;
    private final Clock clock;

    public NotificationService(NotificationPreferences preferences, MailOutbox outbox, CurrentUser user,
                               Messages messages, RequestLocale locale, NotificationConfig config, Clock clock) {
        this.preferences = preferences;
        this.outbox = outbox;
        this.user = user;
        this.messages = messages;
        this.locale = locale;
        this.tokens = new UnsubscribeTokens(config.secret());
        this.clock = clock;
    }

    @Transactional
    public PageResult<NotificationResponse> list(boolean unreadOnly, PageRequest page) {
        String where = "username = ?1" + (unreadOnly ? " and readAt is null" : "");
        var query = Notification.<Notification>find(where + " order by id desc", user.username());
        long total = Notification.count(where, user.username());
        return new PageResult<>(query.range(page.offset(), page.offset() + page.size() - 1).list(), page.page(), page.size(),
                total).map(NotificationService::toResponse);
    }

    @Transactional
    public UnreadCount unread() {
        return new UnreadCount(Notification.count("username = ?1 and readAt is null", user.username()));
    }

    @Transactional
    public NotificationResponse markRead(long id) {
        Notification n = Notification.findById(id);
        if (n == null || !n.username.equals(user.username())) {
            throw ProblemException.of(404, "notification.not-found", String.valueOf(id));
        }
        if (n.readAt == null) {
            n.readAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        }
        return toResponse(n);
    }

    @Transactional
    public UnreadCount markAllRead() {
        Notification.update("readAt = ?1 where username = ?2 and readAt is null",
                clock.instant().truncatedTo(ChronoUnit.MICROS), user.username());
        return new UnreadCount(0);
    }

    @Transactional
    public Map<String, NotificationPreferences.Delivery> preferences() {
        return preferences.all(user.username());
    }

    @Transactional
    public Map<String, NotificationPreferences.Delivery> setPreferences(PreferencesRequest request) {
        for (var entry : request.events().entrySet()) {
            if (!NotificationPreferences.STAFF_EVENTS.contains(entry.getKey())) {
                throw ProblemException.invalidField("events", "notification.event-type.unknown", entry.getKey(),
                        String.join(", ", NotificationPreferences.STAFF_EVENTS));
            }
            if (entry.getValue() == null) {
                throw ProblemException.invalidField("events", "notification.delivery.missing", entry.getKey());
            }
        }
        request.events().forEach((type, delivery) -> preferences.set(user.username(), type, delivery));
        return preferences.all(user.username());
    }

    /** A citizen's unsubscribe link: no account, the token is signed. */
    @Transactional
    public UnsubscribeResult unsubscribe(String token) {
        String address = tokens.addressOf(token)
                .orElseThrow(() -> ProblemException.of(400, "notification.unsubscribe.invalid"));
        outbox.unsubscribe(address, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return new UnsubscribeResult(true, messages.text(locale.get(), "notification.unsubscribe.done"));
    }

    private static NotificationResponse toResponse(Notification n) {
        return new NotificationResponse(n.id, n.eventType, n.title, n.feedbackId, n.unitId, n.createdAt, n.readAt);
    }
}

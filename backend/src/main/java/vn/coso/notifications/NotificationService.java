package vn.coso.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.events.EventTypes;
import vn.coso.common.i18n.Messages;
import vn.coso.common.i18n.RequestLocale;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.security.CurrentUser;
import vn.coso.notifications.NotificationDtos.NotificationResponse;
import vn.coso.notifications.NotificationDtos.PreferencesRequest;
import vn.coso.notifications.NotificationDtos.PreferencesResponse;
import vn.coso.notifications.NotificationDtos.UnreadCount;
import vn.coso.notifications.NotificationDtos.UnsubscribeResult;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The caller's own notifications and preferences, and citizens' unsubscribing. */
@ApplicationScoped
public class NotificationService {

    private static final List<String> LANGUAGES = List.of("vi", "en");

    private final NotificationPreferences preferences;
    private final MailOutbox outbox;
    private final CurrentUser user;
    private final Messages messages;
    private final RequestLocale locale;
    private final UnsubscribeTokens tokens;
    private final Clock clock;
    private final StaffContacts contacts;

    public NotificationService(NotificationPreferences preferences, MailOutbox outbox, CurrentUser user,
                               Messages messages, RequestLocale locale, NotificationConfig config, Clock clock,
                               StaffContacts contacts) {
        this.contacts = contacts;
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
    public PreferencesResponse preferences() {
        return new PreferencesResponse(preferences.all(user.username()), language());
    }

    @Transactional
    public PreferencesResponse setPreferences(PreferencesRequest request) {
        Map<String, NotificationPreferences.Delivery> events = request.events() == null ? Map.of() : request.events();
        for (var entry : events.entrySet()) {
            if (!EventTypes.STAFF.contains(entry.getKey())) {
                throw ProblemException.invalidField("events", "notification.event-type.unknown", entry.getKey(),
                        String.join(", ", EventTypes.STAFF));
            }
            if (entry.getValue() == null) {
                throw ProblemException.invalidField("events", "notification.delivery.missing", entry.getKey());
            }
        }
        String language = request.language() == null ? null : request.language().trim().toLowerCase(Locale.ROOT);
        if (language != null && !LANGUAGES.contains(language)) {
            throw ProblemException.invalidField("language", "notification.language.unknown", request.language(),
                    String.join(", ", LANGUAGES));
        }
        events.forEach((type, delivery) -> preferences.set(user.username(), type, delivery));
        if (language != null) {
            contacts.setLanguage(user.username(), language, clock.instant().truncatedTo(ChronoUnit.MICROS));
        }
        return preferences();
    }

    /** The caller's language for notifications: chosen, else their account's (from the directory), else vi. */
    private String language() {
        return contacts.languageOf(user.username()).orElse("vi");
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
        return new NotificationResponse(n.id, n.eventType, n.title, n.feedbackId, n.recordType, n.recordId, n.unitId,
                n.createdAt, n.readAt);
    }
}

package vn.coso.webhooks;

import vn.coso.common.security.ScopeGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.coso.common.errors.ProblemException;
import vn.coso.common.events.EventTypes;
import vn.coso.common.paging.PageRequest;
import vn.coso.common.paging.PageResult;
import vn.coso.common.security.CurrentUser;
import vn.coso.common.security.Scope;
import vn.coso.common.web.Texts;
import vn.coso.common.web.Versions;
import vn.coso.units.Unit;
import vn.coso.units.UnitService;
import vn.coso.webhooks.WebhookDtos.AttemptResponse;
import vn.coso.webhooks.WebhookDtos.DeliveryResponse;
import vn.coso.webhooks.WebhookDtos.SubscriptionRequest;
import vn.coso.webhooks.WebhookDtos.SubscriptionResponse;
import vn.coso.webhooks.WebhookStore.AttemptRow;
import vn.coso.webhooks.WebhookStore.DeliveryRow;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Webhook subscriptions of admins (any, whole province) and of integrating systems (their own, within
 * their scope): an event is delivered only if its unit lies under the subscription's unit, and that
 * unit under the owner's scope, checked when the subscription is made or changed.
 */
@ApplicationScoped
public class WebhookService {

    static final String FAILING = "FAILING";
    static final String PAUSED = "PAUSED";
    private static final List<String> STATUSES = List.of("PENDING", "DELIVERED", "FAILED");

    private final WebhookStore store;
    private final UnitService units;
    private final ScopeGuard guard;
    private final CurrentUser user;
    private final Clock clock;
    private final WebhookTargets targets;

    public WebhookService(WebhookStore store, UnitService units, CurrentUser user, Clock clock, ScopeGuard guard,
                          WebhookTargets targets) {
        this.targets = targets;
        this.guard = guard;
        this.store = store;
        this.units = units;
        this.user = user;
        this.clock = clock;
    }

    @Transactional
    public SubscriptionResponse create(SubscriptionRequest request) {
        WebhookSubscription s = new WebhookSubscription();
        s.owner = user.username();
        s.ownerIsAdmin = user.isAdmin();
        s.secret = WebhookSignature.newSecret();
        s.enabled = true;
        apply(s, request);
        store.persistAndFlush(s);
        return toResponse(s, true);
    }

    @Transactional
    public PageResult<SubscriptionResponse> list(PageRequest page) {
        String owner = user.isAdmin() ? null : user.username();
        List<WebhookSubscription> found = store.ownedBy(owner, page.offset(), page.size());
        return new PageResult<>(found, page.page(), page.size(), store.countOwnedBy(owner))
                .map(s -> toResponse(s, false));
    }

    @Transactional
    public SubscriptionResponse get(long id) {
        return toResponse(findVisible(id), false);
    }

    @Transactional
    public SubscriptionResponse update(long id, SubscriptionRequest request) {
        WebhookSubscription s = findVisible(id);
        Versions.check(ProblemException.record("record.webhook", id), s.version, request.version(), null);
        apply(s, request);
        if (Boolean.FALSE.equals(request.enabled()) && s.enabled) {
            s.enabled = false;
            s.disabledReason = PAUSED;
            store.failPending(s.id, "subscription paused");
        } else if (Boolean.TRUE.equals(request.enabled()) && !s.enabled) {
            s.enabled = true;
            s.disabledReason = null;
            s.failureStreak = 0;
        }
        store.flush();
        return toResponse(s, false);
    }

    @Transactional
    public void delete(long id) {
        store.delete(findVisible(id));
    }

    @Transactional
    public PageResult<DeliveryResponse> deliveries(long id, String status, PageRequest page) {
        WebhookSubscription s = findVisible(id);
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalidField("status", "webhook.delivery-status.unknown", status,
                    String.join(", ", STATUSES));
        }
        List<DeliveryRow> rows = store.deliveries(s.id, null, status, page.offset(), page.size());
        return new PageResult<>(toResponses(rows), page.page(), page.size(), store.countDeliveries(s.id, status));
    }

    /** Sends a delivery again (whatever its status), as a fresh series of attempts with the same webhook-id. */
    @Transactional
    public DeliveryResponse redeliver(long id, long deliveryId) {
        WebhookSubscription s = findVisible(id);
        if (!s.enabled) {
            throw ProblemException.of(409, "webhook.disabled", String.valueOf(id));
        }
        if (!store.redeliver(s.id, deliveryId, clock.instant().truncatedTo(ChronoUnit.MICROS))) {
            throw ProblemException.of(404, "webhook.delivery.not-found", String.valueOf(deliveryId));
        }
        return toResponses(store.deliveries(s.id, deliveryId, null, 0, 1)).get(0);
    }

    private void apply(WebhookSubscription s, SubscriptionRequest request) {
        s.targetUrl = checkedUrl(request.url());
        LinkedHashSet<String> types = new LinkedHashSet<>();
        for (String type : request.eventTypes()) {
            if (type == null || !EventTypes.ALL.contains(type)) {
                throw ProblemException.invalidField("eventTypes", "webhook.event-type.unknown", String.valueOf(type),
                        String.join(", ", EventTypes.ALL));
            }
            types.add(type);
        }
        s.eventTypes = String.join(",", types);
        s.description = Texts.clean(request.description());
        Scope scope = guard.current();
        if (request.unitId() != null) {
            Unit unit = units.visible(request.unitId()).orElseThrow(() ->
                    ProblemException.invalidField("unitId", "webhook.unit.out-of-scope", String.valueOf(request.unitId())));
            s.unitId = unit.id;
            s.scopePath = unit.path;
        } else if (scope.everything()) {
            s.unitId = null;
            s.scopePath = null;
        } else if (scope.isEmpty()) {
            throw ProblemException.of(403, "webhook.scope.none");
        } else {
            s.unitId = scope.rootUnitId();
            s.scopePath = scope.pathPrefix();
        }
    }

    private String checkedUrl(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw ProblemException.invalidField("url", "webhook.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
            throw ProblemException.invalidField("url", "webhook.url.invalid");
        }
        try {
            targets.requirePublic(uri);
        } catch (WebhookTargets.RefusedTarget e) {
            throw ProblemException.invalidField("url", "webhook.url.inner-address", e.getMessage());
        }
        return uri.toString();
    }

    private WebhookSubscription findVisible(long id) {
        WebhookSubscription s = store.findById(id);
        if (s == null || !(user.isAdmin() || s.owner.equals(user.username()))) {
            throw ProblemException.of(404, "webhook.not-found", String.valueOf(id));
        }
        return s;
    }

    private List<DeliveryResponse> toResponses(List<DeliveryRow> rows) {
        Map<Long, List<AttemptResponse>> attempts = store.attempts(rows.stream().map(DeliveryRow::id).toList()).stream()
                .collect(Collectors.groupingBy(AttemptRow::deliveryId, Collectors.mapping(a -> new AttemptResponse(
                        a.attempt(), a.attemptedAt(), a.statusCode(), a.error(), a.durationMs()), Collectors.toList())));
        return rows.stream().map(r -> new DeliveryResponse(r.id(), r.messageId(), r.eventType(), r.status(), r.attempts(),
                "PENDING".equals(r.status()) ? r.nextAttemptAt() : null, r.lastAttemptAt(), r.lastStatusCode(),
                r.lastError(), r.deliveredAt(), r.createdAt(), attempts.getOrDefault(r.id(), List.of()))).toList();
    }

    private static SubscriptionResponse toResponse(WebhookSubscription s, boolean withSecret) {
        return new SubscriptionResponse(s.id, s.targetUrl, s.types(), s.unitId, s.description, s.enabled,
                s.disabledReason, s.failureStreak, s.owner, withSecret ? s.secret : null, s.version, s.createdAt,
                s.updatedAt);
    }
}

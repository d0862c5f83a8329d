package vn.coso.common.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import java.time.Clock;
import java.util.Map;

/**
 * The one way a feature fires a {@link DomainEvent}: inside the transaction of its change, stamped by the
 * application's clock. Observers write their outbox rows in that transaction (webhooks, notifications).
 */
@ApplicationScoped
public class DomainEvents {

    private final Event<DomainEvent> events;
    private final Clock clock;

    public DomainEvents(Event<DomainEvent> events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param data the minimal public facts (ids, codes, statuses, dates): what an integrating system may read.
     *             Never a person's name or contact, never inspection findings.
     */
    public void fire(String type, long subjectId, long unitId, String unitPath, Map<String, Object> data) {
        events.fire(new DomainEvent(type, subjectId, unitId, unitPath, clock.instant(), data));
    }
}

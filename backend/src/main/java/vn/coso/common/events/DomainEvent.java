package vn.coso.common.events;

import java.time.Instant;
import java.util.Map;

/**
 * Something that happened to a record, fired synchronously by the feature's service inside the
 * transaction of the change ({@code Event<DomainEvent>.fire}). Observers with
 * {@code @Observes(during = TransactionPhase.IN_PROGRESS)} write their outbox rows in that same
 * transaction, so an event exists exactly when its change was committed.
 *
 * @param type       an {@link EventTypes} name, e.g. {@code feedback.received}
 * @param subjectId  the record's id (the feedback's, for feedback.*)
 * @param unitId     the unit the record belongs to; subscriptions and officers are found by its path
 * @param unitPath   that unit's materialised path ({@code /1/14/})
 * @param data       the minimal public facts: ids, codes, status, timestamps. Never a sender's name or
 *                   contact, never inspection findings: this map is what webhooks carry.
 */
public record DomainEvent(String type, long subjectId, long unitId, String unitPath, Instant occurredAt,
                          Map<String, Object> data) {
}

package vn.coso.common.events;

/**
 * A webhook subscription was disabled after a long streak of failed attempts. Fired inside the
 * transaction that disables it; notifications write a mail to every admin in that transaction.
 */
public record WebhookDisabled(long subscriptionId, String targetUrl, String owner, int failureStreak) {
}

package vn.coso.common.events;

import java.util.Locale;

/**
 * A step of a feedback that its sender asked to hear about (they left an e-mail address with consent).
 * Fired next to the {@link DomainEvent} and observed by notifications only: the address never reaches
 * webhooks or the outbox of events.
 *
 * @param locale the language of the submission (later steps: Vietnamese, the default)
 */
public record CitizenNotice(String type, long feedbackId, String trackingCode, String unitName, String email,
                            Locale locale) {
}

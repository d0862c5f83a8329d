package vn.coso.common.events;

import java.util.List;

/** The event types that the features fire, as webhook subscriptions and notification preferences name them. */
public final class EventTypes {

    public static final String FEEDBACK_RECEIVED = "feedback.received";
    public static final String FEEDBACK_ANSWERED = "feedback.answered";
    public static final String FEEDBACK_REOPENED = "feedback.reopened";
    /** An acknowledgement or answer deadline passed (fired once per deadline by the deadline scan). */
    public static final String FEEDBACK_OVERDUE = "feedback.overdue";

    public static final List<String> ALL = List.of(FEEDBACK_RECEIVED, FEEDBACK_ANSWERED, FEEDBACK_REOPENED,
            FEEDBACK_OVERDUE);

    private EventTypes() {
    }
}

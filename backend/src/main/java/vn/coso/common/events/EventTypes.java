package vn.coso.common.events;

import java.util.List;

/** The event types that the features fire, as webhook subscriptions and notification preferences name them. */
public final class EventTypes {

    public static final String FEEDBACK_RECEIVED = "feedback.received";
    public static final String FEEDBACK_ANSWERED = "feedback.answered";
    public static final String FEEDBACK_REOPENED = "feedback.reopened";
    /** An acknowledgement or answer deadline passed (fired once per deadline by the deadline scan). */
    public static final String FEEDBACK_OVERDUE = "feedback.overdue";
    /** An inspection or supervision was concluded (status CONCLUDED); never its findings. */
    public static final String INSPECTION_CONCLUDED = "inspection.concluded";
    /** A regulation or village convention was issued (it is now the one in force). */
    public static final String REGULATION_ISSUED = "regulation.issued";
    /** A draft was published for comment. */
    public static final String CONSULTATION_PUBLISHED = "consultation.published";
    /** A consultation was concluded: every comment answered, its result final. */
    public static final String CONSULTATION_CONCLUDED = "consultation.concluded";
    /** A unit was created, closed (merged, divided, dissolved), moved, renamed or re-typed by a reorganisation. */
    public static final String UNIT_REORGANISED = "unit.reorganised";

    /** Someone commented on a consultation: for the officers of its unit only, never a webhook (no author). */
    public static final String CONSULTATION_COMMENTED = "consultation.commented";
    /** A recommendation of an inspection falls due soon (the daily scan): for the responsible unit's officers. */
    public static final String RECOMMENDATION_DUE = "inspection.recommendation-due";

    /** What a webhook subscription may ask for. */
    public static final List<String> ALL = List.of(FEEDBACK_RECEIVED, FEEDBACK_ANSWERED, FEEDBACK_REOPENED,
            FEEDBACK_OVERDUE, INSPECTION_CONCLUDED, REGULATION_ISSUED, CONSULTATION_PUBLISHED, CONSULTATION_CONCLUDED,
            UNIT_REORGANISED);

    /** What staff are told of (in the app, by mail or digest), as their preferences name them. */
    public static final List<String> STAFF = List.of(FEEDBACK_RECEIVED, FEEDBACK_OVERDUE, CONSULTATION_COMMENTED,
            RECOMMENDATION_DUE);

    private EventTypes() {
    }
}

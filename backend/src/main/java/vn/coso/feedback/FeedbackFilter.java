package vn.coso.feedback;

import vn.coso.common.rights.DemocracyRight;
import vn.coso.common.paging.Period;
import vn.coso.feedback.FeedbackEnums.Channel;
import vn.coso.feedback.FeedbackEnums.Priority;
import vn.coso.feedback.FeedbackEnums.Status;
import vn.coso.feedback.FeedbackEnums.Type;

import java.time.Instant;

/**
 * The filters of the staff inbox; {@code unitId} is the unit filter (resolved to its subtree by the service), and the
 * period applies to the day received in Vietnam.
 */
public record FeedbackFilter(Status status, DemocracyRight right, Type type, Channel channel, Priority priority,
                             Long unitId, Boolean overdue, Period period, String q, Instant updatedSince) {
}

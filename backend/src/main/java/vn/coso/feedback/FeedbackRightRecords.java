package vn.coso.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.calendar.WorkingCalendar;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.rights.DemocracyRight;
import vn.coso.common.rights.RightRecords;

import java.util.Map;

/** Feedback received is the people's supervision of their units (dân giám sát), whatever right it is about. */
@ApplicationScoped
public class FeedbackRightRecords implements RightRecords {

    private final FeedbackRepository feedback;
    private final WorkingCalendar calendar;

    public FeedbackRightRecords(FeedbackRepository feedback, WorkingCalendar calendar) {
        this.feedback = feedback;
        this.calendar = calendar;
    }

    @Override
    public Map<DemocracyRight, Map<Long, Long>> count(ReportAreas areas, Period period) {
        return Map.of(DemocracyRight.SUPERVISE, feedback.countReceived(areas,
                period.from().atStartOfDay(calendar.zone()).toInstant(),
                period.to().plusDays(1).atStartOfDay(calendar.zone()).toInstant()));
    }
}

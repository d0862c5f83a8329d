package vn.coso.common.reporting;

import vn.coso.common.paging.Period;

import java.util.Optional;

/**
 * A feature that writes a part of its own into the annual review of a unit (see {@link ReportPart}).
 * The report has checked the caller's scope on the unit; the part only covers that unit's subtree.
 */
public interface ReportPartSource {

    /** Place in the review, lower first. */
    int order();

    Optional<ReportPart> part(long unitId, Period period);
}

package vn.coso.common.rights;

import vn.coso.common.paging.Period;
import vn.coso.common.reporting.ReportAreas;

import java.util.Map;

/**
 * One feature's records counted by the democracy right they realise (dân biết, bàn, làm, kiểm tra,
 * giám sát, thụ hưởng). Each feature whose records serve a right publishes a bean of this kind
 * beside its report section; {@link RightsFigures} adds them up, so the review measures all six
 * rights from the records without knowing any feature.
 */
public interface RightRecords {

    /**
     * For each right this feature serves, the records of the period realising it in each area of
     * {@code areas} (keys as {@link ReportAreas#keys()}); a right not served is absent.
     */
    Map<DemocracyRight, Map<Long, Long>> count(ReportAreas areas, Period period);
}

package vn.coso.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import vn.coso.common.paging.Period;
import vn.coso.common.reporting.ReportAreas;
import vn.coso.common.rights.DemocracyRight;
import vn.coso.common.rights.RightRecords;

import java.util.Map;

/** A consultation held is where people discuss a draft before it is decided (dân bàn). */
@ApplicationScoped
public class ConsultationRightRecords implements RightRecords {

    private final ConsultationRepository consultations;

    public ConsultationRightRecords(ConsultationRepository consultations) {
        this.consultations = consultations;
    }

    @Override
    public Map<DemocracyRight, Map<Long, Long>> count(ReportAreas areas, Period period) {
        return Map.of(DemocracyRight.DISCUSS, consultations.countHeld(areas, period));
    }
}

package vn.coso.consultations;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date where the consultations take place: a window's dates are Vietnamese calendar days. */
@ApplicationScoped
public class ConsultationCalendar {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    public LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}

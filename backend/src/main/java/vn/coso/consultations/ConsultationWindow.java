package vn.coso.consultations;

import java.time.LocalDate;

/** Where today falls against a consultation's dates (in Vietnam's time zone). */
public enum ConsultationWindow {
    UPCOMING, OPEN, CLOSED;

    static ConsultationWindow of(LocalDate opensOn, LocalDate closesOn, LocalDate today) {
        if (today.isBefore(opensOn)) {
            return UPCOMING;
        }
        return today.isAfter(closesOn) ? CLOSED : OPEN;
    }
}

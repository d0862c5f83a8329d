package vn.coso.units;

import java.time.LocalDate;
import java.time.ZoneId;

/** Unit periods are in days of Vietnam: "today" is Vietnam's today. */
public final class UnitDates {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private UnitDates() {
    }

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}

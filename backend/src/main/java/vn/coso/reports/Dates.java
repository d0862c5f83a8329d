package vn.coso.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as a Vietnamese reader writes them: 31/12/2024. */
final class Dates {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dates() {
    }

    static String vietnamese(LocalDate date) {
        return date.format(VIETNAMESE);
    }
}

package vn.coso.reports;

import vn.coso.common.i18n.Messages;

import java.util.Locale;

/** The exports' headings in the language of the request (i18n/report_*.properties, keys report.export.*). */
record ReportTexts(Messages messages, Locale locale) {

    String text(String key, Object... args) {
        return messages.text(locale, key, args);
    }

    /** Numbers and dates as this language writes them. */
    ReportNumbers numbers() {
        return ReportNumbers.of(locale);
    }
}

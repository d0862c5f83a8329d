package vn.coso.reports;

import vn.coso.common.reporting.FigureKind;
import vn.coso.reports.ReportDtos.Figure;
import vn.coso.reports.ReportDtos.ReportPeriod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one way the exports write numbers and dates, per language, as the app does (frontend
 * {@code lib/format}): Vietnamese 8.542 · 4,67 · 95,2% · 31/12/2024; English 8,542 · 4.67 · 95.2% ·
 * 31/12/2024 (dates day first in both). Counts are whole, averages keep up to two decimals, shares one.
 * Rounding is half up on the decimal value, so 0.125 prints 12,5% and a change of +0,3 never "+0".
 * {@link #ungrouped()} writes the same without thousands separators, for a CSV file that a
 * spreadsheet reads back as numbers.
 */
final class ReportNumbers {

    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String NOTHING = "–";
    private static final String PLUS = "+";
    /** The minus sign, not a hyphen. */
    private static final String MINUS = "−";

    private final Locale locale;
    private final boolean grouping;

    private ReportNumbers(Locale locale, boolean grouping) {
        this.locale = locale;
        this.grouping = grouping;
    }

    /** Vietnamese unless the language is English. */
    static ReportNumbers of(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return new ReportNumbers(english ? Locale.UK : Locale.forLanguageTag("vi-VN"), true);
    }

    ReportNumbers ungrouped() {
        return new ReportNumbers(locale, false);
    }

    boolean english() {
        return "en".equals(locale.getLanguage());
    }

    /** A whole number: 12.346. */
    String count(Number value) {
        return value == null ? NOTHING : decimal(value.doubleValue(), 0);
    }

    /** Up to {@code digits} decimals, trailing zeros left out: 4,67 · 3. */
    String decimal(double value, int digits) {
        DecimalFormat format = new DecimalFormat(grouping ? "#,##0" : "0", DecimalFormatSymbols.getInstance(locale));
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_UP);
        // Through the decimal text of the double, so that 0.125 is 0.125 and not 0.12499999…
        return format.format(new BigDecimal(Double.toString(value)).setScale(digits, RoundingMode.HALF_UP));
    }

    /** A share from 0 to 1 as a percentage with one decimal: 66,7%. */
    String percent(double share) {
        return decimal(share * 100, 1) + "%";
    }

    /** A figure as printed: shares as percentages, averages with two decimals, counts whole. */
    String figure(FigureKind kind, Number value) {
        if (value == null) {
            return NOTHING;
        }
        return switch (kind) {
            case SHARE -> percent(value.doubleValue());
            case AVERAGE -> decimal(value.doubleValue(), 2);
            case COUNT -> count(value);
        };
    }

    /**
     * The change from the previous period, signed: percentage points for shares (one decimal), an
     * average's change with its two decimals, a count's whole. {@code points} is the unit of a share's change.
     */
    String change(Figure figure, String points) {
        if (figure.value() == null || figure.previous() == null) {
            return NOTHING;
        }
        double delta = figure.value().doubleValue() - figure.previous().doubleValue();
        String magnitude = switch (figure.kind()) {
            case SHARE -> decimal(Math.abs(delta) * 100, 1);
            case AVERAGE -> decimal(Math.abs(delta), 2);
            case COUNT -> decimal(Math.abs(delta), 0);
        };
        // The sign follows what is printed: a change that rounds to nothing has none.
        boolean zero = new BigDecimal(magnitude.replaceAll("[^0-9]", "")).signum() == 0;
        String sign = zero ? "" : delta > 0 ? PLUS : MINUS;
        return sign + magnitude + (figure.kind() == FigureKind.SHARE ? " " + points : "");
    }

    /** 31/12/2024. */
    String date(LocalDate date) {
        return date == null ? NOTHING : date.format(DAY_FIRST);
    }

    /** 01/01/2024 – 31/12/2024. */
    String period(ReportPeriod period) {
        return date(period.from()) + " – " + date(period.to());
    }
}

package vn.coso.reports;

import vn.coso.common.export.SafeCsv;
import vn.coso.reports.ReportDtos.AnnualReport;
import vn.coso.reports.ReportTables.Share;
import vn.coso.reports.ReportTables.Table;

import java.util.List;

/**
 * The report as one CSV file: its three tables one after the other, each under its title. UTF-8
 * with a byte order mark, so that Excel shows Vietnamese text; numbers, shares and dates written as
 * the language writes them ({@link ReportNumbers}, without thousands separators); names that look
 * like formulas neutralised ({@link SafeCsv}).
 */
final class CsvReport {

    private CsvReport() {
    }

    static byte[] write(AnnualReport report, ReportTexts texts) {
        return SafeCsv.write(csv -> {
            ReportNumbers numbers = texts.numbers().ungrouped();
            csv.record(texts.text("report.export.title"), report.unit().name(), numbers.period(report.period()));
            for (Table table : ReportTables.of(report, texts)) {
                csv.blankLine();
                csv.record(table.title());
                csv.record(table.headers());
                for (List<Object> row : table.rows()) {
                    csv.record(row.stream().map(cell -> text(cell, numbers)).toList());
                }
            }
        });
    }

    /**
     * Numbers in the file's language without thousands separators, so that a spreadsheet set to that
     * language reads them back as numbers: 8542 · 4,67 · 95,2% in Vietnamese, 8542 · 4.67 · 95.2% in English.
     */
    private static Object text(Object cell, ReportNumbers numbers) {
        if (cell instanceof Share share) {
            return numbers.percent(share.value());
        }
        if (cell instanceof Long || cell instanceof Integer) {
            return numbers.count((Number) cell);
        }
        if (cell instanceof Number number) {
            return numbers.decimal(number.doubleValue(), 2);
        }
        return cell;
    }
}

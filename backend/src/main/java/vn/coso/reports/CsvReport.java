package vn.coso.reports;

import vn.coso.common.export.SafeCsv;
import vn.coso.reports.ReportDtos.AnnualReport;
import vn.coso.reports.ReportTables.Share;
import vn.coso.reports.ReportTables.Table;

import java.util.List;

/**
 * The report as one CSV file: its three tables one after the other, each under its title. UTF-8
 * with a byte order mark, so that Excel shows Vietnamese text; shares as fractions (0–1); names that
 * look like formulas neutralised ({@link SafeCsv}).
 */
final class CsvReport {

    private CsvReport() {
    }

    static byte[] write(AnnualReport report, ReportTexts texts) {
        return SafeCsv.write(csv -> {
            csv.record(texts.text("report.export.title"), report.unit().name(),
                    ReportTables.period(report.period()));
            for (Table table : ReportTables.of(report, texts)) {
                csv.blankLine();
                csv.record(table.title());
                csv.record(table.headers());
                for (List<Object> row : table.rows()) {
                    csv.record(row.stream().map(CsvReport::text).toList());
                }
            }
        });
    }

    private static Object text(Object cell) {
        return cell instanceof Share share ? share.value() : cell;
    }
}

package vn.coso.reports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.coso.reports.ReportDtos.AnnualReport;
import vn.coso.reports.ReportTables.Share;
import vn.coso.reports.ReportTables.Table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The report as one CSV file: its three tables one after the other, each under its title. UTF-8
 * with a byte order mark, so that Excel shows Vietnamese text; shares as fractions (0–1).
 */
final class CsvReport {

    private CsvReport() {
    }

    static byte[] write(AnnualReport report, ReportTexts texts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            writer.write('\uFEFF');
            csv.printRecord(texts.text("report.export.title"), report.unit().name(),
                    ReportTables.period(report.period()));
            for (Table table : ReportTables.of(report, texts)) {
                csv.println();
                csv.printRecord(table.title());
                csv.printRecord(table.headers());
                for (List<Object> row : table.rows()) {
                    csv.printRecord(row.stream().map(CsvReport::text).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Object text(Object cell) {
        return cell instanceof Share share ? share.value() : cell;
    }
}

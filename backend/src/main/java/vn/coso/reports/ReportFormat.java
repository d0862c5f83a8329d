package vn.coso.reports;

import jakarta.ws.rs.core.MediaType;
import vn.coso.common.paging.QueryParams;
import vn.coso.reports.ReportDtos.AnnualReport;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** The forms of the annual report: chosen by the {@code format} parameter, else by the Accept header. */
enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON, null, null),
    CSV("text/csv", "csv", CsvReport::write),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", XlsxReport::write),
    PDF("application/pdf", "pdf", PdfReport::write);

    final String mediaType;
    final String extension;
    private final BiFunction<AnnualReport, ReportTexts, byte[]> writer;

    ReportFormat(String mediaType, String extension, BiFunction<AnnualReport, ReportTexts, byte[]> writer) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.writer = writer;
    }

    byte[] write(AnnualReport report, ReportTexts texts) {
        return writer.apply(report, texts);
    }

    static ReportFormat choose(String format, List<MediaType> acceptable) {
        if (format != null && !format.isBlank()) {
            try {
                return valueOf(format.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw QueryParams.invalid("format", "param.one-of", "json, csv, xlsx, pdf");
            }
        }
        for (MediaType accepted : acceptable) {
            for (ReportFormat candidate : values()) {
                if (accepted.isCompatible(MediaType.valueOf(candidate.mediaType))) {
                    return candidate;
                }
            }
        }
        return JSON;
    }
}

package vn.coso.common.reporting;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A feature's own part of the annual review beyond its figures (e.g. the steering committee's
 * targets, meetings and shortcomings): paragraphs and tables, already written in the reader's
 * language, that every export prints as they are, and the same content as data for JSON clients.
 */
@Schema(name = "ReportPart", description = "A part of the review written by a feature: paragraphs and tables to print, "
        + "and `data`, the same content as that feature's API gives it.")
public record ReportPart(
        @Schema(description = "Stable key, e.g. committee.") String key,
        String title,
        List<String> paragraphs,
        List<ReportTable> tables,
        @Schema(type = SchemaType.OBJECT, description = "The part's content as structured data; its shape is the "
                + "feature's (for `committee`: the committee, the year's plan with its targets' progress, the meetings, the "
                + "year's shortcomings and the previous year's, as /api/v1/committees gives them).") Object data) {

    @Schema(name = "ReportTable", description = "A table of text cells, as printed.")
    public record ReportTable(String title, List<String> columns, List<List<String>> rows) {
    }
}

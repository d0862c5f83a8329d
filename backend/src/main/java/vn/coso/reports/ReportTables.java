package vn.coso.reports;

import vn.coso.common.reporting.FigureKind;
import vn.coso.reports.ReportDtos.AnnualReport;
import vn.coso.reports.ReportDtos.BreakdownRow;
import vn.coso.reports.ReportDtos.Figure;
import vn.coso.reports.ReportDtos.Lagging;
import vn.coso.reports.ReportDtos.Reason;
import vn.coso.reports.ReportDtos.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The report as three tables — figures, breakdown, lagging units — with typed cells, the common
 * ground of the CSV and XLSX exports: a number stays a number, a share says it is one.
 */
final class ReportTables {

    /** A fraction from 0 to 1 that a spreadsheet shows as a percentage. */
    record Share(double value) {
    }

    record Table(String title, List<String> headers, List<Integer> widths, List<List<Object>> rows) {
    }

    private ReportTables() {
    }

    static List<Table> of(AnnualReport report, ReportTexts texts) {
        List<Table> tables = new ArrayList<>(List.of(figures(report, texts), breakdown(report, texts), lagging(report, texts)));
        report.parts().forEach(part -> part.tables().forEach(table -> tables.add(new Table(table.title(), table.columns(),
                table.columns().stream().map(c -> 36).toList(),
                table.rows().stream().map(row -> List.<Object>copyOf(row)).toList()))));
        return tables;
    }

    static Table figures(AnnualReport report, ReportTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (Section section : report.sections()) {
            for (Figure figure : section.figures()) {
                rows.add(List.of(section.title(), figure.label(), cell(figure.kind(), figure.value()),
                        cell(figure.kind(), figure.previous()), figure.key(), figure.definition()));
            }
        }
        return new Table(texts.text("report.export.figures"), List.of(texts.text("report.export.section"),
                texts.text("report.export.figure"), texts.text("report.export.period", texts.numbers().period(report.period())),
                texts.text("report.export.previous", texts.numbers().period(report.previousPeriod())), texts.text("report.export.key"),
                texts.text("report.export.definition")),
                List.of(24, 44, 22, 22, 40, 80), rows);
    }

    static Table breakdown(AnnualReport report, ReportTexts texts) {
        List<Figure> figures = allFigures(report);
        List<String> headers = new ArrayList<>(List.of(texts.text("report.export.unit-code"), texts.text("report.export.unit")));
        List<Integer> widths = new ArrayList<>(List.of(14, 40));
        figures.forEach(f -> {
            headers.add(f.label());
            widths.add(16);
        });
        List<List<Object>> rows = new ArrayList<>();
        for (BreakdownRow row : report.breakdown()) {
            List<Object> cells = new ArrayList<>();
            cells.add(row.unit().code());
            cells.add(row.own() ? texts.text("report.export.own-level", row.unit().name()) : row.unit().name());
            figures.forEach(f -> cells.add(cell(f.kind(), row.figures().get(f.key()))));
            rows.add(cells);
        }
        return new Table(texts.text("report.export.breakdown"), headers, widths, rows);
    }

    static Table lagging(AnnualReport report, ReportTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (Lagging lagging : report.lagging()) {
            rows.add(List.of(lagging.unit().code(), lagging.unit().name(), lagging.score(),
                    lagging.reasons().stream().map(Reason::label).collect(Collectors.joining("; "))));
        }
        if (report.lagging().size() < report.laggingTotal()) {
            // The list was cut (laggingLimit): its last row says so, as the PDF does under its table.
            rows.add(List.of("", texts.text("report.export.pdf.lagging-cut", report.lagging().size(), report.laggingTotal()), "", ""));
        }
        return new Table(texts.text("report.export.lagging"), List.of(texts.text("report.export.unit-code"),
                texts.text("report.export.unit"), texts.text("report.export.score"), texts.text("report.export.reasons")),
                List.of(14, 44, 10, 100), rows);
    }

    static List<Figure> allFigures(AnnualReport report) {
        return report.sections().stream().flatMap(s -> s.figures().stream()).toList();
    }



    private static Object cell(FigureKind kind, Number value) {
        if (value == null) {
            return "";
        }
        return kind == FigureKind.SHARE ? new Share(value.doubleValue()) : value;
    }
}

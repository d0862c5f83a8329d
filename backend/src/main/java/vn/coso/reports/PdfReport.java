package vn.coso.reports;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import vn.coso.common.reporting.FigureKind;
import vn.coso.common.reporting.ReportPart;
import vn.coso.reports.ReportDtos.AnnualReport;
import vn.coso.reports.ReportDtos.BreakdownRow;
import vn.coso.reports.ReportDtos.Figure;
import vn.coso.reports.ReportDtos.Lagging;
import vn.coso.reports.ReportDtos.Reason;
import vn.coso.reports.ReportDtos.Section;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The printable review in Vietnamese: the figures beside the previous period's, bar charts by
 * child unit, the breakdown table and the lagging units. Liberation Sans (from
 * openpdf-fonts-extra, embedded) carries every Vietnamese glyph; the PDF standard fonts do not.
 */
final class PdfReport {

    private static final Color BAR = new Color(0x1f, 0x6f, 0xb5);
    private static final Color BAR_SECOND = new Color(0xe0, 0x8a, 0x1e);
    private static final Color HEADER = new Color(0xe8, 0xee, 0xf5);
    /** A figure in a part's table ("1.688", "≥ 100 %", "–"): set right, as the figures are elsewhere. */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("[≥≤]?\\s*(\\d[\\d.,]*\\s*%?|–)");
    /** About one line of a table cell's text (8 pt), in points. */
    private static final float CELL_LINE = 10;
    /** The breakdown's columns on paper: the seed's headline figures. */
    private static final List<String> BREAKDOWN_KEYS = List.of("documents.issued", "trainings.classes",
            "trainings.attendances", "inspections.organizationsInspected", "inspections.membersInspected",
            "inspections.organizationsSupervised", "inspections.membersSupervised", "regulations.share",
            "conferences.held", "feedback.received", "feedback.overdue");

    private final BaseFont regular;
    private final BaseFont bold;

    private final ReportTexts texts;
    private final ReportNumbers numbers;

    private PdfReport(ReportTexts texts) {
        this.texts = texts;
        this.numbers = texts.numbers();
        regular = font("liberation/LiberationSans-Regular.ttf");
        bold = font("liberation/LiberationSans-Bold.ttf");
    }

    static byte[] write(AnnualReport report, ReportTexts texts) {
        return new PdfReport(texts).render(report);
    }

    private byte[] render(AnnualReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            document.addTitle(texts.text("report.export.title") + " — " + report.unit().name());
            document.open();
            title(document, report);
            for (Section section : report.sections()) {
                document.add(heading(section.title()));
                document.add(figureTable(section));
            }
            charts(document, writer, report);
            document.newPage();
            document.add(heading(texts.text("report.export.pdf.breakdown")));
            document.add(breakdownTable(report));
            document.add(heading(texts.text("report.export.pdf.lagging", report.laggingTotal())));
            document.add(laggingTable(report));
            if (report.lagging().size() < report.laggingTotal()) {
                document.add(new Paragraph(texts.text("report.export.pdf.lagging-cut", report.lagging().size(),
                        report.laggingTotal()), new Font(regular, 8, Font.ITALIC, Color.DARK_GRAY)));
            }
            for (ReportPart part : report.parts()) {
                part(document, writer, part);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The report's PDF could not be written", e);
        }
        return bytes.toByteArray();
    }

    private void title(Document document, AnnualReport report) throws DocumentException {
        Paragraph title = new Paragraph(texts.text("report.export.title").toUpperCase(texts.locale()), new Font(bold, 15));
        title.setAlignment(Element.ALIGN_CENTER);
        document.add(title);
        Paragraph unit = new Paragraph(report.unit().name(), new Font(bold, 12));
        unit.setAlignment(Element.ALIGN_CENTER);
        document.add(unit);
        Paragraph period = new Paragraph(texts.text("report.export.pdf.period", numbers.period(report.period()),
                numbers.period(report.previousPeriod())), new Font(regular, 10));
        period.setAlignment(Element.ALIGN_CENTER);
        period.setSpacingAfter(6);
        document.add(period);
        document.add(new Paragraph(texts.text("report.export.pdf.source"),
                new Font(regular, 8, Font.ITALIC, Color.DARK_GRAY)));
    }

    private Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, new Font(bold, 11, Font.NORMAL, BAR));
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        return heading;
    }

    private PdfPTable figureTable(Section section) {
        PdfPTable table = new PdfPTable(new float[]{5.5f, 1.6f, 1.6f, 1.5f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        headerCells(table, texts.text("report.export.figure"), texts.text("report.export.pdf.now"),
                texts.text("report.export.pdf.before"), texts.text("report.export.pdf.change"));
        for (Figure figure : section.figures()) {
            table.addCell(cell(figure.label(), Element.ALIGN_LEFT));
            table.addCell(cell(numbers.figure(figure.kind(), figure.value()), Element.ALIGN_RIGHT));
            table.addCell(cell(numbers.figure(figure.kind(), figure.previous()), Element.ALIGN_RIGHT));
            table.addCell(cell(numbers.change(figure, texts.text("report.export.pdf.points")), Element.ALIGN_RIGHT));
        }
        return table;
    }

    private PdfPTable breakdownTable(AnnualReport report) {
        List<Figure> columns = ReportTables.allFigures(report).stream()
                .filter(f -> BREAKDOWN_KEYS.contains(f.key())).toList();
        float[] widths = new float[columns.size() + 1];
        widths[0] = 3.2f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        List<String> headers = new ArrayList<>(List.of(texts.text("report.export.unit")));
        columns.forEach(f -> headers.add(f.label()));
        headerCells(table, headers.toArray(String[]::new));
        for (BreakdownRow row : report.breakdown()) {
            table.addCell(cell(row.own() ? texts.text("report.export.own-level", row.unit().name()) : row.unit().name(),
                    Element.ALIGN_LEFT));
            for (Figure column : columns) {
                table.addCell(cell(numbers.figure(column.kind(), row.figures().get(column.key())), Element.ALIGN_RIGHT));
            }
        }
        table.addCell(boldCell(texts.text("report.export.pdf.total")));
        for (Figure column : columns) {
            table.addCell(boldCell(numbers.figure(column.kind(), column.value())));
        }
        return table;
    }

    /**
     * A feature's own part: its title, paragraphs and tables, printed as written. Columns are as wide
     * as their texts need (a list of conclusions gets the room, a date only its own); a table's
     * heading never stays alone at the foot of a page: it goes to the next page with the table's
     * header and first row when they do not fit below it.
     */
    private void part(Document document, PdfWriter writer, ReportPart part) throws DocumentException {
        document.newPage();
        Paragraph title = new Paragraph(part.title(), new Font(bold, 12.5f));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(6);
        document.add(title);
        for (String text : part.paragraphs()) {
            Paragraph paragraph = new Paragraph(text, new Font(regular, 9.5f));
            paragraph.setSpacingAfter(3);
            document.add(paragraph);
        }
        for (ReportPart.ReportTable table : part.tables()) {
            PdfPTable pdf = new PdfPTable(table.columns().size());
            pdf.setTotalWidth(columnWidths(table, document.right() - document.left()));
            pdf.setLockedWidth(true);
            pdf.setHeaderRows(1);
            headerCells(pdf, table.columns().toArray(String[]::new));
            for (List<String> row : table.rows()) {
                row.forEach(text -> pdf.addCell(cell(text == null ? "" : text,
                        text != null && FIGURE.matcher(text).matches() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT)));
            }
            if (table.rows().isEmpty()) {
                PdfPCell none = cell(texts.text("report.export.pdf.part.none"), Element.ALIGN_LEFT);
                none.setColspan(table.columns().size());
                pdf.addCell(none);
            }
            Paragraph heading = heading(table.title());
            keepWithNext(document, writer, heading, pdf);
            document.add(heading);
            document.add(pdf);
        }
    }

    /**
     * Starts a new page before the heading when the heading, the table's header and its first row do
     * not fit on what is left of this one (a row that does not fit would otherwise move to the next
     * page alone, leaving the heading behind). A first row taller than a page starts under its
     * heading and splits.
     */
    private static void keepWithNext(Document document, PdfWriter writer, Paragraph heading, PdfPTable table) {
        float page = document.top() - document.bottom();
        float left = writer.getVerticalPosition(true) - document.bottom();
        float headingHeight = heading.getSpacingBefore() + heading.getTotalLeading() + heading.getSpacingAfter();
        float header = table.getRowHeight(0);
        float first = table.size() > 1 ? table.getRowHeight(1) : 0;
        if (headingHeight + header + first <= page) {
            if (headingHeight + header + first > left) {
                document.newPage();
            }
        } else {
            table.setSplitLate(false);
            if (headingHeight + header + 4 * CELL_LINE > left) {
                document.newPage();
            }
        }
    }

    /**
     * Each column gets at least its longest word (or date, or number) and a share of the rest after
     * the square root of its texts' mean length: long texts get room without starving short ones.
     */
    private float[] columnWidths(ReportPart.ReportTable table, float total) {
        int columns = table.columns().size();
        float[] least = new float[columns];
        double[] weight = new double[columns];
        for (int column = 0; column < columns; column++) {
            float longest = longestWord(bold, 7.5f, table.columns().get(column));
            long characters = 0;
            for (List<String> row : table.rows()) {
                String text = column < row.size() && row.get(column) != null ? row.get(column) : "";
                longest = Math.max(longest, longestWord(regular, 8, text));
                characters += text.length();
            }
            least[column] = longest + 8; // the cell's padding and border
            weight[column] = Math.sqrt(Math.max(4.0, (double) characters / Math.max(1, table.rows().size())));
        }
        float rest = total;
        double weights = 0;
        for (int column = 0; column < columns; column++) {
            rest -= least[column];
            weights += weight[column];
        }
        float[] widths = new float[columns];
        for (int column = 0; column < columns; column++) {
            widths[column] = rest >= 0
                    ? least[column] + (float) (rest * weight[column] / weights)
                    : (float) (total * weight[column] / weights);
        }
        return widths;
    }

    private static float longestWord(BaseFont font, float size, String text) {
        float longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, font.getWidthPoint(word, size));
        }
        return longest;
    }

    private PdfPTable laggingTable(AnnualReport report) {
        PdfPTable table = new PdfPTable(new float[]{3.5f, 0.8f, 6});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        headerCells(table, texts.text("report.export.unit"), texts.text("report.export.score"),
                texts.text("report.export.reasons"));
        for (Lagging lagging : report.lagging()) {
            table.addCell(cell(lagging.unit().name(), Element.ALIGN_LEFT));
            table.addCell(cell(String.valueOf(lagging.score()), Element.ALIGN_RIGHT));
            table.addCell(cell(lagging.reasons().stream().map(Reason::label).collect(Collectors.joining("; ")),
                    Element.ALIGN_LEFT));
        }
        if (report.lagging().isEmpty()) {
            PdfPCell none = cell(texts.text("report.export.pdf.no-lagging"), Element.ALIGN_LEFT);
            none.setColspan(3);
            table.addCell(none);
        }
        return table;
    }

    /** Bar charts by child unit: trainings, inspections beside supervisions, regulation coverage. */
    private void charts(Document document, PdfWriter writer, AnnualReport report) throws DocumentException {
        List<BreakdownRow> children = report.breakdown().stream().filter(r -> !r.own()).toList();
        if (children.isEmpty()) {
            return;
        }
        document.newPage();
        document.add(heading(texts.text("report.export.pdf.charts")));
        document.add(chart(writer, texts.text("report.export.pdf.chart.trainings"), children, "trainings.classes", null,
                false));
        document.add(chart(writer, texts.text("report.export.pdf.chart.inspections"), children,
                "inspections.organizationsInspected", "inspections.organizationsSupervised", false));
        document.add(chart(writer, texts.text("report.export.pdf.chart.regulations"), children, "regulations.share",
                null, true));
    }

    private Image chart(PdfWriter writer, String caption, List<BreakdownRow> rows, String key, String secondKey,
                        boolean share) throws DocumentException {
        float width = 515;
        float barHeight = secondKey == null ? 9 : 6;
        float rowHeight = secondKey == null ? 13 : 15;
        float labelWidth = 150;
        float height = 22 + rows.size() * rowHeight + 6;
        double max = share ? 1 : rows.stream()
                .mapToDouble(r -> Math.max(number(r.figures().get(key)), secondKey == null ? 0 : number(r.figures().get(secondKey))))
                .max().orElse(0);
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        text(template, bold, 9, caption, 0, height - 12);
        float barSpace = width - labelWidth - 45;
        float y = height - 22 - rowHeight;
        for (BreakdownRow row : rows) {
            text(template, regular, 7.5f, shorten(row.unit().name(), 38), 0, y + 3);
            double value = number(row.figures().get(key));
            bar(template, BAR, labelWidth, y + (secondKey == null ? 1 : 7), barWidth(value, max, barSpace), barHeight);
            String label = share ? numbers.percent(value) : numbers.count(value);
            if (secondKey != null) {
                double second = number(row.figures().get(secondKey));
                bar(template, BAR_SECOND, labelWidth, y, barWidth(second, max, barSpace), barHeight);
                label = numbers.count(value) + " / " + numbers.count(second);
            }
            text(template, regular, 7, label, labelWidth + barWidth(Math.max(value, secondKey == null ? 0
                    : number(row.figures().get(secondKey))), max, barSpace) + 3, y + 3);
            y -= rowHeight;
        }
        Image image = Image.getInstance(template);
        image.setSpacingAfter(10);
        return image;
    }

    private static float barWidth(double value, double max, float space) {
        return max <= 0 ? 0 : (float) (value / max * space);
    }

    private static void bar(PdfTemplate template, Color color, float x, float y, float width, float height) {
        template.setColorFill(color);
        template.rectangle(x, y, Math.max(width, 0.5f), height);
        template.fill();
    }

    private static void text(PdfTemplate template, BaseFont font, float size, String text, float x, float y) {
        template.beginText();
        template.setColorFill(Color.BLACK);
        template.setFontAndSize(font, size);
        template.setTextMatrix(x, y);
        template.showText(text);
        template.endText();
    }

    private void headerCells(PdfPTable table, String... headers) {
        for (String header : headers) {
            PdfPCell cell = new PdfPCell(new Phrase(header, new Font(bold, 7.5f)));
            cell.setBackgroundColor(HEADER);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
    }

    private PdfPCell cell(String text, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text, new Font(regular, 8))));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(3);
        return cell;
    }

    private PdfPCell boldCell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, new Font(bold, 8)));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setPadding(3);
        return cell;
    }

    private static double number(Number value) {
        return value == null ? 0 : value.doubleValue();
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PdfReport.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing: openpdf-fonts-extra must be on the classpath");
            }
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}

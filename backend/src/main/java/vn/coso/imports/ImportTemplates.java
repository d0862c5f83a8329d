package vn.coso.imports;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.coso.common.export.SafeCsv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The templates of each kind: a header row in Vietnamese with the API names as English hints
 * ("Mã đơn vị (code)"), and one example row, which the import ignores as long as it is unchanged.
 * The workbook adds a comment on each header and an instructions sheet; the CSV starts with a UTF-8
 * byte order mark so that Excel shows Vietnamese correctly.
 */
@ApplicationScoped
public class ImportTemplates {

    static final String INSTRUCTIONS_SHEET = "Hướng dẫn";
    private static final String[] NOTES = {
        "Điền mỗi bản ghi trên một dòng của trang đầu tiên, dưới dòng tiêu đề. Giữ nguyên dòng tiêu đề.",
        "Fill one record per row of the first sheet, below the header row. Keep the header row.",
        "Dòng ví dụ được bỏ qua khi nhập nếu giữ nguyên; hãy sửa hoặc xóa nó.",
        "The example row is ignored as long as it is unchanged; edit or delete it.",
        "Dòng có mã (số thẻ) đã tồn tại sẽ cập nhật bản ghi đó; các dòng khác tạo bản ghi mới.",
        "A row whose code (card number) exists updates that record; other rows create new ones.",
        "Ngày ghi theo dạng DD/MM/YYYY hoặc YYYY-MM-DD. Nên chạy thử (dryRun=true) trước khi nhập thật.",
        "Dates as DD/MM/YYYY or YYYY-MM-DD. Try a dry run (dryRun=true) before the real import.",
    };

    public byte[] csv(ImportKind kind) {
        return SafeCsv.write(csv -> {
            csv.record(kind.columns().stream().map(ImportColumn::templateHeader).toList());
            csv.record(kind.columns().stream().map(c -> c.example() == null ? "" : c.example()).toList());
        });
    }

    public byte[] xlsx(ImportKind kind) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            XSSFSheet data = workbook.createSheet(kind.title());
            writeData(data, kind.columns(), styles);
            writeInstructions(workbook.createSheet(INSTRUCTIONS_SHEET), kind.columns(), styles);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeData(XSSFSheet sheet, List<ImportColumn> columns, Styles styles) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFRow header = sheet.createRow(0);
        XSSFRow example = sheet.createRow(1);
        for (int i = 0; i < columns.size(); i++) {
            ImportColumn column = columns.get(i);
            XSSFCell title = header.createCell(i);
            title.setCellValue(column.templateHeader());
            title.setCellStyle(styles.header);

            ClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, i, 1, i + 4, 7);
            XSSFComment comment = drawing.createCellComment(anchor);
            comment.setString(new XSSFRichTextString((column.required() ? "Bắt buộc / Required. " : "")
                    + column.description()));
            comment.setAuthor("Coso");
            title.setCellComment(comment);

            CellStyle style = switch (column.type()) {
                case DATE -> styles.date;
                case INTEGER -> styles.general;
                default -> styles.text;
            };
            // Typed values keep this format: codes stay text, so Excel keeps their leading zeros.
            sheet.setDefaultColumnStyle(i, style);
            XSSFCell cell = example.createCell(i);
            cell.setCellStyle(style);
            if (column.example() != null) {
                switch (column.type()) {
                    case DATE -> cell.setCellValue(LocalDate.parse(column.example()));
                    case INTEGER -> cell.setCellValue(Long.parseLong(column.example()));
                    default -> cell.setCellValue(column.example());
                }
            }
            sheet.setColumnWidth(i, Math.min(60, Math.max(14, column.templateHeader().length() + 4)) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void writeInstructions(XSSFSheet sheet, List<ImportColumn> columns, Styles styles) {
        int r = 0;
        for (String note : NOTES) {
            sheet.createRow(r++).createCell(0).setCellValue(note);
        }
        r++;
        XSSFRow header = sheet.createRow(r++);
        String[] titles = {"Cột / Column", "Trường API / API field", "Bắt buộc / Required", "Mô tả / Description",
            "Ví dụ / Example"};
        for (int i = 0; i < titles.length; i++) {
            header.createCell(i).setCellValue(titles[i]);
            header.getCell(i).setCellStyle(styles.header);
        }
        for (ImportColumn column : columns) {
            XSSFRow row = sheet.createRow(r++);
            row.createCell(0).setCellValue(column.header());
            row.createCell(1).setCellValue(column.field());
            row.createCell(2).setCellValue(column.required() ? "Có / Yes" : "");
            row.createCell(3).setCellValue(column.description());
            row.getCell(3).setCellStyle(styles.wrapped);
            row.createCell(4).setCellValue(column.example() == null ? "" : column.example());
        }
        int[] widths = {28, 22, 18, 90, 24};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private static final class Styles {
        final XSSFCellStyle header;
        final XSSFCellStyle text;
        final XSSFCellStyle date;
        final XSSFCellStyle general;
        final XSSFCellStyle wrapped;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setDataFormat(workbook.createDataFormat().getFormat("@"));
            text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            general = workbook.createCellStyle();
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
        }
    }
}

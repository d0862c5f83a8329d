package vn.coso.reports;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.coso.reports.ReportDtos.AnnualReport;
import vn.coso.reports.ReportTables.Share;
import vn.coso.reports.ReportTables.Table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The report as a workbook, one sheet per table: counts are numeric cells, shares percentages,
 * text is text; columns wide enough to read, the header row frozen.
 */
final class XlsxReport {

    private XlsxReport() {
    }

    static byte[] write(AnnualReport report, ReportTexts texts) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            CellStyle integer = workbook.createCellStyle();
            integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            for (Table table : ReportTables.of(report, texts)) {
                Sheet sheet = workbook.createSheet(table.title());
                Row head = sheet.createRow(0);
                for (int i = 0; i < table.headers().size(); i++) {
                    Cell cell = head.createCell(i);
                    cell.setCellValue(table.headers().get(i));
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(i, table.widths().get(i) * 256);
                }
                sheet.createFreezePane(0, 1);
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        Cell cell = row.createCell(i);
                        Object value = values.get(i);
                        if (value instanceof Share share) {
                            cell.setCellValue(share.value());
                            cell.setCellStyle(percent);
                        } else if (value instanceof Long || value instanceof Integer) {
                            cell.setCellValue(((Number) value).doubleValue());
                            cell.setCellStyle(integer);
                        } else if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                            cell.setCellStyle(decimal);
                        } else {
                            cell.setCellValue(String.valueOf(value));
                        }
                    }
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

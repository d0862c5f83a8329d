package vn.coso.reports;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.coso.testing.TestUnits;
import vn.coso.units.Unit;
import vn.coso.units.UnitType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.coso.testing.Api.as;

/** Each export read back: the CSV as text, the XLSX with POI, the PDF's text with PDFBox. */
@QuarkusTest
class ReportExportTest {

    @Inject
    TestUnits units;

    Unit district;

    @BeforeEach
    void area() {
        district = units.create("Huyện Đồng Tâm (xuất báo cáo)", UnitType.DISTRICT, units.province());
        Unit commune = units.create("Xã Quảng Đức", UnitType.COMMUNE, district);
        as("admin").body(Map.of("organizerUnitId", commune.id, "date", "2022-05-10",
                "topic", "Tập huấn quy chế dân chủ", "attendances", 1234)).post("/api/v1/trainings").then().statusCode(201);
        as("admin").body(Map.of("unitId", commune.id, "title", "Quy chế dân chủ xã Quảng Đức", "status", "ISSUED",
                "number", "01/QĐ-UBND", "issueDate", "2022-01-15")).post("/api/v1/regulations").then().statusCode(201);
    }

    private byte[] export(String accept, String format) {
        // The exports are read in Vietnamese, the default language of the review.
        var request = as("viewer", "vi").queryParam("year", 2022).queryParam("unitId", district.id);
        if (format != null) {
            request.queryParam("format", format);
        }
        if (accept != null) {
            request.accept(accept);
        }
        return request.get(ReportResourceTest.REPORT).then().statusCode(200)
                .header("Content-Disposition", containsString("attachment; filename=\"bao-cao-" + district.code + "-2022-01-01-2022-12-31."))
                .extract().asByteArray();
    }

    @Test
    void csvHasAByteOrderMarkAndVietnameseTextIntact() {
        byte[] csv = export("text/csv", null);
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.contains("Huyện Đồng Tâm (xuất báo cáo)"), text);
        assertTrue(text.contains("Tập huấn,Lượt người tham dự,1234,0,trainings.attendances"), text);
        assertTrue(text.contains("Xã Quảng Đức,") && text.contains("Đơn vị còn hạn chế"), text);
        assertTrue(text.contains("regulations.share"), text);
    }

    @Test
    void xlsxHasTypedCells() throws Exception {
        byte[] xlsx = export(null, "xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet figures = workbook.getSheet("Chỉ tiêu");
            assertNotNull(figures);
            Row attendances = find(figures, 4, "trainings.attendances");
            assertEquals(CellType.NUMERIC, attendances.getCell(2).getCellType());
            assertEquals(1234.0, attendances.getCell(2).getNumericCellValue());
            assertEquals("Lượt người tham dự", attendances.getCell(1).getStringCellValue());
            Row share = find(figures, 4, "regulations.share");
            assertEquals(0.5, share.getCell(2).getNumericCellValue(), "the commune of two units that must have one");
            assertTrue(share.getCell(2).getCellStyle().getDataFormatString().contains("%"));
            assertTrue(figures.getColumnWidth(1) > 30 * 256, "labels get room");

            Sheet breakdown = workbook.getSheet("Theo đơn vị");
            Row commune = find(breakdown, 1, "Xã Quảng Đức");
            int column = column(breakdown, "Lượt người tham dự");
            assertEquals(1234.0, commune.getCell(column).getNumericCellValue());
            assertNotNull(find(workbook.getSheet("Đơn vị còn hạn chế"), 1, "Huyện Đồng Tâm (xuất báo cáo)"));
        }
    }

    @Test
    void pdfIsAVietnameseReviewWithDiacriticsIntact() throws Exception {
        byte[] pdf = export("application/pdf", null);
        Files.write(Path.of("target", "report-sample.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2);
            String text = new PDFTextStripper().getText(document);
            for (String expected : new String[]{"BÁO CÁO KẾT QUẢ THỰC HIỆN DÂN CHỦ Ở CƠ SỞ", "Huyện Đồng Tâm (xuất báo cáo)",
                "Lượt người tham dự", "1.234", "Xã Quảng Đức", "Tỷ lệ đơn vị đã ban hành quy chế", "Biểu đồ theo đơn vị",
                "Đơn vị còn hạn chế", "Chưa có quy chế dân chủ"}) {
                assertTrue(text.contains(expected), "PDF text has " + expected + ":\n" + text);
            }
        }
    }

    @Test
    void theFormatParameterWinsOverAccept() {
        byte[] csv = export("application/pdf", "csv");
        assertEquals((byte) 0xEF, csv[0]);
        as("viewer").queryParam("year", 2022).queryParam("unitId", district.id).accept("application/json")
                .get(ReportResourceTest.REPORT).then().statusCode(200).contentType("application/json");
    }

    private static Row find(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && value.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(value + " not in column " + column + " of " + sheet.getSheetName());
    }

    private static int column(Sheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (header.equals(cell.getStringCellValue())) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError(header + " not a header of " + sheet.getSheetName());
    }
}

package vn.coso.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.coso.common.i18n.Messages;
import vn.coso.common.reporting.ReportPart;
import vn.coso.common.reporting.ReportPart.ReportTable;
import vn.coso.reports.ReportDtos.AnnualReport;
import vn.coso.reports.ReportDtos.ReportPeriod;
import vn.coso.reports.ReportDtos.ReportUnit;
import vn.coso.units.UnitType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The printed layout of a feature's part of the review (the committee's): without Quarkus. */
class PdfPartLayoutTest {

    private static final String MEETINGS = "Hội nghị, cuộc họp của Ban Chỉ đạo";

    private static byte[] pdf(ReportPart part) {
        ReportPeriod year = new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        AnnualReport report = new AnnualReport(new ReportUnit(1, "22", "Tỉnh Quảng Ninh", UnitType.PROVINCE), year,
                new ReportPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), List.of(), List.of(), List.of(), 0,
                List.of(part));
        return PdfReport.write(report, new ReportTexts(new Messages(), Messages.VIETNAMESE));
    }

    /** A meeting whose list of conclusions fills about two thirds of a page. */
    private static List<String> longMeeting() {
        String conclusions = String.join("\n", Collections.nCopies(20,
                "• Hạn chế: Một số địa phương, cơ quan, đơn vị chưa thực sự quan tâm chỉ đạo, tổ chức triển khai"));
        return List.of("19/12/2024", "Hội nghị tổng kết năm", "Hội nghị tổng kết công tác năm 2024", conclusions);
    }

    private static ReportPart part(int targets) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < targets; i++) {
            rows.add(List.of("Chỉ tiêu " + i, "Tỉnh Quảng Ninh", "≥ 100 %", "94,6 %", "94,6 %", "Không đạt"));
        }
        return new ReportPart("committee", "CÔNG TÁC CỦA BAN CHỈ ĐẠO", List.of("Ban Chỉ đạo tỉnh."), List.of(
                new ReportTable("Chỉ tiêu kế hoạch và kết quả thực hiện",
                        List.of("Chỉ tiêu", "Địa bàn", "Mục tiêu", "Kết quả", "Ước cả kỳ", "Đánh giá"), rows),
                new ReportTable(MEETINGS, List.of("Ngày", "Loại", "Nội dung", "Kết luận"), List.of(longMeeting()))),
                null);
    }

    @Test
    void aTablesHeadingStaysOnThePageOfItsHeaderAndFirstRow() throws Exception {
        // Enough targets that the meetings' heading falls in the lower half of the part's first page.
        try (PDDocument document = Loader.loadPDF(pdf(part(22)))) {
            int headingPage = pageOf(document, MEETINGS);
            int rowPage = pageOf(document, "19/12/2024");
            assertTrue(headingPage > 0, "the heading is printed");
            assertEquals(rowPage, headingPage, "the meetings' heading and its first meeting share a page");
            assertTrue(text(document, headingPage).contains("Kết luận"), "the table's header under its heading");
        }
    }

    @Test
    void aTableThatFitsStaysUnderTheTextBeforeIt() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf(part(2)))) {
            int partPage = pageOf(document, "CÔNG TÁC CỦA BAN CHỈ ĐẠO");
            assertEquals(partPage, pageOf(document, MEETINGS), "no page break where everything fits");
            assertEquals(partPage, pageOf(document, "19/12/2024"));
        }
    }

    private static int pageOf(PDDocument document, String text) throws Exception {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            if (text(document, page).contains(text)) {
                return page;
            }
        }
        return -1;
    }

    private static String text(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}

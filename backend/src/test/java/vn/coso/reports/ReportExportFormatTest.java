package vn.coso.reports;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.coso.common.i18n.Messages;
import vn.coso.common.reporting.FigureKind;
import vn.coso.reports.ReportDtos.AnnualReport;
import vn.coso.reports.ReportDtos.BreakdownRow;
import vn.coso.reports.ReportDtos.Figure;
import vn.coso.reports.ReportDtos.ReportPeriod;
import vn.coso.reports.ReportDtos.ReportUnit;
import vn.coso.reports.ReportDtos.Section;
import vn.coso.units.UnitType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exports write numbers and dates as the request's language does, and the PDF keeps an average's decimals. */
class ReportExportFormatTest {

    private static final ReportUnit PROVINCE = new ReportUnit(1, "22", "Tỉnh Quảng Ninh", UnitType.PROVINCE);
    private static final ReportUnit HA_LONG = new ReportUnit(2, "193", "Thành phố Hạ Long", UnitType.DISTRICT);

    private static AnnualReport report() {
        List<Figure> figures = List.of(
                new Figure("trainings.attendances", "Lượt người dự tập huấn", "d", FigureKind.COUNT, true, 8542L, 7342L),
                new Figure("feedback.averageRating", "Mức hài lòng bình quân", "d", FigureKind.AVERAGE, false, 4.2, 3.9),
                new Figure("regulations.share", "Tỷ lệ có quy chế", "d", FigureKind.SHARE, false, 0.953, 0.9));
        Map<String, Number> values = Map.of("trainings.attendances", 8542L, "feedback.averageRating", 4.2,
                "regulations.share", 0.953);
        return new AnnualReport(PROVINCE,
                new ReportPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                new ReportPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)),
                List.of(new Section("trainings", "Tập huấn", figures)),
                List.of(new BreakdownRow(HA_LONG, false, 0, values)), List.of(), 0, List.of());
    }

    private static ReportTexts texts(Locale locale) {
        return new ReportTexts(new Messages(), locale);
    }

    private static String pdfText(Locale locale) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfReport.write(report(), texts(locale)))) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void thePdfWritesVietnameseNumbersAndKeepsTheAverageChangesDecimals() throws IOException {
        String text = pdfText(Messages.VIETNAMESE);
        assertTrue(text.contains("8.542"), text);
        assertTrue(text.contains("+1.200"), text);
        assertTrue(text.contains("4,2"), text);
        assertTrue(text.contains("+0,3"), text);
        assertTrue(text.contains("95,3%"), text);
        assertTrue(text.contains("01/01/2024 – 31/12/2024"), text);
        assertFalse(text.matches("(?s).*\\+0\\s.*"), "no change of an average printed as +0: " + text);
    }

    @Test
    void thePdfWritesEnglishNumbersInEnglish() throws IOException {
        String text = pdfText(Messages.ENGLISH);
        assertTrue(text.contains("8,542"), text);
        assertTrue(text.contains("+1,200"), text);
        assertTrue(text.contains("+0.3"), text);
        assertTrue(text.contains("95.3%"), text);
        assertTrue(text.contains("+5.3 pp"), text);
    }

    @Test
    void theCsvWritesNumbersAsTheLanguageReadsThemBackWithoutThousands() {
        String vi = new String(CsvReport.write(report(), texts(Messages.VIETNAMESE)), StandardCharsets.UTF_8);
        assertTrue(vi.contains("01/01/2024 – 31/12/2024"), vi);
        assertTrue(vi.contains(",8542,7342,"), vi);
        assertTrue(vi.contains("\"4,2\",\"3,9\""), vi);
        assertTrue(vi.contains("\"95,3%\""), vi);

        String en = new String(CsvReport.write(report(), texts(Messages.ENGLISH)), StandardCharsets.UTF_8);
        assertTrue(en.contains(",8542,7342,"), en);
        assertTrue(en.contains(",4.2,3.9,"), en);
        assertTrue(en.contains(",95.3%,90%,"), en);
    }
}

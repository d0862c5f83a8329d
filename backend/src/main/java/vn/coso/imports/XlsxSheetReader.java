package vn.coso.imports;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import vn.coso.common.i18n.Msg;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first sheet of an XLSX workbook, read as a stream of SAX events (POI's XSSFReader and
 * XSSFSheetXMLHandler), never as a whole workbook in memory. Only the shared strings table is held,
 * and it is bounded. Date cells arrive as ISO dates and numbers without grouping, whatever their
 * display format.
 */
final class XlsxSheetReader implements SheetReader {

    /** Unpacked size of the shared strings table, which POI holds in memory. */
    static final long MAX_SHARED_STRINGS_BYTES = 128L * 1024 * 1024;

    @Override
    public void read(Path file, RowHandler handler) {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new ImportFileException(0, Msg.of("import.file.old-or-protected"), e);
        } catch (InvalidFormatException | NotOfficeXmlFileException | OpenXML4JRuntimeException e) {
            throw new ImportFileException(0, Msg.of("import.file.not-xlsx"), e);
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = sharedStrings(workbook);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException(0, Msg.of("import.file.no-sheet"));
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(handler),
                        new IsoDataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (SAXException e) {
            if (e.getException() instanceof ImportFileException inner) {
                throw inner;
            }
            throw new ImportFileException(0, Msg.of("import.file.sheet-unreadable", String.valueOf(e.getMessage())), e);
        } catch (OpenXML4JException | OpenXML4JRuntimeException | javax.xml.parsers.ParserConfigurationException e) {
            throw new ImportFileException(0, Msg.of("import.file.not-readable"), e);
        } catch (IOException e) {
            throw new ImportFileException(0, Msg.of("import.file.unreadable", String.valueOf(e.getMessage())), e);
        } finally {
            workbook.revert();
        }
    }

    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage workbook) throws IOException, SAXException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(InputStream.nullInputStream(), false);
        }
        try (InputStream in = new Bounded(parts.get(0).getInputStream(), MAX_SHARED_STRINGS_BYTES)) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    /** Collects the cells of each row by column (empty cells are not reported by the sheet). */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private List<String> cells = new ArrayList<>();

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            handler.row(rowNum + 1, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : columnOf(reference);
            while (cells.size() < column) {
                cells.add(null);
            }
            if (cells.size() == column) {
                cells.add(value);
            }
        }

        /** "AB12" → 27 */
        private static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
            }
            return column - 1;
        }
    }

    /** Dates as ISO dates and numbers in full, whatever the cell's display format. */
    private static final class IsoDataFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    /** Refuses to read more than a limit, whatever the archive declares. */
    private static final class Bounded extends FilterInputStream {

        private long left;

        Bounded(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            left -= n;
            if (left < 0) {
                throw new UncheckedIOException(new IOException("too large"));
            }
        }
    }
}

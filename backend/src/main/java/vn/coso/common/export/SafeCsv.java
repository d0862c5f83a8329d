package vn.coso.common.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one way Coso writes CSV: UTF-8 with a byte order mark (so that Excel shows Vietnamese), CRLF
 * line ends (commons-csv quoting), and every text cell that a spreadsheet would read as a formula
 * neutralised as OWASP's CSV injection guidance says: a cell whose first character (after any
 * leading spaces) is {@code = + - @}, a tab, a carriage return or a line feed, or the full-width
 * {@code ＝ ＋ － ＠} that some spreadsheets also accept, is prefixed with a single quote, so that
 * {@code =HYPERLINK(...)} is shown as text rather than run. Numbers stay numbers.
 */
public final class SafeCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
    private static final String FORMULA_STARTS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

    private final CSVPrinter printer;

    private SafeCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** What a CSV file holds, written through {@link SafeCsv}'s methods. */
    @FunctionalInterface
    public interface Content {
        void write(SafeCsv csv) throws IOException;
    }

    /** The whole file. */
    public static byte[] write(Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            writer.write('\uFEFF');
            content.write(new SafeCsv(printer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public void record(Object... cells) throws IOException {
        record(Arrays.asList(cells));
    }

    public void record(Iterable<?> cells) throws IOException {
        List<Object> safe = new ArrayList<>();
        for (Object cell : cells) {
            safe.add(cell instanceof Number || cell == null ? cell : neutralise(cell.toString()));
        }
        printer.printRecord(safe);
    }

    /** An empty line between tables. */
    public void blankLine() throws IOException {
        printer.println();
    }

    /** The text as a spreadsheet shows it without evaluating it. */
    public static String neutralise(String cell) {
        if (cell == null) {
            return null;
        }
        int first = 0;
        while (first < cell.length() && cell.charAt(first) == ' ') {
            first++;
        }
        if (first < cell.length() && FORMULA_STARTS.indexOf(cell.charAt(first)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}

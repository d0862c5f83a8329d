package vn.coso.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.coso.common.i18n.Msg;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * CSV in UTF-8, with or without a byte order mark, separated by commas, semicolons (Excel in
 * Vietnamese locales writes them) or tabs, with quoted fields. Each record is one spreadsheet row,
 * as Excel would show the file: the header is row 1 and empty lines count.
 */
final class CsvSheetReader implements SheetReader {

    private static final int SNIFF_LIMIT = 1 << 16;

    @Override
    public void read(Path file, RowHandler handler) {
        long lastRow = 0;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file))) {
            skipByteOrderMark(raw);
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            BufferedReader reader = new BufferedReader(new InputStreamReader(raw, decoder), SNIFF_LIMIT);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(sniffDelimiter(reader))
                    .setIgnoreEmptyLines(false)
                    .setAllowMissingColumnNames(true)
                    .get();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                Iterator<CSVRecord> records = parser.iterator();
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    lastRow = record.getRecordNumber();
                    handler.row((int) lastRow, record.toList());
                }
            }
        } catch (CharacterCodingException e) {
            throw notUtf8(lastRow, e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException coding) {
                throw notUtf8(lastRow, coding);
            }
            throw new ImportFileException((int) lastRow + 1, Msg.of("import.file.csv-quotes", String.valueOf(lastRow + 1),
                    rootMessage(e)), e);
        } catch (IllegalStateException e) {
            throw new ImportFileException((int) lastRow + 1, Msg.of("import.file.csv-invalid", String.valueOf(lastRow + 1),
                    rootMessage(e)), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportFileException notUtf8(long lastRow, Exception e) {
        return new ImportFileException((int) lastRow + 1, Msg.of("import.file.not-utf8", String.valueOf(lastRow + 1)), e);
    }

    private static void skipByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            in.reset();
        }
    }

    /** The separator that occurs most often, outside quotes, in the first line. */
    private static char sniffDelimiter(BufferedReader reader) throws IOException {
        reader.mark(SNIFF_LIMIT);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < SNIFF_LIMIT - 1; i++) {
            int c = reader.read();
            if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        reader.reset();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.replaceAll("^\\(line \\d+\\) ", "");
    }
}

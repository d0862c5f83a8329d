package vn.coso.imports;

import java.nio.file.Path;
import java.util.List;

/** Streams the rows of a file's first sheet, never holding the whole file in memory. */
interface SheetReader {

    /** Receives one row: its number as the spreadsheet shows it, and its cells (null for empty ones). */
    @FunctionalInterface
    interface RowHandler {
        void row(int number, List<String> cells);
    }

    /** Calls the handler for every row in order; empty rows may or may not be passed. */
    void read(Path file, RowHandler handler);

    static SheetReader of(FileFormat format) {
        return switch (format) {
            case CSV -> new CsvSheetReader();
            case XLSX -> new XlsxSheetReader();
        };
    }
}

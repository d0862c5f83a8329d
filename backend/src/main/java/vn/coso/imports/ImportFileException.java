package vn.coso.imports;

/** The file as a whole cannot be read: not UTF-8, not a workbook, no header row… */
public class ImportFileException extends RuntimeException {

    private final int row;

    /** @param row the spreadsheet row where it went wrong, or 0 when it is the whole file */
    public ImportFileException(int row, String message) {
        super(message);
        this.row = row;
    }

    public ImportFileException(int row, String message, Throwable cause) {
        super(message, cause);
        this.row = row;
    }

    public int row() {
        return row;
    }
}

package vn.coso.imports;

/** The file as a whole cannot be read: not UTF-8, not a workbook, no header row… */
public class ImportFileException extends RuntimeException {

    private final int row;
    private final boolean reported;

    /** @param row the spreadsheet row where it went wrong, or 0 when it is the whole file */
    public ImportFileException(int row, String message) {
        this(row, message, false);
    }

    /** @param reported whether the problems are already among the job's errors */
    ImportFileException(int row, String message, boolean reported) {
        super(message);
        this.row = row;
        this.reported = reported;
    }

    public ImportFileException(int row, String message, Throwable cause) {
        super(message, cause);
        this.row = row;
        this.reported = false;
    }

    boolean reported() {
        return reported;
    }

    public int row() {
        return row;
    }
}

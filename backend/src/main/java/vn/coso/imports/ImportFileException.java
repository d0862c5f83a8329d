package vn.coso.imports;

import vn.coso.common.i18n.Msg;

/** The file as a whole cannot be read: not UTF-8, not a workbook, no header row… */
public class ImportFileException extends RuntimeException {

    private final int row;
    private final boolean reported;
    /** What went wrong, for the report in the requester's language; null when the message is already written. */
    private final Msg detail;

    /** @param row the spreadsheet row where it went wrong, or 0 when it is the whole file */
    public ImportFileException(int row, Msg detail, Throwable cause) {
        super(detail.toString(), cause);
        this.row = row;
        this.reported = false;
        this.detail = detail;
    }

    public ImportFileException(int row, Msg detail) {
        this(row, detail, null);
    }

    /** @param row the spreadsheet row where it went wrong, or 0 when it is the whole file */
    public ImportFileException(int row, String message) {
        this(row, message, false);
    }

    /** @param reported whether the problems are already among the job's errors */
    ImportFileException(int row, String message, boolean reported) {
        super(message);
        this.row = row;
        this.reported = reported;
        this.detail = null;
    }

    public ImportFileException(int row, String message, Throwable cause) {
        super(message, cause);
        this.row = row;
        this.reported = false;
        this.detail = null;
    }

    Msg detail() {
        return detail;
    }

    boolean reported() {
        return reported;
    }

    public int row() {
        return row;
    }
}

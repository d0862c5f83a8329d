package vn.coso.imports;

public enum ImportStatus {
    /** Waiting for a worker on the instance that received the file. */
    QUEUED,
    RUNNING,
    /** The file is valid; unless it was a dry run, every row was written. */
    SUCCEEDED,
    /** Problems were found (see errors) or the job could not finish; nothing was written. */
    FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}

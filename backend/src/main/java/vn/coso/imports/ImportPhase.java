package vn.coso.imports;

/** The pass a running job is in; processedRows counts the rows done in it. */
public enum ImportPhase {
    /** Reading every row once: types, required values, duplicates within the file. */
    READING,
    /** Checking every row against the database and the rules of the records. */
    VALIDATING,
    /** Writing every row, in one transaction. */
    WRITING
}

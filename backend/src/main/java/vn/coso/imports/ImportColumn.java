package vn.coso.imports;

import java.util.List;

/**
 * One column of an import: the API field it fills, the headers it is recognised by, and what the
 * template shows of it.
 *
 * @param field       the API field name (camelCase); also accepted as a header
 * @param header      the Vietnamese header the template writes
 * @param type        how the template formats the column and how cells are read
 * @param required    whether the file must have the column (every row needs a value then)
 * @param example     the template's example value, as the import reads it (dates ISO)
 * @param description what to write, in Vietnamese then English, for the template's instructions
 * @param aliases     other headers accepted, Vietnamese or English
 */
public record ImportColumn(String field, String header, ColumnType type, boolean required, String example,
                           String description, List<String> aliases) {

    public enum ColumnType {
        /** Free text. */
        TEXT,
        /** A code: the template formats it as text so that Excel keeps leading zeros. */
        CODE,
        INTEGER,
        /** DD/MM/YYYY or YYYY-MM-DD, or a date cell. */
        DATE,
        /** An API enum value, or its Vietnamese name. */
        CHOICE,
        /** true/false, có/không, x. */
        BOOLEAN
    }

    public static ImportColumn of(String field, String header, ColumnType type, boolean required, String example,
                                  String description, String... aliases) {
        return new ImportColumn(field, header, type, required, example, description, List.of(aliases));
    }

    /** The template's header: Vietnamese, with the API name as an English hint, e.g. "Mã đơn vị (code)". */
    public String templateHeader() {
        return header + " (" + field + ")";
    }
}

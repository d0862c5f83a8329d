package vn.coso.imports;

import jakarta.validation.Validator;
import vn.coso.common.i18n.Messages;
import vn.coso.common.i18n.Msg;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a file's columns map onto a kind's columns, found from its header row: for each of the kind's
 * columns, the file's column index and the header as the file writes it (null when absent).
 */
public final class ImportLayout {

    private final List<ImportColumn> columns;
    private final Map<String, Integer> positions = new HashMap<>();
    private final int[] fileIndexes;
    private final String[] fileHeaders;
    private final Validator validator;
    private final Messages messages;
    private final Locale locale;

    ImportLayout(List<ImportColumn> columns, int[] fileIndexes, String[] fileHeaders, Validator validator,
                 Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
        this.columns = columns;
        this.fileIndexes = fileIndexes;
        this.fileHeaders = fileHeaders;
        this.validator = validator;
        for (int i = 0; i < columns.size(); i++) {
            positions.put(columns.get(i).field(), i);
        }
    }

    List<ImportColumn> columns() {
        return columns;
    }

    int position(String field) {
        Integer position = positions.get(field);
        if (position == null) {
            throw new IllegalArgumentException("No import column " + field);
        }
        return position;
    }

    /** The file's column index of the kind's column at this position, or -1. */
    int fileIndex(int position) {
        return fileIndexes[position];
    }

    /** The header the file gives the column, else the template's. */
    String headerOf(String field) {
        int position = position(field);
        return fileHeaders[position] != null ? fileHeaders[position] : columns.get(position).templateHeader();
    }

    boolean present(String field) {
        return fileIndexes[position(field)] >= 0;
    }

    Validator validator() {
        return validator;
    }

    /** A message in the language of the import's requester. */
    String text(Msg message) {
        return messages.text(locale, message);
    }
}

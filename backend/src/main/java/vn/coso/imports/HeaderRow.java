package vn.coso.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises a kind's columns in a header row: by the Vietnamese header with or without diacritics,
 * by the API field name, or by an alias, in any case; "Mã đơn vị (code)", as the template writes it,
 * matches by either part.
 */
final class HeaderRow {

    /** For each of the kind's columns, the file's column index or -1. */
    final int[] fileIndexes;
    /** For each of the kind's columns, the header as the file writes it. */
    final String[] fileHeaders;
    /** Headers of the file that name none of the kind's columns. */
    final List<String> ignored = new ArrayList<>();
    /** Kind columns named by more than one of the file's columns, with the headers that name them. */
    final Map<ImportColumn, List<String>> repeated = new LinkedHashMap<>();
    final int matched;

    private HeaderRow(List<ImportColumn> columns, List<String> cells) {
        Map<String, Integer> byName = names(columns);
        fileIndexes = new int[columns.size()];
        fileHeaders = new String[columns.size()];
        Arrays.fill(fileIndexes, -1);
        int found = 0;
        for (int i = 0; i < cells.size(); i++) {
            String header = cells.get(i) == null ? null : cells.get(i).strip();
            if (header == null || header.isEmpty()) {
                continue;
            }
            Integer position = lookUp(byName, header);
            if (position == null) {
                ignored.add(header);
            } else if (fileIndexes[position] >= 0) {
                repeated.computeIfAbsent(columns.get(position), c -> new ArrayList<>(List.of(fileHeaders[position])))
                        .add(header);
            } else {
                fileIndexes[position] = i;
                fileHeaders[position] = header;
                found++;
            }
        }
        matched = found;
    }

    /** The header row among a file's first rows: the first that names at least two columns (one if it has one cell). */
    static HeaderRow tryRow(List<ImportColumn> columns, List<String> cells) {
        HeaderRow row = new HeaderRow(columns, cells);
        long nonEmpty = cells.stream().filter(c -> c != null && !c.isBlank()).count();
        return row.matched >= Math.min(2, nonEmpty) && row.matched >= 1 ? row : null;
    }

    private static Integer lookUp(Map<String, Integer> byName, String header) {
        String plain = header.replace("*", "");
        Integer position = byName.get(Cells.fold(plain));
        int open = plain.indexOf('(');
        int close = plain.lastIndexOf(')');
        if (position == null && open > 0 && close > open) {
            position = byName.get(Cells.fold(plain.substring(0, open)));
            if (position == null) {
                position = byName.get(Cells.fold(plain.substring(open + 1, close)));
            }
        }
        return position;
    }

    private static Map<String, Integer> names(List<ImportColumn> columns) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            ImportColumn column = columns.get(i);
            byName.putIfAbsent(Cells.fold(column.field()), i);
            byName.putIfAbsent(Cells.fold(column.header()), i);
            for (String alias : column.aliases()) {
                byName.putIfAbsent(Cells.fold(alias), i);
            }
        }
        return byName;
    }
}

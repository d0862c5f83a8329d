package vn.coso.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The demo unit rows, read from the CSV files in {@code demo/} on the class path. */
final class DemoUnits {

    record Row(String code, String name, String type, String parentCode, String taxCode, String address,
               Integer headCount) {
    }

    private DemoUnits() {
    }

    /** Quảng Ninh 2024 (province, districts, communes) and then the made-up units under them. */
    static List<Row> all() {
        List<Row> rows = new ArrayList<>(read("demo/quang-ninh-units-2024.csv"));
        rows.addAll(read("demo/extra-units.csv"));
        return rows;
    }

    static List<Row> read(String resource) {
        InputStream in = DemoUnits.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing demo resource " + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = reader.readLine().split(",", -1);
            Map<String, Integer> column = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                column.put(header[i].trim(), i);
            }
            List<Row> rows = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                // The files have no quoted fields (see shared/data/SOURCES.md).
                String[] f = line.split(",", -1);
                rows.add(new Row(f[column.get("code")], f[column.get("name")], f[column.get("type")],
                        blankToNull(get(f, column, "parent_code")), blankToNull(get(f, column, "tax_code")),
                        blankToNull(get(f, column, "address")), intOrNull(get(f, column, "head_count"))));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String get(String[] fields, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        return i == null || i >= fields.length ? null : fields[i];
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Integer intOrNull(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
    }
}

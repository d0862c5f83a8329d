package vn.coso.units;

import vn.coso.common.demo.DemoJdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo units: the rows of the CSV files in {@code demo/} on the class path (written by
 * {@link UnitDemoRecords}), and the units as they are stored, for the features' demo writers.
 */
public final class DemoUnits {

    public record Row(String code, String name, String type, String parentCode, String taxCode, String address,
               Integer headCount) {
    }

    /** A unit as it is in the database, with the days it existed (null: open). */
    public record Stored(long id, String code, String name, String type, Integer headCount, LocalDate validFrom,
                         LocalDate validTo) {
        public boolean existsOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }

    private DemoUnits() {
    }

    /** Quảng Ninh 2024 (province, districts, communes) and then the made-up units under them. */
    public static List<Row> all() {
        List<Row> rows = new ArrayList<>(read("demo/quang-ninh-units-2024.csv"));
        rows.addAll(read("demo/extra-units.csv"));
        return rows;
    }

    public static List<Row> read(String resource) {
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

    /** The 2024 demo units of a type that are in the database, by code, as the 2024 records see them (open). */
    public static List<Stored> of2024(Connection connection, String type) throws SQLException {
        Map<String, Long> ids = DemoJdbc.byCode(connection, "unit");
        return all().stream().filter(u -> type.equals(u.type()) && ids.containsKey(u.code()))
                .sorted(Comparator.comparing(Row::code))
                .map(u -> new Stored(ids.get(u.code()), u.code(), u.name(), u.type(), u.headCount(), null, null))
                .toList();
    }

    /** The open communes directly under the open province (the structure since 1 July 2025), by code. */
    public static List<Stored> communesUnderProvince(Connection connection) throws SQLException {
        return stored(connection, "u.type = 'COMMUNE' AND u.valid_to IS NULL AND EXISTS (SELECT 1 FROM unit p"
                + " WHERE p.id = u.parent_id AND p.type = 'PROVINCE' AND p.valid_to IS NULL)");
    }

    /** The open agencies, public service units and enterprises under an open unit, by code. */
    public static List<Stored> workplaces(Connection connection) throws SQLException {
        return stored(connection, "u.type IN ('AGENCY', 'PUBLIC_SERVICE_UNIT', 'ENTERPRISE') AND u.active"
                + " AND u.valid_to IS NULL AND EXISTS (SELECT 1 FROM unit p WHERE p.id = u.parent_id AND p.valid_to IS NULL)");
    }

    /** The units chosen by {@code condition} on {@code u}, by code. */
    public static List<Stored> stored(Connection connection, String condition) throws SQLException {
        List<Stored> units = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT u.id, u.code, u.name, u.type, u.head_count, u.valid_from,"
                     + " u.valid_to FROM unit u WHERE " + condition + " ORDER BY u.code, u.id")) {
            while (rs.next()) {
                units.add(new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                        rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate()));
            }
        }
        return units;
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

package vn.coso.imports;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** Small helpers for the kinds' JDBC: lookups by many codes, nullable parameters. */
public final class Jdbc {

    /** Codes per IN (...) lookup. */
    public static final int LOOKUP_CHUNK = 500;

    private Jdbc() {
    }

    @FunctionalInterface
    public interface ChunkQuery<T> {
        void run(List<T> chunk, String placeholders) throws SQLException;
    }

    /** Runs a query once per chunk of values, with "?, ?, …" for its IN list. */
    public static <T> void inChunks(Collection<T> values, ChunkQuery<T> query) throws SQLException {
        List<T> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
            List<T> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
            query.run(chunk, String.join(", ", Collections.nCopies(chunk.size(), "?")));
        }
    }

    public static void setAll(PreparedStatement statement, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
    }

    public static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    public static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    public static void setInt(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    public static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DATE);
        } else {
            statement.setObject(index, value);
        }
    }

    /** Instants are stored in UTC, as Hibernate stores them (quarkus.hibernate-orm.jdbc.timezone=UTC). */
    public static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, LocalDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    public static Long longValue(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}

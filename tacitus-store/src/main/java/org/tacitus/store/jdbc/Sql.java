package org.tacitus.store.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers: prepared statements with positional values, rows mapped by a function. */
final class Sql {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    /** Inserts rows (each the table's full column list, in order) with multi-row VALUES, 200 rows a statement. */
    static void insert(Connection c, String table, List<Object[]> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += 200) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + 200));
            String one = "(" + marks(chunk.get(0).length) + ")";
            List<Object> args = new ArrayList<>();
            chunk.forEach(r -> args.addAll(java.util.Arrays.asList(r)));
            update(c, "INSERT INTO " + table + " VALUES " + String.join(", ", java.util.Collections.nCopies(
                    chunk.size(), one)), args.toArray());
        }
    }

    static <T> List<T> query(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.map(rs));
                }
                return out;
            }
        }
    }

    static long count(Connection c, String sql, Object... args) throws SQLException {
        List<Long> n = query(c, sql, rs -> rs.getLong(1), args);
        return n.isEmpty() ? 0 : n.get(0);
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object v = args[i];
            if (v == null) {
                ps.setObject(i + 1, null);
            } else if (v instanceof LocalDate d) {
                ps.setDate(i + 1, Date.valueOf(d));
            } else if (v instanceof String s) {
                ps.setString(i + 1, clean(s));
            } else if (v instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (v instanceof Long n) {
                ps.setLong(i + 1, n);
            } else if (v instanceof Double n) {
                ps.setDouble(i + 1, n);
            } else if (v instanceof Boolean b) {
                ps.setBoolean(i + 1, b);
            } else if (v instanceof java.sql.Timestamp t) {
                ps.setTimestamp(i + 1, t);
            } else {
                throw new IllegalArgumentException("unsupported parameter type " + v.getClass());
            }
        }
    }

    /** PostgreSQL refuses NUL in text: replace it (same length, so offsets still hold). */
    static String clean(String s) {
        return s.indexOf('\0') < 0 ? s : s.replace('\0', '\uFFFD');
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Long bigint(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** "?, ?, ?" for n values. */
    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}

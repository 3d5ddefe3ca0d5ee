package org.tacitus.store.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacitus.store.StoreError;
import org.tacitus.store.StoreException;

/**
 * Our own small migration runner (for DuckDB, which Flyway does not serve): versioned SQL files
 * {@code V<n>__<what>.sql} in a resource folder, listed in its {@code INDEX} file, applied in version order, each
 * in one transaction, and recorded in {@code schema_version}. Stateless.
 */
final class SqlMigrations {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    private SqlMigrations() {
    }

    /** Applies the migrations of {@code folder} (e.g. {@code db/duckdb}) not yet recorded; returns how many. */
    static int apply(Connection c, String folder) {
        try {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                        + "description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
            }
            Set<Integer> applied = new TreeSet<>(Sql.query(c, "SELECT version FROM schema_version",
                    rs -> rs.getInt(1)));
            int count = 0;
            for (String name : resource(folder + "/INDEX").lines().map(String::strip).filter(l -> !l.isEmpty())
                    .toList()) {
                Matcher m = NAME.matcher(name);
                if (!m.matches()) {
                    throw new IllegalStateException("bad migration name " + name);
                }
                int version = Integer.parseInt(m.group(1));
                if (!applied.contains(version)) {
                    run(c, version, m.group(2), resource(folder + "/" + name));
                    count++;
                }
            }
            return count;
        } catch (SQLException | IOException e) {
            throw new StoreException(StoreError.STORE_MIGRATION_FAILED, "cannot migrate the store: " + e, e);
        }
    }

    private static void run(Connection c, int version, String description, String script) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String statement : statements(script)) {
                s.execute(statement);
            }
            Sql.update(c, "INSERT INTO schema_version VALUES (?, ?, ?)", version, description,
                    Timestamp.from(Instant.now()));
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** The statements of a script: comments dropped, split at semicolons (our scripts hold no literal ';'). */
    static List<String> statements(String script) {
        StringBuilder sql = new StringBuilder();
        for (String line : script.lines().toList()) {
            int comment = line.indexOf("--");
            sql.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        List<String> out = new ArrayList<>();
        for (String part : sql.toString().split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = SqlMigrations.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package org.tacitus.store.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import org.duckdb.DuckDBConnection;
import org.tacitus.store.EventStore;
import org.tacitus.store.StoreError;
import org.tacitus.store.StoreException;
import org.tacitus.store.search.SearchIndex;

/**
 * The embedded default: one DuckDB file (migrated by {@link SqlMigrations} from {@code db/duckdb}) and its
 * Lucene index in {@code FILE.lucene/}. DuckDB admits one writing process per file: opening a file another
 * process holds fails with {@link StoreError#STORE_LOCKED}.
 */
public final class DuckDbStore {

    private DuckDbStore() {
    }

    public static EventStore open(Path file) {
        Path abs = file.toAbsolutePath();
        try {
            if (abs.getParent() != null) {
                Files.createDirectories(abs.getParent());
            }
        } catch (IOException e) {
            throw new StoreException(StoreError.STORE_UNREACHABLE, "cannot create " + abs.getParent() + ": " + e, e);
        }
        DuckDBConnection root;
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.toLowerCase(Locale.ROOT).contains("lock")) {
                throw new StoreException(StoreError.STORE_LOCKED, abs + " is in use by another process: "
                        + StoreError.STORE_LOCKED.meaning(), e);
            }
            throw new StoreException(StoreError.STORE_UNREACHABLE, "cannot open " + abs + ": " + m, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the DuckDB driver is missing from the class path", e);
        }
        ConnectionSource source = new ConnectionSource() {
            @Override
            public Connection connect() throws SQLException {
                return root.duplicate();
            }

            @Override
            public void close() {
                try {
                    root.close();
                } catch (SQLException e) {
                    throw new StoreException(StoreError.STORE_UNREACHABLE, "cannot close " + abs + ": " + e, e);
                }
            }
        };
        try {
            try (Connection c = source.connect()) {
                SqlMigrations.apply(c, "db/duckdb");
            }
            return new JdbcEventStore(source, SearchIndex.open(Path.of(abs + ".lucene")));
        } catch (SQLException | RuntimeException e) {
            source.close();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException(StoreError.STORE_UNREACHABLE, "cannot open " + abs + ": " + e, e);
        }
    }
}

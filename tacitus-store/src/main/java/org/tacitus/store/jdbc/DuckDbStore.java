package org.tacitus.store.jdbc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
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

    /** Idle connections kept: more than a two-core server's busy request threads. */
    private static final int POOLED = 16;

    private DuckDbStore() {
    }

    /** Opens the store at {@code file}, its queries free to use every core (DuckDB's default). */
    public static EventStore open(Path file) {
        return open(file, 0);
    }

    /**
     * Opens the store at {@code file}.
     *
     * @param queryThreads the threads DuckDB may put on one query; 0: DuckDB's default, one per core. A server
     *                     passes 1: its requests already run side by side, one thread each, and DuckDB's own
     *                     workers only contend with them (on two cores, about 40% more CPU per request;
     *                     docs/server.md, "Load")
     */
    public static EventStore open(Path file, int queryThreads) {
        if (queryThreads < 0) {
            throw new IllegalArgumentException("queryThreads must be 0 or more: " + queryThreads);
        }
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
            Properties config = new Properties();
            if (queryThreads > 0) {
                config.setProperty("threads", Integer.toString(queryThreads));
            }
            root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + abs, config);
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
        // Connections to the one database instance, reused by a server's requests rather than opened for each.
        ConnectionPool pool = new ConnectionPool(root::duplicate, POOLED);
        ConnectionSource source = new ConnectionSource() {
            @Override
            public Connection connect() throws SQLException {
                return pool.borrow();
            }

            @Override
            public void close() {
                pool.close();
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

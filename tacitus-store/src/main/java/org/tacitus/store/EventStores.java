package org.tacitus.store;

import java.nio.file.Path;
import org.tacitus.store.jdbc.DuckDbStore;
import org.tacitus.store.jdbc.PostgresStore;

/** Opening a store: the entry points, one line each. */
public final class EventStores {

    private EventStores() {
    }

    /** The default store file, {@code ~/.tacitus/tacitus.duckdb}. */
    public static Path defaultDuckDbPath() {
        return Path.of(System.getProperty("user.home"), ".tacitus", "tacitus.duckdb");
    }

    /**
     * Opens (creating and migrating it when needed) an embedded DuckDB store at {@code file}, with its search
     * index in {@code file + ".lucene"}. Throws {@link StoreException} with {@link StoreError#STORE_LOCKED} when
     * another process holds the file.
     */
    public static EventStore duckDb(Path file) {
        return DuckDbStore.open(file);
    }

    /**
     * As {@link #duckDb(Path)}, for a server: each query runs on its caller's thread alone (DuckDB's
     * {@code threads = 1}), since concurrent requests already keep the cores busy.
     */
    public static EventStore duckDbForServing(Path file) {
        return DuckDbStore.open(file, 1);
    }

    /**
     * Opens a PostgreSQL store (schema migrated with Flyway) at a JDBC URL, in {@code schema}, with its search
     * index in {@code luceneDir}.
     */
    public static EventStore postgres(String jdbcUrl, String user, String password, String schema,
                                      Path luceneDir) {
        return PostgresStore.open(jdbcUrl, user, password, schema, luceneDir);
    }

    /**
     * Opens what a {@code --db} value names: a {@code jdbc:postgresql:} URL (user and password from the
     * PGUSER/PGPASSWORD environment, default user {@code postgres}; schema {@code tacitus}; index in
     * {@code ~/.tacitus/<the URL, letters and digits>.lucene}), or a DuckDB file path (null: the default file).
     */
    public static EventStore open(String location) {
        return open(location, false);
    }

    /** As {@link #open(String)}; {@code serving}: a DuckDB file is opened as {@link #duckDbForServing} does. */
    public static EventStore open(String location, boolean serving) {
        if (location != null && location.startsWith("jdbc:postgresql:")) {
            return postgres(location, System.getenv().getOrDefault("PGUSER", "postgres"),
                    System.getenv().getOrDefault("PGPASSWORD", ""), "tacitus",
                    Path.of(System.getProperty("user.home"), ".tacitus",
                            location.substring("jdbc:".length()).replaceAll("[^A-Za-z0-9]+", "-") + ".lucene"));
        }
        Path file = location == null ? defaultDuckDbPath() : Path.of(location);
        return serving ? duckDbForServing(file) : duckDb(file);
    }
}

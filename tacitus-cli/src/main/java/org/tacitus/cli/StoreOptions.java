package org.tacitus.cli;

import java.nio.file.Path;
import org.tacitus.store.EventStore;
import org.tacitus.store.EventStores;
import picocli.CommandLine.Option;

/** {@code --db}: which store a command reads or writes. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "PATH|JDBC-URL",
            description = "the store: a DuckDB file (default ~/.tacitus/tacitus.duckdb) or a jdbc:postgresql: URL")
    String db;

    EventStore open() {
        return EventStores.open(db);
    }

    /** The store, opened for a server's many small concurrent reads. */
    EventStore openForServing() {
        return EventStores.open(db, true);
    }

    String describe() {
        return db != null ? db : EventStores.defaultDuckDbPath().toString();
    }

    Path path() {
        return db != null ? Path.of(db) : EventStores.defaultDuckDbPath();
    }
}

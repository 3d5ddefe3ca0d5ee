package org.tacitus.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the embedded DuckDB store, a fresh file per test. */
class DuckDbStoreTest extends EventStoreContract {

    @TempDir
    Path dir;
    private int opened;
    private Path file;

    @Override
    protected EventStore openFresh() {
        file = dir.resolve("store-" + (opened++) + ".duckdb");
        return EventStores.duckDb(file);
    }

    @Override
    protected EventStore reopen() {
        return EventStores.duckDb(file);
    }
}

package org.tacitus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
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

    @Test
    void migrationsAreRecordedAndAppliedOnce() throws Exception {
        store.close();
        store = reopen();
        store.close();
        store = null;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), max(version), max(description) FROM schema_version")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
            assertEquals(1, rs.getInt(2));
            assertEquals("init", rs.getString(3));
        }
    }

    @Test
    void aLostSearchIndexIsRebuiltFromTheDatabase() throws Exception {
        store.ingest(Fixtures.all());
        long hits = store.search("talks", EventQuery.all()).total();
        store.close();
        Path index = Path.of(file + ".lucene");
        try (var files = java.nio.file.Files.walk(index)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        store = reopen();
        assertEquals(hits, store.search("talks", EventQuery.all()).total());
        assertEquals(1, store.search("shelling", EventQuery.all().withType("ASSAULT").withActor("RUSMIL")
                .withCountry("UKR")).items().stream().filter(h -> h.kind() == SearchHit.Kind.SENTENCE).count());
    }
}

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

    @Override
    protected void backToSchemaV1() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement()) {
            // DuckDB alters no table an index depends on
            s.execute("DROP INDEX events_type_day");
            s.execute("ALTER TABLE events DROP COLUMN actors");
            s.execute("CREATE INDEX events_type_day ON events (type, day)");
            s.execute("DROP INDEX event_reports_event");
            s.execute("ALTER TABLE event_reports DROP COLUMN scheduled");
            s.execute("CREATE INDEX event_reports_event ON event_reports (event_id)");
            s.execute("DELETE FROM schema_version WHERE version > 1");
        }
    }

    @Test
    void migrationsAreRecordedAndAppliedOnce() throws Exception {
        store.close();
        store = reopen();
        store.close();
        store = null;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), max(version), arg_max(description, version) "
                     + "FROM schema_version")) {
            rs.next();
            assertEquals(2, rs.getInt(1));
            assertEquals(2, rs.getInt(2));
            assertEquals("cluster_actors_scheduled", rs.getString(3));
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

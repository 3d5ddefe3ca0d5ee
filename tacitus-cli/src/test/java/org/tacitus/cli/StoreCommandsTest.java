package org.tacitus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.store.EventQuery;
import org.tacitus.store.EventStore;
import org.tacitus.store.EventStores;
import org.tacitus.store.SearchHit;

/** {@code ingest}, {@code query} and {@code export} on bundled samples, through the real command line. */
class StoreCommandsTest {

    @TempDir
    Path dir;

    @Test
    void ingestQueryAndExportTheSamples() throws Exception {
        String db = dir.resolve("store/t.duckdb").toString();
        long briefs = Files.readAllLines(Path.of("../samples/briefs.jsonl")).stream().filter(l -> !l.isBlank())
                .count();
        int documents = 2 + (int) briefs;
        Cli.Run first = Cli.run("ingest", "--quiet", "--db", db, "../samples/geneva-talks.txt",
                "../samples/korea-summit.txt", "../samples/briefs.jsonl", "../samples/no-such-file.txt");
        assertEquals(0, first.exitCode(), first.stderr());
        assertTrue(first.stdout().contains("documents: " + documents + " new, 0 already stored, 1 failed"),
                first.stdout());
        assertTrue(first.stderr().contains("INPUT_NOT_FOUND"), first.stderr());

        Cli.Run again = Cli.run("ingest", "--quiet", "--db", db, "../samples/geneva-talks.txt",
                "../samples/korea-summit.txt", "../samples/briefs.jsonl");
        assertTrue(again.stdout().contains("documents: 0 new, " + documents + " already stored, 0 failed"),
                again.stdout());

        try (EventStore store = EventStores.duckDb(Path.of(db))) {
            assertEquals(documents, store.documentCount());
            assertTrue(store.quotes(EventQuery.all()).total() > 0, "the samples' quotes are stored");
            assertTrue(store.search("Geneva", EventQuery.all()).items().stream().anyMatch(h ->
                    h.kind() == SearchHit.Kind.ARTICLE && h.document().articleId().equals("geneva-talks")));
            // the calendar of scheduled meetings, from the real pipeline: the Geneva talks of Jan. 10, 2022, in
            // Geneva, between the US and Russia alone (the Korea summit of another story stays apart)
            List<org.tacitus.store.EventCluster> meetings = store.upcomingMeetings(java.time.LocalDate.EPOCH);
            org.tacitus.store.EventCluster geneva = meetings.stream()
                    .filter(m -> m.day() != null && m.day().toString().equals("2022-01-10")).findFirst()
                    .orElseThrow(() -> new AssertionError("no meeting on 2022-01-10 in " + meetings));
            assertEquals("CONSULT", geneva.type());
            assertEquals("CHE", geneva.place().country());
            assertEquals(46.2, geneva.place().lat(), 0.1);
            assertEquals(6.15, geneva.place().lon(), 0.1);
            java.util.Set<String> countries = new java.util.TreeSet<>();
            geneva.sources().forEach(x -> countries.add(x.country()));
            geneva.targets().forEach(x -> countries.add(x.country()));
            assertEquals(java.util.Set.of("RUS", "USA"), countries, geneva.toString());
            assertTrue(meetings.stream().noneMatch(m -> "2021-06".equals(m.dateValue())),
                    "the June summit is history, not a scheduled meeting: " + meetings);
        }

        Cli.Run table = Cli.run("query", "--db", db, "--limit", "500");
        assertEquals(0, table.exitCode(), table.stderr());
        assertTrue(table.stdout().startsWith("ID "), table.stdout());
        Matcher total = Pattern.compile("(\\d+) of (\\d+) events").matcher(table.stdout());
        assertTrue(total.find(), table.stdout());
        int clusters = Integer.parseInt(total.group(2));
        Cli.Run jsonl = Cli.run("query", "--db", db, "--format", "jsonl", "--limit", "500");
        List<String> lines = jsonl.stdout().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(Math.min(clusters, 500), lines.size());
        for (String line : lines) {
            assertTrue(new ObjectMapper().readTree(line).has("num_mentions"), line);
        }

        Cli.Run gdelt = Cli.run("export", "--db", db, "--format", "gdelt");
        assertEquals(0, gdelt.exitCode(), gdelt.stderr());
        assertTrue(gdelt.stdout().startsWith("GlobalEventID\tDay\tActor1Code"), gdelt.stdout());
        assertEquals(clusters + 1, gdelt.stdout().lines().count());
        assertTrue(gdelt.stderr().contains("exported " + clusters + " events as gdelt"), gdelt.stderr());

        Cli.Run csv = Cli.run("export", "--db", db, "--format", "csv");
        assertEquals(clusters + 1, csv.stdout().lines().count());

        Path parquet = dir.resolve("out/events.parquet");
        Cli.Run pq = Cli.run("export", "--db", db, "--format", "parquet", "--output", parquet.toString());
        assertEquals(0, pq.exitCode(), pq.stderr());
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM read_parquet('" + parquet + "')")) {
            rs.next();
            assertEquals(clusters, rs.getInt(1));
        }

        Cli.Run ics = Cli.run("export", "--db", db, "--format", "ics", "--from", "2000-01-01");
        assertEquals(0, ics.exitCode(), ics.stderr());
        int meetings = new CalendarBuilder().build(new StringReader(ics.stdout())).getComponents(Component.VEVENT)
                .size();
        assertTrue(ics.stderr().contains("exported " + meetings + " events as ics"), ics.stderr());
        assertTrue(ics.stdout().contains("DTSTART;VALUE=DATE:20220110"), ics.stdout());

        assertEquals(2, Cli.run("export", "--db", db, "--format", "xml").exitCode());
        assertEquals(2, Cli.run("export", "--db", db, "--format", "parquet").exitCode(), "parquet needs --output");
    }
}

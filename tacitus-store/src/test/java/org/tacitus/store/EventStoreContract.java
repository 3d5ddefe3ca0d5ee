package org.tacitus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.tacitus.model.Extraction;
import org.tacitus.store.dedup.ClusterKey;
import org.tacitus.store.export.ExportFormat;
import org.tacitus.store.export.Exporter;
import org.tacitus.store.jdbc.JdbcEventStore;

/**
 * The contract every {@link EventStore} keeps, run against each implementation by a subclass that says how to
 * open a fresh store and how to reopen the same one.
 */
public abstract class EventStoreContract {

    protected EventStore store;

    /** A new, empty store. */
    protected abstract EventStore openFresh() throws Exception;

    /** The same store again (after {@link #store} was closed). */
    protected abstract EventStore reopen() throws Exception;

    /**
     * Turns the closed store back into one of schema version 1 — the columns of later versions dropped, their
     * migrations forgotten — so that the next {@link #reopen} migrates it as it would a store of that version.
     */
    protected abstract void backToSchemaV1() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openFresh();
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static final String GENEVA_ID = "ev-" + ClusterKey.sha256("CONSULT|USA|RUSGOV|2022-01-10|Geneva")
            .substring(0, 16);

    private EventCluster geneva() {
        return store.event(GENEVA_ID).orElseThrow().cluster();
    }

    @Test
    void ingestIsIdempotent() {
        IngestReport first = store.ingest(Fixtures.all());
        assertEquals(5, first.newDocuments(), () -> first.outcomes().toString());
        assertEquals(0, first.alreadyStored());
        assertEquals(6, first.events());
        assertEquals(4, first.newClusters());
        IngestReport again = store.ingest(Fixtures.all());
        assertEquals(0, again.newDocuments());
        assertEquals(5, again.alreadyStored());
        assertEquals(0, again.events());
        assertEquals(5, store.documentCount());
        assertEquals(4, store.events(EventQuery.all()).total());
        assertEquals(4, geneva().numMentions());
    }

    @Test
    void aCrashMidBatchLosesNothingCommittedAndARerunCompletesTheRest() throws Exception {
        List<Extraction> all = Fixtures.all();
        String third = all.get(2).article().id();
        ((JdbcEventStore) store).beforeCommit(key -> {
            if (store.documentCount() == 2) {
                throw new SimulatedCrash();
            }
        });
        assertThrows(SimulatedCrash.class, () -> store.ingest(all));
        assertEquals(2, store.documentCount());
        store.close();
        store = reopen();
        assertEquals(2, store.documentCount());
        IngestReport rerun = store.ingest(all);
        assertEquals(3, rerun.newDocuments());
        assertEquals(2, rerun.alreadyStored());
        assertEquals(IngestReport.Status.NEW, rerun.outcomes().get(2).status());
        assertEquals(third, rerun.outcomes().get(2).articleId());
        assertEquals(5, store.documentCount());
        assertEquals(4, geneva().numMentions());
        assertEquals(3, geneva().numArticles());
        assertTrue(store.search("shelled", EventQuery.all()).total() > 0, "the index caught up");
    }

    /** Thrown from the commit hook: an Error, like a dying process, not a bad document. */
    static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash");
        }
    }

    @Test
    void aStoreOfSchemaV1MigratesWithTheSameEventsAndMeetings() throws Exception {
        store.ingest(Fixtures.all());
        List<EventCluster> events = store.events(EventQuery.all()).items();
        List<EventCluster> meetings = store.upcomingMeetings(LocalDate.EPOCH);
        assertEquals(3, meetings.size());
        store.close();
        store = null;
        backToSchemaV1();
        store = reopen();
        assertEquals(events, store.events(EventQuery.all()).items(), "each cluster's actors, kept with it");
        assertEquals(meetings, store.upcomingMeetings(LocalDate.EPOCH), "the reports' scheduled flags, filled");
        assertEquals(events, store.events(EventQuery.all()).items());
    }

    @Test
    void reportsOfOneMeetingInManyArticlesBecomeOneClusterWithCounts() {
        store.ingest(Fixtures.all());
        EventCluster g = geneva();
        assertEquals("CONSULT", g.type());
        assertEquals(LocalDate.of(2022, 1, 10), g.day());
        assertEquals(4, g.numMentions());
        assertEquals(2, g.numSources(), "reuters.com and apnews.com");
        assertEquals(3, g.numArticles());
        assertEquals("Geneva", g.place().name());
        assertEquals("CHE", g.country());
        assertEquals("https://www.reuters.com/world/talks", g.sourceUrl());
        assertEquals(List.of("USA"), g.sources().stream().map(a -> a.code()).toList());
        assertEquals(List.of("RUSGOV"), g.targets().stream().map(a -> a.code()).toList());
        assertEquals("04", g.rootCode());

        EventDetail d = store.event(GENEVA_ID).orElseThrow();
        assertEquals(4, d.mentions().size());
        assertEquals("reuters-talks", d.mentions().get(0).document().articleId());
        assertEquals("reuters.com", d.mentions().get(0).document().publisher());
        assertEquals("US and Russian diplomats will hold talks in Geneva on Jan. 10.",
                d.mentions().get(0).sentence().text());
        assertEquals("hold talks", d.mentions().get(0).trigger().text());
        assertEquals("US", d.mentions().get(0).source().get(0).span().text());
        assertEquals("2022-01-10", d.mentions().get(0).date().value());
        assertEquals("Jan. 10", d.mentions().get(0).date().evidence().text());
        assertEquals("Geneva", d.mentions().get(0).place().place().name());
        assertEquals("ap-talks", d.mentions().get(2).document().articleId());
        assertEquals("reuters-followup", d.mentions().get(3).document().articleId());
        assertEquals(1, d.quotes().size());
        assertEquals("Sergei Lavrov", d.quotes().get(0).quote().speaker().name());
        assertEquals("RUSGOV", d.quotes().get(0).quote().speaker().actor().code());

        EventCluster later = store.events(EventQuery.all().withFrom(LocalDate.of(2022, 1, 20))
                .withTo(LocalDate.of(2022, 1, 20))).items().get(0);
        assertNotEquals(GENEVA_ID, later.id(), "ten days later is another round");
        assertEquals(1, later.numMentions());
        assertEquals("brief-7", store.event(later.id()).orElseThrow().mentions().get(0).document().publisher());
        assertTrue(store.event("ev-0000000000000000").isEmpty());
    }

    @Test
    void clusterIdsAreStableAcrossStores() throws Exception {
        store.ingest(Fixtures.all());
        Set<String> ids = store.events(EventQuery.all()).items().stream().map(EventCluster::id)
                .collect(Collectors.toSet());
        store.close();
        store = openFresh();
        store.ingest(Fixtures.all());
        assertEquals(ids, store.events(EventQuery.all()).items().stream().map(EventCluster::id)
                .collect(Collectors.toSet()));
        assertTrue(ids.contains(GENEVA_ID));
    }

    @Test
    void filters() {
        store.ingest(Fixtures.all());
        assertEquals(2, store.events(EventQuery.all().withType("consult")).total());
        assertEquals(1, store.events(EventQuery.all().withType("ASSAULT")).total());
        assertEquals(2, store.events(EventQuery.all().withActor("RUSGOV")).total());
        assertEquals(1, store.events(EventQuery.all().withActor("armed forces")).total());
        assertEquals(3, store.events(EventQuery.all().withActor("russia")).total(), "names: Russia, Russian…");
        assertEquals(1, store.events(EventQuery.all().withCountry("CHE")).total());
        assertEquals(2, store.events(EventQuery.all().withCountry("usa")).total());
        assertEquals(1, store.events(EventQuery.all().withPlace("gene")).total());
        assertEquals(1, store.events(EventQuery.all().withText("shelled")).total());
        assertEquals(2, store.events(EventQuery.all().withFrom(LocalDate.of(2022, 1, 11))
                .withTo(LocalDate.of(2022, 1, 31))).total());
        assertEquals(0, store.events(EventQuery.all().withType("CONSULT").withPlace("Kyiv")).total());
    }

    @Test
    void pagination() {
        store.ingest(Fixtures.all());
        EventQuery q = EventQuery.all().withSort(EventQuery.Sort.DATE_ASC);
        Page<EventCluster> first = store.events(q.withPage(0, 3));
        Page<EventCluster> second = store.events(q.withPage(1, 3));
        assertEquals(4, first.total());
        assertEquals(3, first.items().size());
        assertTrue(first.hasNext());
        assertEquals(1, second.items().size());
        assertFalse(second.hasNext());
        assertEquals(GENEVA_ID, first.items().get(0).id());
        assertEquals("AGREE", second.items().get(0).type());
        assertEquals(List.of("2022-01-10", "2022-01-12", "2022-01-20"),
                first.items().stream().map(e -> e.day().toString()).toList());
        assertEquals("AGREE", store.events(EventQuery.all()).items().get(0).type(), "latest first by default");
        assertEquals(GENEVA_ID, store.events(EventQuery.all().withSort(EventQuery.Sort.MENTIONS_DESC)).items()
                .get(0).id());
        assertEquals(EventStore.MAX_PAGE_SIZE, EventQuery.all().withPage(0, 10_000).size());
    }

    @Test
    void actorsAndQuotes() {
        store.ingest(Fixtures.all());
        Page<ActorCount> actors = store.actors(EventQuery.all());
        assertEquals(Set.of("USA", "RUSGOV"), Set.of(actors.items().get(0).actor().code(),
                actors.items().get(1).actor().code()));
        assertEquals(2, actors.items().get(0).events());
        assertEquals(5, actors.items().get(0).mentions());
        assertEquals(6, actors.total(), "USA, RUSGOV, RUSMIL, UKR, ARM, AZE");
        assertEquals(1, store.actors(EventQuery.all().withType("AGREE").withPage(0, 1)).items().size());

        assertEquals(1, store.quotes(EventQuery.all()).total());
        StoredQuote q = store.quotes(EventQuery.all().withActor("lavrov")).items().get(0);
        assertEquals("\"We will not back down,\"", q.quote().content().text());
        assertEquals("reuters-talks", q.document().articleId());
        assertEquals(1, store.quotes(EventQuery.all().withActor("RUSGOV").withText("BACK DOWN")).total());
        assertEquals(0, store.quotes(EventQuery.all().withFrom(LocalDate.of(2022, 1, 6))).total());
    }

    @Test
    void search() {
        store.ingest(Fixtures.all());
        Page<SearchHit> talks = store.search("talks", EventQuery.all());
        assertTrue(talks.total() >= 4, "articles and sentences: " + talks.total());
        assertTrue(talks.items().stream().anyMatch(h -> h.kind() == SearchHit.Kind.SENTENCE
                && GENEVA_ID.equals(h.eventId())));
        Page<SearchHit> shelled = store.search("shelling", EventQuery.all().withType("ASSAULT"));
        assertEquals(Set.of(SearchHit.Kind.SENTENCE, SearchHit.Kind.ARTICLE), shelled.items().stream()
                .map(SearchHit::kind).collect(Collectors.toSet()), "stemmed; the sentence and its article");
        SearchHit sentence = shelled.items().stream().filter(h -> h.kind() == SearchHit.Kind.SENTENCE).findFirst()
                .orElseThrow();
        assertEquals("brief-7", sentence.document().articleId());
        assertEquals(LocalDate.of(2022, 1, 12), sentence.day());
        assertEquals(0, store.search("shelling", EventQuery.all().withType("AGREE")).total());
        Page<SearchHit> quote = store.search("\"back down\"", EventQuery.all().withActor("RUSGOV"));
        assertTrue(quote.items().stream().anyMatch(h -> h.kind() == SearchHit.Kind.QUOTE));
        assertEquals(0, store.search("shelled", EventQuery.all().withCountry("CHE")).total());
        assertEquals(0, store.search("Geneva", EventQuery.all().withFrom(LocalDate.of(2023, 1, 1))).total());
        assertEquals(1, store.search("talks", EventQuery.all().withPage(0, 1)).items().size());
        StoreException bad = assertThrows(StoreException.class, () -> store.search("talks AND (", EventQuery.all()));
        assertEquals(StoreError.SEARCH_QUERY_INVALID, bad.code());
    }

    @Test
    void stats() {
        store.ingest(Fixtures.all());
        Stats s = store.stats(EventQuery.all());
        assertEquals(4, s.events());
        assertEquals(7, s.mentions());
        assertEquals(5, s.documents());
        assertEquals(List.of(new Stats.Bucket("CONSULT", 2), new Stats.Bucket("AGREE", 1),
                new Stats.Bucket("ASSAULT", 1)), s.byType());
        assertEquals(new Stats.Bucket("USA", 2), s.byCountry().get(0));
        assertEquals(List.of(new Stats.Bucket("2022-01-10", 1), new Stats.Bucket("2022-01-12", 1),
                new Stats.Bucket("2022-01-20", 1), new Stats.Bucket("2022-02-03", 1)), s.byDay());
        Stats consult = store.stats(EventQuery.all().withType("CONSULT"));
        assertEquals(2, consult.events());
        assertEquals(4, consult.documents());
    }

    @Test
    void upcomingMeetings() {
        store.ingest(Fixtures.all());
        List<EventCluster> fromMid = store.upcomingMeetings(LocalDate.of(2022, 1, 15));
        assertEquals(List.of("CONSULT", "AGREE"), fromMid.stream().map(EventCluster::type).toList());
        assertEquals(LocalDate.of(2022, 2, 3), fromMid.get(1).day());
        assertEquals("Washington", fromMid.get(1).place().name());
        assertEquals(List.of("ARM"), fromMid.get(1).sources().stream().map(a -> a.code()).toList());
        assertEquals(3, store.upcomingMeetings(LocalDate.of(2022, 1, 8)).size());
        assertEquals(0, store.upcomingMeetings(LocalDate.of(2022, 3, 1)).size());
    }

    @Test
    void badDocumentsAreReportedAndTheBatchGoesOn() {
        Extraction blank = new Extraction(Fixtures.article(" ", null, null, "Some text."), List.of(), List.of(),
                List.of(), List.of(), List.of());
        IngestReport r = store.ingest(List.of(blank, Fixtures.signing()));
        assertEquals(1, r.failed());
        assertEquals(StoreError.DOCUMENT_INVALID, r.outcomes().get(0).error());
        assertEquals(1, r.newDocuments());
        Extraction nul = new Extraction(Fixtures.article("nul", null, null, "A\u0000B talks."), List.of(), List.of(),
                List.of(), List.of(), List.of());
        assertEquals(1, store.ingest(List.of(nul)).newDocuments(), "NUL characters are stored, not refused");
    }

    @Test
    void exportsGdeltCsvAndPolecat() throws Exception {
        store.ingest(Fixtures.all());
        String[] gdelt = export(ExportFormat.GDELT, EventQuery.all()).split("\n");
        assertEquals(5, gdelt.length);
        List<String> header = List.of(gdelt[0].split("\t"));
        assertEquals("GlobalEventID", header.get(0));
        String[] row = gdelt[1].split("\t", -1);
        assertEquals(header.size(), row.length);
        assertEquals(GENEVA_ID, row[header.indexOf("GlobalEventID")]);
        assertEquals("20220110", row[header.indexOf("Day")]);
        assertEquals("USA", row[header.indexOf("Actor1Code")]);
        assertEquals("RUSGOV", row[header.indexOf("Actor2Code")]);
        assertEquals("RUS", row[header.indexOf("Actor2CountryCode")]);
        assertEquals("040", row[header.indexOf("EventCode")]);
        assertEquals("04", row[header.indexOf("EventRootCode")]);
        assertEquals("4", row[header.indexOf("NumMentions")]);
        assertEquals("2", row[header.indexOf("NumSources")]);
        assertEquals("3", row[header.indexOf("NumArticles")]);
        assertEquals("Geneva", row[header.indexOf("ActionGeo_FullName")]);
        assertEquals(46.2022, Double.parseDouble(row[header.indexOf("ActionGeo_Lat")]), 1e-9);
        assertEquals("https://www.reuters.com/world/talks", row[header.indexOf("SOURCEURL")]);

        String[] csv = export(ExportFormat.CSV, EventQuery.all().withType("CONSULT")).split("\r\n");
        assertEquals(3, csv.length);
        assertTrue(csv[0].startsWith("id,day,date_value,type"));
        assertTrue(csv[1].startsWith(GENEVA_ID + ",2022-01-10,2022-01-10,CONSULT,"), csv[1]);

        String[] polecat = export(ExportFormat.POLECAT, EventQuery.all()).strip().split("\n");
        assertEquals(4, polecat.length);
        JsonNode first = new ObjectMapper().readTree(polecat[0]);
        assertEquals(GENEVA_ID, first.get("event_id").asText());
        assertEquals("CONSULT", first.get("event_type").asText());
        assertEquals("United States", first.get("actor_name").asText());
        assertEquals("RUS", first.get("recipient_country").asText());
        assertEquals(4, first.get("num_mentions").asInt());
        assertEquals(2660646, first.get("geonames_id").asLong());
    }

    @Test
    void exportsParquetThatDuckDbReadsBack(@TempDir Path tmp) throws Exception {
        store.ingest(Fixtures.all());
        Path file = tmp.resolve("out/events.parquet");
        assertEquals(4, Exporter.export(store, EventQuery.all(), ExportFormat.PARQUET, file, null));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), sum(num_mentions), max(day), "
                     + "max(CASE WHEN id = '" + GENEVA_ID + "' THEN num_sources END) FROM read_parquet('"
                     + file + "')")) {
            assertTrue(rs.next());
            assertEquals(4, rs.getLong(1));
            assertEquals(7, rs.getLong(2));
            assertEquals(LocalDate.of(2022, 2, 3), rs.getDate(3).toLocalDate());
            assertEquals(2, rs.getInt(4));
        }
        StoreException noFile = assertThrows(StoreException.class,
                () -> Exporter.export(store, EventQuery.all(), ExportFormat.PARQUET, null, new ByteArrayOutputStream()));
        assertEquals(StoreError.EXPORT_FAILED, noFile.code());
    }

    @Test
    void exportsScheduledMeetingsAsICalendar() throws Exception {
        store.ingest(Fixtures.all());
        String ics = export(ExportFormat.ICS, EventQuery.all().withFrom(LocalDate.of(2022, 1, 8)));
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = cal.getComponents(Component.VEVENT);
        assertEquals(3, events.size());
        VEvent geneva = events.get(0);
        assertEquals(GENEVA_ID + "@tacitus", geneva.getUid().orElseThrow().getValue());
        assertEquals("20220110", geneva.getProperty(Property.DTSTART).orElseThrow().getValue());
        assertEquals("20220111", geneva.getProperty(Property.DTEND).orElseThrow().getValue());
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20220110"), "all-day");
        assertEquals("CONSULT: United States – Russia", geneva.getProperty(Property.SUMMARY).orElseThrow()
                .getValue());
        assertEquals("Geneva, CHE", geneva.getProperty(Property.LOCATION).orElseThrow().getValue());
        assertEquals("AGREE: Armenia – Azerbaijan", events.get(2).getProperty(Property.SUMMARY).orElseThrow()
                .getValue());
        String again = export(ExportFormat.ICS, EventQuery.all().withFrom(LocalDate.of(2022, 1, 8)));
        assertEquals(uids(ics), uids(again), "UIDs are stable");
        String none = export(ExportFormat.ICS, EventQuery.all().withFrom(LocalDate.of(2030, 1, 1)));
        assertEquals(0, new CalendarBuilder().build(new StringReader(none)).getComponents(Component.VEVENT).size());
    }

    private static List<String> uids(String ics) {
        return ics.lines().filter(l -> l.startsWith("UID:")).toList();
    }

    private String export(ExportFormat format, EventQuery q) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Exporter.export(store, q, format, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void seededRandomReportsKeepTheCountsTrue() throws Exception {
        for (long seed : new long[] {1, 2}) {
            List<Extraction> docs = RandomExtractions.make(seed, 15);
            store.ingest(docs);
            long mentions = docs.stream().flatMap(x -> x.events().stream()).mapToLong(e -> e.mentions().size()).sum();
            Page<EventCluster> all = store.events(EventQuery.all().withPage(0, EventStore.MAX_PAGE_SIZE));
            assertEquals(mentions, all.items().stream().mapToLong(EventCluster::numMentions).sum(), "seed " + seed);
            assertEquals(mentions, store.stats(EventQuery.all()).mentions());
            for (EventCluster c : all.items()) {
                EventDetail d = store.event(c.id()).orElseThrow();
                assertEquals(c.numMentions(), d.mentions().size(), c.id());
                assertEquals(c.numArticles(), d.mentions().stream().map(m -> m.document().key()).distinct().count(),
                        c.id());
                assertEquals(c.numSources(), d.mentions().stream().map(m -> m.document().publisher()).distinct()
                        .count(), c.id());
                assertTrue(d.mentions().stream().allMatch(m -> m.document().articleId().startsWith("doc-")));
            }
            assertEquals(0, store.ingest(docs).newDocuments(), "idempotent");
            Set<String> ids = all.items().stream().map(c -> c.id() + "/" + c.numMentions() + "/" + c.numSources())
                    .collect(Collectors.toSet());
            store.close();
            store = openFresh();
            store.ingest(docs);
            assertEquals(ids, store.events(EventQuery.all().withPage(0, EventStore.MAX_PAGE_SIZE)).items().stream()
                    .map(c -> c.id() + "/" + c.numMentions() + "/" + c.numSources()).collect(Collectors.toSet()),
                    "the same documents in the same order give the same clusters");
            store.close();
            store = openFresh();
        }
    }

    @Test
    void readersRunWhileAWriterIngests() throws Exception {
        List<Extraction> docs = RandomExtractions.make(9, 12);
        java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic
                .AtomicReference<>();
        Thread reader = new Thread(() -> {
            try {
                for (int i = 0; i < 20; i++) {
                    store.events(EventQuery.all().withType("CONSULT"));
                    store.search("sentence", EventQuery.all());
                    store.stats(EventQuery.all());
                }
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        reader.start();
        for (Extraction x : docs) {
            store.ingest(List.of(x));
        }
        reader.join();
        if (failure.get() != null) {
            throw new AssertionError("a reader failed", failure.get());
        }
        assertEquals(12, store.documentCount());
    }
}

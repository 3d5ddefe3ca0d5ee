package org.tacitus.server.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import org.tacitus.model.Actor;
import org.tacitus.model.Article;
import org.tacitus.model.Event;
import org.tacitus.model.EventDate;
import org.tacitus.model.EventMention;
import org.tacitus.model.Extraction;
import org.tacitus.model.Participant;
import org.tacitus.model.Place;
import org.tacitus.model.PlaceMention;
import org.tacitus.model.SourceFormat;
import org.tacitus.model.TextSpan;
import org.tacitus.server.ServerConfig;
import org.tacitus.server.TacitusServer;
import org.tacitus.store.EventQuery;
import org.tacitus.store.EventStore;
import org.tacitus.store.EventStores;
import org.tacitus.store.IngestReport;

/**
 * The load benchmark's fixture and server (a tool, not a test): fills a DuckDB store with synthetic articles —
 * {@code DOCS} documents of {@code PER_DOC} events each, seeded, spread over 2020–2024, 40 countries and 40 cities
 * — through the store's own ingest, then serves it on {@code PORT} until killed. Load it with wrk (see
 * {@code tacitus-server/bench/events.lua} and docs/server.md):
 *
 * <pre>
 * mvn -q -B test-compile -pl tacitus-server -am -Dtacitus.npm.skip=true
 * mvn -q -B exec:java -pl tacitus-server -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.tacitus.server.bench.EventsLoad -Dexec.args="/tmp/load.duckdb 10000 10 18090 --bulk 0"
 * wrk -t2 -c16 -d30s --latency -s tacitus-server/bench/events.lua http://127.0.0.1:18090
 * </pre>
 *
 * The store's ingest writes one document per transaction, row by row, and takes hours for 100,000 events on two
 * cores; with {@code --bulk} as fifth argument the events and their actors are written straight into the store's
 * tables by one SQL statement each ({@link BulkFill}), which is what the events endpoint reads, in the order of
 * their days (as a store fed the news as it comes holds them); {@code --bulk-shuffled} writes them in an order
 * unrelated to their days, the worst case for a date window. A store that already holds events is served as it is.
 * A sixth argument sets the response cache's size (0: every request reaches the store).
 */
public final class EventsLoad {

    static final String[] COUNTRIES = {"USA", "RUS", "CHN", "UKR", "FRA", "DEU", "GBR", "TUR", "IRN", "ISR", "PSE",
        "SYR", "IRQ", "SAU", "EGY", "IND", "PAK", "AFG", "JPN", "KOR", "PRK", "TWN", "BRA", "MEX", "VEN", "COL", "NGA",
        "ETH", "SDN", "SSD", "MLI", "NER", "BFA", "ZAF", "KEN", "POL", "BLR", "ARM", "AZE", "GEO"};
    static final String[] TYPES = {"CONSULT", "AGREE", "ACCUSE", "THREATEN", "ASSAULT", "PROTEST", "AID", "DEMAND",
        "REJECT", "SANCTION", "MOBILIZE", "COERCE", "REQUEST", "SUPPORT", "COOPERATE", "RETREAT"};
    static final String[] CAMEO = {"043", "057", "112", "138", "190", "140", "070", "100", "120", "163", "150", "170",
        "020", "050", "060", "080"};
    static final Place[] PLACES = new Place[COUNTRIES.length];

    static {
        Random r = new Random(7);
        for (int i = 0; i < PLACES.length; i++) {
            PLACES[i] = new Place("City" + i, COUNTRIES[i], -60 + r.nextDouble() * 120, -170 + r.nextDouble() * 340,
                    null);
        }
    }

    private EventsLoad() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args.length > 0 ? args[0] : "/tmp/tacitus-load.duckdb");
        int docs = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int perDoc = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int port = args.length > 3 ? Integer.parseInt(args[3]) : 18090;
        boolean bulk = args.length > 4 && args[4].startsWith("--bulk");
        boolean shuffled = args.length > 4 && args[4].equals("--bulk-shuffled");
        int cache = args.length > 5 ? Integer.parseInt(args[5]) : ServerConfig.DEFAULT_CACHE_ENTRIES;
        EventStore store = EventStores.duckDbForServing(db);
        if (store.documentCount() == 0 && store.stats(EventQuery.all()).events() == 0) {
            long t0 = System.nanoTime();
            if (bulk) {
                store.close();
                BulkFill.events(db, (long) docs * perDoc, !shuffled);
                store = EventStores.duckDbForServing(db);
            } else {
                ingest(store, docs, perDoc);
            }
            System.err.printf("filled in %.0f s%n", (System.nanoTime() - t0) / 1e9);
        }
        System.err.println("store: " + store.documentCount() + " documents, " + store.stats(
                EventQuery.all()).events() + " events");
        TacitusServer server = TacitusServer.start(store, r -> {
            throw new UnsupportedOperationException("the load server does not ingest");
        }, ServerConfig.local(port).withCacheEntries(cache));
        System.out.println("serving " + server.url() + " (response cache: " + cache + " entries)");
        new CountDownLatch(1).await();
    }

    /** Through the store's own ingest, 200 documents a call. */
    static void ingest(EventStore store, int docs, int perDoc) {
        Random random = new Random(42);
        long t0 = System.nanoTime();
        IngestReport total = IngestReport.empty();
        List<Extraction> batch = new ArrayList<>();
        for (int d = 0; d < docs; d++) {
            batch.add(document(d, perDoc, random));
            if (batch.size() == 200 || d == docs - 1) {
                IngestReport r = store.ingest(batch);
                total = new IngestReport(total.newDocuments() + r.newDocuments(), 0, total.failed() + r.failed(),
                        total.events() + r.events(), total.newClusters() + r.newClusters(), List.of());
                batch.clear();
                System.err.printf("ingested %d/%d documents, %d events, %d clusters (%.0f s)%n", d + 1, docs,
                        total.events(), total.newClusters(), (System.nanoTime() - t0) / 1e9);
            }
        }
    }

    /** One synthetic article: {@code n} sentences "A met B in CityK on YYYY-MM-DD.", one event each. */
    static Extraction document(int d, int n, Random random) {
        StringBuilder text = new StringBuilder();
        record Planned(String type, String cameo, int a, int b, int place, LocalDate day, int start) {
        }
        List<Planned> planned = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int t = random.nextInt(TYPES.length);
            int a = random.nextInt(COUNTRIES.length);
            int b = (a + 1 + random.nextInt(COUNTRIES.length - 1)) % COUNTRIES.length;
            int place = random.nextBoolean() ? a : b;
            LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(5 * 365));
            planned.add(new Planned(TYPES[t], CAMEO[t], a, b, place, day, text.length()));
            text.append(COUNTRIES[a]).append(" did ").append(TYPES[t].toLowerCase()).append(" with ")
                    .append(COUNTRIES[b]).append(" in ").append(PLACES[place].name()).append(" on ").append(day)
                    .append(". ");
        }
        String t = text.toString();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            Planned p = planned.get(i);
            int end = t.indexOf(". ", p.start) + 1;
            TextSpan sentence = new TextSpan(p.start, end, t.substring(p.start, end));
            Participant src = new Participant(at(t, COUNTRIES[p.a], p.start), actor(p.a));
            Participant tgt = new Participant(at(t, COUNTRIES[p.b], src.span().end()), actor(p.b));
            TextSpan trigger = at(t, "did " + p.type.toLowerCase(), p.start);
            TextSpan date = at(t, p.day.toString(), p.start);
            PlaceMention place = new PlaceMention(at(t, PLACES[p.place].name(), p.start), PLACES[p.place]);
            events.add(new Event("e" + (i + 1), p.type, null, p.cameo, List.of(src), List.of(tgt),
                    new EventDate(p.day.toString(), EventDate.Basis.TIMEX, EventDate.Relation.BEFORE, date), place,
                    List.of(), null, List.of(new EventMention(i, sentence, trigger, List.of(src), List.of(tgt)))));
        }
        LocalDate published = planned.get(planned.size() - 1).day;
        Article article = new Article("load-" + d, t, t, "Synthetic article " + d,
                "https://source" + (d % 50) + ".example.org/" + d, published, List.of(), "load", SourceFormat.TEXT,
                List.of());
        return new Extraction(article, List.of(), List.of(), events, List.of(), List.of());
    }

    private static Actor actor(int i) {
        return new Actor(COUNTRIES[i], COUNTRIES[i], null, "Country " + COUNTRIES[i]);
    }

    private static TextSpan at(String text, String words, int from) {
        int i = text.indexOf(words, from);
        return new TextSpan(i, i + words.length(), words);
    }
}

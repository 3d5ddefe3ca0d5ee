package org.tacitus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.ingest.Inputs;
import org.tacitus.model.Event;
import org.tacitus.model.Extraction;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.store.dedup.ClusterKey;

/**
 * The Spark job in {@code local[2]} on the bundled samples (JSON Lines and WARC) and a file with a malformed line:
 * its documents, quotes and events equal what {@code ExtractionPipeline} gives directly (what {@code tacitus extract}
 * prints), and unreadable lines become error rows. (The event stage yields no events yet on this branch, so the
 * events here are compared as they come; {@link ClusterDedupTest} checks event rows and clusters on fixtures.)
 */
class SparkExtractionTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static SparkExtraction.Summary summary;
    private static List<String> inputs;

    @BeforeAll
    static void run() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(SAMPLES.resolve("briefs.jsonl"), in.resolve("briefs.jsonl"));
        Files.copy(SAMPLES.resolve("newswire.warc"), in.resolve("newswire.warc"));
        Files.writeString(in.resolve("bad.jsonl"), """
                {"id": "ok-1", "published": "2024-03-01", "text": "Russia and Ukraine agreed on Friday to exchange prisoners, officials in Kyiv said."}
                {"id": "broken", "text": 
                """, StandardCharsets.UTF_8);
        inputs = List.of(in.toString());
        spark = SparkSession.builder().master("local[2]").appName("tacitus-test")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        summary = SparkExtraction.run(spark, new SparkExtraction.Options(inputs,
                dir.resolve("out").toUri().toString(), 3, null));
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static List<Row> table(String name) {
        StructType schema = switch (name) {
            case "documents" -> TableSchemas.DOCUMENTS;
            case "events" -> TableSchemas.EVENTS.add("cluster_id", DataTypes.StringType);
            case "mentions" -> TableSchemas.MENTIONS.add("event_id", DataTypes.StringType);
            case "quotes" -> TableSchemas.QUOTES;
            default -> TableSchemas.ERRORS;
        };
        return spark.read().schema(schema).parquet(dir.resolve("out").resolve(name).toString()).collectAsList();
    }

    private static List<Extraction> direct;

    /** What the pipeline gives directly, as {@code tacitus extract} runs it. */
    private static synchronized List<Extraction> direct() {
        if (direct != null) {
            return direct;
        }
        List<Extraction> out = new ArrayList<>();
        direct = out;
        new Inputs().read(inputs, null).map(r -> ExecutorPipeline.get().process(r)).forEach(r -> {
            if (r instanceof DocumentResult.Extracted e) {
                out.add(e.extraction());
            }
        });
        return out;
    }

    private static String eventLine(String article, String localId, String type, String cameo, String sources,
                                    String targets, String date, String place) {
        return String.join("|", article, localId, type, cameo, sources, targets, String.valueOf(date),
                String.valueOf(place));
    }

    @Test
    void eventsEqualTheDirectPipelines() {
        Set<String> expected = new TreeSet<>();
        for (Extraction x : direct()) {
            for (Event e : x.events()) {
                ClusterKey k = ClusterKey.of(e);
                expected.add(eventLine(x.article().id(), e.id(), e.type(), e.cameo(), ClusterKey.joined(k.sources()),
                        ClusterKey.joined(k.targets()), e.date() == null ? null : e.date().value(), k.placeName()));
            }
        }
        Set<String> actual = table("events").stream().map(r -> eventLine(r.getAs("article_id"), r.getAs("local_id"),
                r.getAs("type"), r.getAs("cameo"), r.getAs("source_codes"), r.getAs("target_codes"),
                r.getAs("date_value"), r.getAs("place_name"))).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, actual);
    }

    @Test
    void quotesEqualTheDirectPipelines() {
        Set<String> expected = new TreeSet<>();
        for (Extraction x : direct()) {
            for (var q : x.quotes()) {
                expected.add(String.join("|", x.article().id(), "" + q.content().start(), "" + q.content().end(),
                        "" + q.direct(), q.speaker() == null ? "" : String.valueOf(q.speaker().name())));
            }
        }
        java.util.Map<String, String> article = new java.util.HashMap<>();
        table("documents").forEach(r -> article.put(r.getAs("key"), r.getAs("article_id")));
        Set<String> actual = table("quotes").stream().map(r -> String.join("|", article.get(r.<String>getAs(
                "document_key")), "" + r.getAs("start_pos"), "" + r.getAs("end_pos"), "" + r.getAs("direct"),
                r.getAs("speaker_start") == null ? "" : String.valueOf(r.<String>getAs("speaker_name"))))
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(expected.isEmpty(), "the samples have quotes");
        assertEquals(expected, actual);
    }

    @Test
    void documentsQuotesAndErrorsAreAllThere() {
        List<Extraction> direct = direct();
        Set<String> ids = table("documents").stream().map(r -> r.<String>getAs("article_id"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(direct.stream().map(x -> x.article().id()).collect(Collectors.toCollection(TreeSet::new)), ids);
        assertEquals(direct.stream().mapToLong(x -> x.quotes().size()).sum(), table("quotes").size());
        assertEquals(direct.size(), summary.documents());
        List<Row> errors = table("errors");
        assertEquals(1, errors.size());
        assertEquals("JSONL_MALFORMED", errors.get(0).getAs("code"));
        assertEquals("bad:2", errors.get(0).getAs("id"));
        for (Row m : table("mentions")) {
            assertNotNull(m.getAs("event_id"), "every mention names its cluster");
        }
    }
}

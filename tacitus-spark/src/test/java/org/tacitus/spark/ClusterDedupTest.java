package org.tacitus.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.model.Extraction;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.store.EventStore;
import org.tacitus.store.EventStores;
import org.tacitus.store.Fixtures;
import org.tacitus.store.RandomExtractions;
import org.tacitus.store.jdbc.ParquetLoad;

/**
 * The job's tables and cross-article dedup on extractions with events (the store's fixtures and seeded random
 * reports, crowded into few types, actors, days and places): every report gets the cluster the store gives it
 * when the same documents are ingested in the job's order, and each cluster's counts are the store's.
 */
class ClusterDedupTest {

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static final List<Extraction> DOCUMENTS = new ArrayList<>();
    private static SparkExtraction.Summary summary;

    @BeforeAll
    static void run() {
        DOCUMENTS.addAll(Fixtures.all());
        DOCUMENTS.addAll(RandomExtractions.make(8, 80));
        spark = SparkSession.builder().master("local[2]").appName("tacitus-dedup-test")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        List<StoreRows> rows = new ArrayList<>();
        for (Extraction x : DOCUMENTS) {
            rows.add(StoreRows.of(new DocumentResult.Extracted(x), "fixture"));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        summary = SparkExtraction.write(spark, jsc.parallelize(rows, 3), List.of(),
                dir.resolve("out").toUri().toString().replaceFirst("/+$", ""), System.nanoTime());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static List<Row> table(String name, StructType schema) {
        return spark.read().schema(schema).parquet(dir.resolve("out").resolve(name).toString()).collectAsList();
    }

    /** The same documents through the store, in the job's order: publication date (undated last), article id. */
    private static Path store() {
        List<Extraction> ordered = new ArrayList<>(DOCUMENTS);
        ordered.sort(Comparator.comparing((Extraction x) -> x.article().published() == null ? LocalDate.MAX
                : x.article().published()).thenComparing(x -> x.article().id()));
        Path db = dir.resolve("store-" + System.nanoTime() + ".duckdb");
        try (EventStore store = EventStores.duckDb(db)) {
            store.ingest(ordered);
        }
        return db;
    }

    private static Map<String, String> query(Path db, String sql) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    @Test
    void everyReportJoinsTheStoresCluster() throws SQLException {
        Path db = store();
        Map<String, String> expected = query(db, "SELECT id, event_id FROM event_reports");
        Map<String, String> actual = new HashMap<>();
        for (Row r : table("events", TableSchemas.EVENTS.add("cluster_id", DataTypes.StringType))) {
            actual.put(r.getAs("id"), r.getAs("cluster_id"));
        }
        assertTrue(expected.size() > 100, "enough reports to crowd clusters: " + expected.size());
        assertTrue(Map.copyOf(expected).values().stream().distinct().count() < expected.size(),
                "some reports share a cluster");
        assertEquals(expected, actual);
    }

    @Test
    void clusterColumnsAreTheStores() throws SQLException {
        Path db = store();
        Map<String, String> expected = query(db, "SELECT id, concat_ws('|', type, source_codes, target_codes, "
                + "coalesce(date_value, ''), coalesce(place_name, ''), num_mentions, num_sources, num_articles, "
                + "factual) FROM events");
        Map<String, String> actual = new HashMap<>();
        for (Row r : spark.read().parquet(dir.resolve("out").resolve("clusters").toString()).collectAsList()) {
            actual.put(r.getAs("id"), String.join("|", r.<String>getAs("type"), r.getAs("source_codes"),
                    r.getAs("target_codes"), r.getAs("date_value") == null ? "" : r.getAs("date_value"),
                    r.getAs("place_name") == null ? "" : r.getAs("place_name"), "" + r.getAs("num_mentions"),
                    "" + r.getAs("num_sources"), "" + r.getAs("num_articles"), "" + r.getAs("factual")));
        }
        assertEquals(expected, actual);
        assertEquals(expected.size(), summary.clusters());
    }

    /** What {@code tacitus load-parquet} makes of the run equals the store's own ingest of the same documents. */
    @Test
    void loadedIntoDuckDbTheRunIsTheStores() throws SQLException {
        Path ingested = store();
        Path loaded = dir.resolve("loaded-" + System.nanoTime() + ".duckdb");
        ParquetLoad.Result r = ParquetLoad.load(loaded, dir.resolve("out"));
        assertEquals(DOCUMENTS.size(), r.documents());
        for (String sql : List.of(
                "SELECT id, concat_ws('|', type, source_codes, target_codes, coalesce(date_value, ''), "
                        + "coalesce(place_name, ''), country, actor_text, num_mentions, num_sources, num_articles, "
                        + "factual, source_url) FROM events",
                "SELECT event_id || side || actor_key, concat_ws('|', code, country, sector, name) FROM event_actors",
                "SELECT id, event_id FROM event_reports",
                "SELECT report_id || ':' || mention_index, event_id || sentence_text FROM event_mentions",
                "SELECT report_id || mention_index || side || position, text || code FROM participants",
                "SELECT document_key || ':' || position, text FROM quotes",
                "SELECT key, concat_ws('|', article_id, publisher, published, url) FROM documents")) {
            assertEquals(query(ingested, sql), query(loaded, sql), sql);
        }
        ParquetLoad.Result again = ParquetLoad.load(loaded, dir.resolve("out"));
        assertEquals(0, again.documents(), "loading twice adds nothing");
        assertEquals(DOCUMENTS.size(), again.skipped());
    }

    @Test
    void mentionsNameTheirCluster() {
        List<Row> mentions = table("mentions", TableSchemas.MENTIONS.add("event_id", DataTypes.StringType));
        assertEquals(summary.events() > 0, !mentions.isEmpty());
        for (Row m : mentions) {
            assertTrue(m.getAs("event_id") != null, "mention " + m.getAs("report_id") + " has its cluster");
        }
    }
}

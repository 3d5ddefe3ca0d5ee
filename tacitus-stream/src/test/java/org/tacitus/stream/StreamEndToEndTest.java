package org.tacitus.stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.ingest.InputDocument;
import org.tacitus.ingest.JsonlReader;
import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.output.ExtractionWriter;
import org.tacitus.output.OutputFormat;
import org.tacitus.pipeline.ExtractionPipeline;
import org.tacitus.pipeline.PipelineConfig;
import org.tacitus.store.EventStore;
import org.tacitus.store.EventStores;
import picocli.CommandLine;

/**
 * {@code tacitus stream} in this JVM against a real broker: five articles and three malformed messages in, in
 * batches of three. The store holds the five documents, the dead-letter topic the three bad messages with their
 * codes and positions, the out-topic every stored event as {@code tacitus extract} writes it, and the group's
 * offset is past the last message.
 */
class StreamEndToEndTest {

    private static final String TOPIC = "articles";
    private static final byte[] BINARY = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};

    @TempDir
    static Path dir;
    private static KafkaBroker broker;
    private static List<String> articles;
    private static List<Map.Entry<byte[], byte[]>> sent;
    private static int exit;
    private static String summary;

    @BeforeAll
    static void stream() throws Exception {
        broker = KafkaBroker.startOrSkip();
        broker.createTopics(TOPIC, TOPIC + ".dlq", "events");
        articles = TestArticles.lines().subList(0, 5);
        sent = List.of(
                TestArticles.keyed(articles.get(0)),
                TestArticles.message("bad-json", "{\"id\": \"broken\", \"text\": ".getBytes(StandardCharsets.UTF_8)),
                TestArticles.keyed(articles.get(1)),
                TestArticles.keyed(articles.get(2)),
                TestArticles.message(null, "{\"id\": \"no-text\", \"body\": \"…\"}".getBytes(StandardCharsets.UTF_8)),
                TestArticles.keyed(articles.get(3)),
                TestArticles.message("gz", BINARY),
                TestArticles.keyed(articles.get(4)));
        broker.send(TOPIC, sent);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            exit = new CommandLine(new StreamCommand()).execute("--bootstrap", broker.bootstrap(), "--topic", TOPIC,
                    "--out-topic", "events", "--group", "e2e", "--db", dir.resolve("store.duckdb").toString(),
                    "--batch-size", "3", "--max-messages", "8", "--idle-exit", "60", "--verbose");
        } finally {
            System.setOut(stdout);
        }
        summary = out.toString(StandardCharsets.UTF_8);
        System.out.print(summary);
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void theStoreHoldsTheFiveArticles() throws Exception {
        assertEquals(0, exit);
        assertTrue(summary.startsWith("messages: 8 (5 stored, 0 already stored, 3 dead-lettered to articles.dlq)"),
                summary);
        try (EventStore store = EventStores.duckDb(dir.resolve("store.duckdb"))) {
            assertEquals(5, store.documentCount());
        }
        assertEquals(5, TestArticles.count(dir.resolve("store.duckdb"),
                "SELECT count(DISTINCT article_id) FROM documents WHERE article_id LIKE 'stream-0%'"));
    }

    @Test
    void badMessagesAreDeadLetteredWithTheirCodesAndTheStreamGoesOn() {
        List<ConsumerRecord<byte[], byte[]>> dead = broker.readAll(TOPIC + ".dlq");
        assertEquals(List.of("JSONL_MALFORMED", "JSONL_MISSING_TEXT", "BINARY_INPUT"),
                dead.stream().map(r -> header(r, OutgoingRecords.ERROR_CODE)).toList());
        assertEquals(List.of("1", "4", "6"), dead.stream().map(r -> header(r, OutgoingRecords.SOURCE_OFFSET)).toList());
        assertEquals(List.of("bad-json", "no-text", "gz"),
                dead.stream().map(r -> header(r, OutgoingRecords.ARTICLE_ID)).toList());
        int[] original = {1, 4, 6};
        for (int i = 0; i < dead.size(); i++) {
            assertArrayEquals(sent.get(original[i]).getKey(), dead.get(i).key());
            assertArrayEquals(sent.get(original[i]).getValue(), dead.get(i).value());
            assertEquals(TOPIC, header(dead.get(i), OutgoingRecords.SOURCE_TOPIC));
            assertEquals("0", header(dead.get(i), OutgoingRecords.SOURCE_PARTITION));
        }
        assertEquals("articles/0@4: no string field \"text\"", header(dead.get(1), OutgoingRecords.ERROR_MESSAGE));
    }

    @Test
    void everyStoredEventIsOnTheOutTopicAsExtractWritesIt() throws Exception {
        List<ConsumerRecord<byte[], byte[]>> events = broker.readAll("events");
        long stored = TestArticles.count(dir.resolve("store.duckdb"), "SELECT count(*) FROM event_reports");
        assertTrue(stored > 0, "the articles report events");
        assertEquals(stored, events.size());
        assertTrue(summary.contains("events: " + stored + " stored, " + stored + " produced to events"), summary);
        // Each article's events, in order, equal the "events" of tacitus extract's output for that article.
        ExtractionPipeline pipeline = new ExtractionPipeline(PipelineConfig.defaults(), CoreNlpAnalyzer.shared());
        for (String line : articles) {
            String id = TestArticles.id(line);
            List<JsonNode> produced = new ArrayList<>();
            for (ConsumerRecord<byte[], byte[]> r : events) {
                JsonNode message = TestArticles.json(r.value());
                if (id.equals(new String(r.key(), StandardCharsets.UTF_8))) {
                    assertEquals(id, message.get("article").get("id").asText());
                    assertEquals(ExtractionWriter.SCHEMA_VERSION, message.get("schema").asText());
                    produced.add(message.get("event"));
                }
            }
            ByteArrayOutputStream extracted = new ByteArrayOutputStream();
            try (ExtractionWriter w = new ExtractionWriter(extracted, OutputFormat.JSONL, false)) {
                w.write(pipeline.process(new JsonlReader().readLine(
                        new InputDocument("t", "t.jsonl", "t.jsonl", new byte[0], null), 1, line, null)));
            }
            JsonNode expected = TestArticles.json(extracted.toByteArray()).get("events");
            assertEquals(StreamSupport.stream(expected.spliterator(), false).toList(), produced, id);
        }
    }

    @Test
    void theGroupsOffsetIsPastTheLastMessage() throws Exception {
        try (Admin admin = broker.admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets("e2e")
                    .partitionsToOffsetAndMetadata().get();
            assertEquals(8, offsets.get(new TopicPartition(TOPIC, 0)).offset());
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}

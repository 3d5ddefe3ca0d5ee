package org.tacitus.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test: the stream runs in a child JVM and is killed (SIGKILL) right after it stored a document of a
 * batch it has not committed; a second run takes over, and is stopped by SIGTERM in its last batch, which it
 * finishes and commits. Afterwards the store holds every article once, the out-topic every event once, the group's
 * offset is past the last message, and the second run met the stored-but-uncommitted documents again and
 * recognised them. Prints the counts (sent, stored, duplicated, lost).
 */
class StreamCrashTest {

    private static final String TOPIC = "crash";
    private static final Pattern STORED = Pattern.compile("^tacitus: crash/0@(\\d+) (\\S+): stored");
    private static final Pattern COMMITTED = Pattern.compile("^tacitus: committed (\\d+) messages through");
    private static final Pattern SUMMARY = Pattern.compile(
            "messages: (\\d+) \\((\\d+) stored, (\\d+) already stored, (\\d+) dead-lettered");

    @TempDir
    static Path dir;
    private static KafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KafkaBroker.startOrSkip();
        broker.createTopics(TOPIC, TOPIC + ".dlq", TOPIC + ".events");
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aConsumerKilledMidBatchLosesNothingAndStoresNothingTwiceAndSigtermCommitsTheBatchInHand() throws Exception {
        List<String> articles = TestArticles.lines();
        broker.send(TOPIC, articles.stream().map(TestArticles::keyed).toList());
        Path db = dir.resolve("crash.duckdb");
        List<String> args = new ArrayList<>(List.of("--bootstrap", broker.bootstrap(), "--topic", TOPIC,
                "--out-topic", TOPIC + ".events", "--group", "crash", "--db", db.toString(), "--batch-size", "4",
                "--verbose",
                // a killed member holds its partition until its session expires: keep that short
                "--property", "session.timeout.ms=6000", "--property", "heartbeat.interval.ms=1000"));

        // Run 1, killed after storing the first document past a commit: stored, not committed.
        int committed = 0;
        int storedBeforeKill = 0;
        try (ChildStream first = ChildStream.start("run-1", args, dir)) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (true) {
                String line = first.nextLine(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertNotNull(line, "run 1 ended or stalled before it could be killed mid-batch");
                Matcher c = COMMITTED.matcher(line);
                if (c.find()) {
                    committed += Integer.parseInt(c.group(1));
                } else if (STORED.matcher(line).find()) {
                    storedBeforeKill++;
                    if (committed > 0) {
                        first.kill();
                        break;
                    }
                }
            }
        }
        assertTrue(storedBeforeKill > committed, "the kill left stored documents uncommitted");
        // What the killed process left is durable: every document it reported stored is in the store.
        assertEquals(storedBeforeKill, TestArticles.count(db, "SELECT count(*) FROM documents"));

        // Run 2 resumes from the committed offset; stopped by SIGTERM in its last batch, it finishes and commits it.
        String last = "crash/0@" + (articles.size() - 1);
        boolean stopping = false;
        boolean committedAll = false;
        int status;
        String stdout;
        try (ChildStream second = ChildStream.start("run-2", args, dir)) {
            for (String line = second.nextLine(5, TimeUnit.MINUTES); line != null;
                 line = second.nextLine(5, TimeUnit.MINUTES)) {
                Matcher m = STORED.matcher(line);
                if (!stopping && m.find() && Integer.parseInt(m.group(1)) == articles.size() - 2) {
                    second.terminate();
                    stopping = true;
                }
                committedAll |= line.endsWith("messages through " + last);
            }
            status = second.await(1);
            stdout = second.stdout();
        }
        assertTrue(stopping, "run 2 was stopped in its last batch");
        assertTrue(committedAll, "the batch in hand at SIGTERM was committed");
        assertEquals(143, status, "run 2's exit status: 128 + SIGTERM");
        Matcher summary = SUMMARY.matcher(stdout);
        assertTrue(summary.find(), stdout);
        int redelivered = Integer.parseInt(summary.group(3));
        assertEquals(articles.size() - committed, Integer.parseInt(summary.group(1)));
        assertEquals(storedBeforeKill - committed, redelivered, "the stored, uncommitted documents came again");
        try (Admin admin = broker.admin()) {
            assertEquals(articles.size(), admin.listConsumerGroupOffsets("crash").partitionsToOffsetAndMetadata()
                    .get().get(new TopicPartition(TOPIC, 0)).offset());
        }

        long sent = articles.size();
        long distinct = TestArticles.count(db, "SELECT count(DISTINCT article_id) FROM documents");
        long rows = TestArticles.count(db, "SELECT count(*) FROM documents");
        long reports = TestArticles.count(db, "SELECT count(*) FROM event_reports");
        List<ConsumerRecord<byte[], byte[]>> events = broker.readAll(TOPIC + ".events");
        Set<String> distinctEvents = new HashSet<>();
        for (ConsumerRecord<byte[], byte[]> e : events) {
            distinctEvents.add(new String(e.key(), StandardCharsets.UTF_8) + "#"
                    + TestArticles.json(e.value()).get("event").get("id").asText());
        }
        long duplicated = rows - distinct;
        long lost = sent - distinct;
        System.out.printf("kill-and-restart: sent %d, stored %d, duplicated %d, lost %d "
                        + "(run 1 stored %d and committed %d before the kill; run 2 met %d of them again and added "
                        + "nothing); out-topic: %d events for %d stored event reports, %d duplicated%n",
                sent, distinct, duplicated, lost, storedBeforeKill, committed, redelivered, events.size(), reports,
                events.size() - distinctEvents.size());
        assertEquals(sent, distinct);
        assertEquals(0, duplicated);
        assertEquals(0, lost);
        assertEquals(reports, events.size());
        assertEquals(events.size(), distinctEvents.size());
        assertTrue(broker.readAll(TOPIC + ".dlq").isEmpty());
    }
}

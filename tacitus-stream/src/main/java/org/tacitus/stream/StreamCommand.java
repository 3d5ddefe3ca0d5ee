package org.tacitus.stream;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.kafka.common.KafkaException;
import org.tacitus.ingest.ReadResult;
import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.nlp.NlpConfig;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.pipeline.ExtractionPipeline;
import org.tacitus.pipeline.PipelineConfig;
import org.tacitus.store.EventStore;
import org.tacitus.store.EventStores;
import org.tacitus.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tacitus stream}: articles from a Kafka topic into the store and out as events, until stopped (Ctrl-C,
 * SIGTERM), {@code --max-messages} or {@code --idle-exit}. See docs/stream.md.
 */
@Command(name = "stream", mixinStandardHelpOptions = true,
        description = {"Consume article JSON from a Kafka topic, extract, store the documents and/or produce their "
            + "events (see docs/stream.md).",
            "Each batch is stored, then committed with its events and dead letters in one Kafka transaction: a "
                + "crash loses nothing, and the store adds nothing twice. Progress on stderr; a summary on stdout. "
                + "Exit status 1 when Kafka or the store fails (restart to resume), 2 for bad options."})
public final class StreamCommand implements Callable<Integer> {

    @Option(names = "--bootstrap", required = true, paramLabel = "HOST:PORT[,…]", description = "Kafka brokers")
    String bootstrap;

    @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "the topic of articles")
    String topic;

    @Option(names = "--out-topic", paramLabel = "TOPIC", description = "produce one message per extracted event")
    String outTopic;

    @Option(names = "--dead-letter-topic", paramLabel = "TOPIC",
            description = "where unreadable messages go, with their error code (default: <topic>.dlq)")
    String deadLetterTopic;

    @Option(names = "--group", defaultValue = "tacitus", paramLabel = "ID",
            description = "consumer group: where committed offsets are kept (default ${DEFAULT-VALUE})")
    String group;

    @Option(names = "--db", paramLabel = "PATH|JDBC-URL",
            description = "the store: a DuckDB file (default ~/.tacitus/tacitus.duckdb) or a jdbc:postgresql: URL")
    String db;

    @Option(names = "--no-store", description = "only produce events (needs --out-topic)")
    boolean noStore;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "reference date for articles that state none")
    LocalDate published;

    @Option(names = "--max-chars", defaultValue = "" + PipelineConfig.DEFAULT_MAX_CHARS,
            description = "dead-letter documents longer than this with DOCUMENT_TOO_LARGE (default ${DEFAULT-VALUE})")
    int maxChars;

    @Option(names = "--batch-size", defaultValue = "8",
            description = "messages per poll and per transaction (default ${DEFAULT-VALUE})")
    int batchSize;

    @Option(names = "--max-messages", defaultValue = "0", description = "stop after N messages (default: no limit)")
    long maxMessages;

    @Option(names = "--idle-exit", paramLabel = "SECONDS",
            description = "stop after this many seconds without a message (default: wait for ever)")
    Double idleExitSeconds;

    @Option(names = "--transactional-id", paramLabel = "ID",
            description = "the producer's transactional id: one running instance per id "
                + "(default tacitus-<group>-<topic>)")
    String transactionalId;

    @Option(names = "--property", paramLabel = "KEY=VALUE",
            description = "a Kafka client setting for the consumer and the producer (security…); repeatable")
    Map<String, String> properties = Map.of();

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "one line per message and per commit on stderr")
    boolean verbose;

    /** Runs the command alone (the tests' child processes; the launcher runs it as {@code tacitus stream}). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new StreamCommand()).execute(args));
    }

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        StreamSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            System.err.println("tacitus: " + e.getMessage());
            return 2;
        }
        AtomicReference<ArticleStream> running = new AtomicReference<>();
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl-C or SIGTERM: finish and commit the batch in hand, close the store, then let the JVM go.
        Thread hook = new Thread(() -> {
            ArticleStream s = running.get();
            if (s != null) {
                s.stop();
            }
            try {
                finished.await(2, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "tacitus-stream-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try (EventStore store = settings.store() ? EventStores.open(db) : null;
             ArticleStream stream = ArticleStream.open(settings, store, pipeline(), System.err, quiet, verbose)) {
            running.set(stream);
            StreamReport r = stream.run();
            out.printf("messages: %d (%d stored, %d already stored, %d dead-lettered to %s)%n", r.messages(),
                    r.stored(), r.alreadyStored(), r.deadLettered(), settings.deadLetterTopic());
            out.printf("events: %d stored, %d produced%s%n", r.eventsStored(), r.eventsProduced(),
                    settings.outTopic() == null ? "" : " to " + settings.outTopic());
            return 0;
        } catch (StoreException | KafkaException e) {
            System.err.println("tacitus: " + e + " (nothing of the batch in hand was committed: run again to resume)");
            return 1;
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running
            }
        }
    }

    private StreamSettings settings() {
        if (noStore && outTopic == null) {
            throw new IllegalArgumentException("--no-store needs --out-topic: there would be nothing to write");
        }
        if (maxChars < 1 || batchSize < 1 || maxMessages < 0 || (idleExitSeconds != null && idleExitSeconds <= 0)) {
            throw new IllegalArgumentException("--max-chars, --batch-size and --idle-exit must be positive, "
                    + "--max-messages not negative");
        }
        Duration idle = idleExitSeconds == null ? null : Duration.ofMillis(Math.round(idleExitSeconds * 1000));
        return new StreamSettings(bootstrap, topic, group, outTopic,
                deadLetterTopic != null ? deadLetterTopic : StreamSettings.defaultDeadLetterTopic(topic), !noStore,
                batchSize, maxMessages, idle,
                transactionalId != null ? transactionalId : StreamSettings.defaultTransactionalId(group, topic),
                published, properties);
    }

    /** The pipeline, built on the first message that needs it: a stream of stored articles never loads CoreNLP. */
    private Function<ReadResult, DocumentResult> pipeline() {
        PipelineConfig config = new PipelineConfig(maxChars, NlpConfig.defaults(), List.of());
        return new Function<>() {
            private ExtractionPipeline built;

            @Override
            public DocumentResult apply(ReadResult input) {
                if (built == null) {
                    built = new ExtractionPipeline(config, CoreNlpAnalyzer.shared());
                }
                return built.process(input);
            }
        };
    }
}

package org.tacitus.stream;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.WakeupException;
import org.tacitus.ingest.ReadResult;
import org.tacitus.model.Extraction;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.store.EventStore;
import org.tacitus.store.IngestReport;

/**
 * Articles from a Kafka topic through the extraction pipeline into the store, and out as events.
 *
 * <p>Each polled batch is one Kafka transaction: every message is read, extracted and written to the store (each
 * document in its own store transaction), then the batch's dead letters and events are sent and the consumer's
 * offsets are committed <em>in the producer's transaction</em>, last. A crash before that commit leaves the
 * offsets where they were and the transaction's messages invisible to {@code read_committed} readers; the batch
 * is delivered again, the store recognises the documents it holds (same id and text) and adds nothing, and the
 * events and dead letters are produced again in the new transaction. So, for a store and for readers of the
 * out-topic and dead-letter topic that read committed messages only, each message counts once.
 *
 * <p>Not thread-safe, but {@link #stop()} may be called from any thread (a shutdown hook): the batch in hand is
 * finished and committed, then {@link #run()} returns.
 */
public final class ArticleStream implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);

    private final StreamSettings settings;
    private final Consumer<byte[], byte[]> consumer;
    private final Producer<byte[], byte[]> producer;
    private final EventStore store;
    private final Function<ReadResult, DocumentResult> pipeline;
    private final MessageReader reader;
    private final StreamLog log;

    /**
     * @param store    where documents go; null when {@code settings.store()} is false
     * @param pipeline the extraction (an {@code ExtractionPipeline::process}); called from the stream's thread
     */
    ArticleStream(StreamSettings settings, Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> producer,
                  EventStore store, Function<ReadResult, DocumentResult> pipeline, StreamLog log) {
        if (settings.store() != (store != null)) {
            throw new IllegalArgumentException("a store is needed exactly when settings.store() is true");
        }
        this.settings = settings;
        this.consumer = consumer;
        this.producer = producer;
        this.store = store;
        this.pipeline = pipeline;
        this.reader = new MessageReader(settings.published());
        this.log = log;
    }

    /** A stream with Kafka clients made from the settings; progress to {@code err}. */
    public static ArticleStream open(StreamSettings settings, EventStore store,
                                     Function<ReadResult, DocumentResult> pipeline, PrintStream err,
                                     boolean quiet, boolean verbose) {
        return new ArticleStream(settings, KafkaClients.consumer(settings), KafkaClients.producer(settings), store,
                pipeline, new StreamLog(err, quiet, verbose));
    }

    /**
     * Consumes until {@link #stop()}, {@code maxMessages} or {@code idleExit}. Failures of Kafka or of the store
     * itself are thrown (the batch in hand is not committed: a restart resumes with it).
     */
    public StreamReport run() {
        StreamLog.Counts total = new StreamLog.Counts();
        // First, so that a transaction left open by a crashed run with this id is aborted before offsets are read.
        producer.initTransactions();
        consumer.subscribe(List.of(settings.topic()));
        long lastMessage = System.nanoTime();
        boolean assigned = false;
        try {
            while (settings.maxMessages() == 0 || total.messages < settings.maxMessages()) {
                ConsumerRecords<byte[], byte[]> polled = consumer.poll(POLL);
                if (!assigned && !consumer.assignment().isEmpty()) {
                    // Joining the group takes seconds: idle time counts from the first assignment (or from the
                    // start, when there is never one: a topic that does not exist).
                    assigned = true;
                    lastMessage = System.nanoTime();
                }
                if (polled.isEmpty()) {
                    Duration idle = settings.idleExit();
                    if (idle != null && System.nanoTime() - lastMessage >= idle.toNanos()) {
                        break;
                    }
                    continue;
                }
                lastMessage = System.nanoTime();
                List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
                polled.forEach(batch::add);
                if (settings.maxMessages() > 0) {
                    // The rest stays uncommitted: the next run starts with it.
                    batch = batch.subList(0, (int) Math.min(batch.size(), settings.maxMessages() - total.messages));
                }
                total.add(handle(batch));
                log.progress(total);
                lastMessage = System.nanoTime();
            }
        } catch (WakeupException e) {
            // stop(): the last batch was committed (or never begun).
        }
        log.finish(total);
        return total.report();
    }

    /** Asks {@link #run()} to return after the batch in hand; any thread. */
    public void stop() {
        consumer.wakeup();
    }

    /** One batch, one transaction: read, extract and store each message, then send and commit. */
    private StreamLog.Counts handle(List<ConsumerRecord<byte[], byte[]>> batch) {
        StreamLog.Counts counts = new StreamLog.Counts();
        List<ProducerRecord<byte[], byte[]>> out = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        producer.beginTransaction();
        try {
            for (ConsumerRecord<byte[], byte[]> message : batch) {
                out.addAll(handle(message, counts));
                offsets.put(new TopicPartition(message.topic(), message.partition()),
                        new OffsetAndMetadata(message.offset() + 1));
            }
            // Sent only now, so that the transaction is open on the broker for as short a time as possible.
            out.forEach(producer::send);
            producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
            producer.commitTransaction();
        } catch (ProducerFencedException | AuthorizationException e) {
            throw e; // this producer may not even abort: another instance owns the id, or it is not allowed
        } catch (RuntimeException e) {
            abortQuietly(e);
            throw e;
        }
        counts.messages = batch.size();
        counts.batches = 1;
        log.committed(batch.size(), MessageReader.position(batch.get(batch.size() - 1)));
        return counts;
    }

    /** One message: the messages it sends (dead letter or events); the store write happens here. */
    private List<ProducerRecord<byte[], byte[]>> handle(ConsumerRecord<byte[], byte[]> message,
                                                        StreamLog.Counts counts) {
        String position = MessageReader.position(message);
        ReadResult read = reader.read(message);
        // Without an out-topic a stored document needs nothing more; with one its events must be produced again.
        if (read instanceof ReadResult.Read r && store != null && settings.outTopic() == null
                && store.contains(r.article())) {
            counts.alreadyStored++;
            log.message(position, r.id(), "already stored");
            return List.of();
        }
        DocumentResult result = pipeline.apply(read);
        if (result instanceof DocumentResult.Failed f) {
            return List.of(deadLetter(message, f.id(), f.problem().code().name(), f.problem().message(), counts));
        }
        Extraction extraction = ((DocumentResult.Extracted) result).extraction();
        if (store != null) {
            IngestReport report = store.ingest(List.of(extraction));
            IngestReport.Outcome outcome = report.outcomes().get(0);
            switch (outcome.status()) {
                case FAILED -> {
                    return List.of(deadLetter(message, extraction.article().id(), outcome.error().name(),
                            outcome.message(), counts));
                }
                case ALREADY_STORED -> {
                    counts.alreadyStored++;
                    log.message(position, outcome.articleId(), "already stored");
                }
                case NEW -> {
                    counts.stored++;
                    counts.eventsStored += report.events();
                    log.message(position, outcome.articleId(), "stored, " + report.events() + " events");
                }
            }
        }
        if (settings.outTopic() == null) {
            return List.of();
        }
        List<ProducerRecord<byte[], byte[]>> events = OutgoingRecords.events(settings.outTopic(), extraction);
        counts.eventsProduced += events.size();
        if (store == null) {
            log.message(position, extraction.article().id(), events.size() + " events");
        }
        return events;
    }

    private ProducerRecord<byte[], byte[]> deadLetter(ConsumerRecord<byte[], byte[]> message, String id, String code,
                                                      String why, StreamLog.Counts counts) {
        counts.deadLettered++;
        log.message(MessageReader.position(message), id, "dead-lettered, " + code + ": " + why);
        return OutgoingRecords.deadLetter(settings.deadLetterTopic(), message, id, code, why);
    }

    private void abortQuietly(RuntimeException cause) {
        try {
            producer.abortTransaction();
        } catch (KafkaException e) {
            cause.addSuppressed(e);
        }
    }

    /** Closes the Kafka clients (not the store, which the caller owns). */
    @Override
    public void close() {
        try {
            consumer.close();
        } finally {
            producer.close();
        }
    }
}

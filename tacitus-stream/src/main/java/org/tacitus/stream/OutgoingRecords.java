package org.tacitus.stream;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.tacitus.model.Event;
import org.tacitus.model.Extraction;
import org.tacitus.output.ExtractionWriter;

/**
 * The messages the stream writes: a dead letter for a message that could not be read, processed or stored, and
 * one message per extracted event. The header names are part of the documented contract (docs/stream.md).
 */
final class OutgoingRecords {

    /** The stable code: a {@code ProblemCode} (JSONL_MALFORMED…) or a {@code StoreError} (STORE_WRITE_FAILED…). */
    static final String ERROR_CODE = "tacitus.error.code";
    static final String ERROR_MESSAGE = "tacitus.error.message";
    static final String ARTICLE_ID = "tacitus.article.id";
    static final String SOURCE_TOPIC = "tacitus.source.topic";
    static final String SOURCE_PARTITION = "tacitus.source.partition";
    static final String SOURCE_OFFSET = "tacitus.source.offset";

    private OutgoingRecords() {
    }

    /**
     * The original message, key and value untouched and its own headers kept, with the error's code and message,
     * the id the reader gave it and where it was read ({@code tacitus.*} headers, UTF-8 strings).
     */
    static ProducerRecord<byte[], byte[]> deadLetter(String topic, ConsumerRecord<byte[], byte[]> original,
                                                     String articleId, String code, String message) {
        RecordHeaders headers = new RecordHeaders();
        for (Header h : original.headers()) {
            headers.add(h);
        }
        headers.add(ERROR_CODE, utf8(code));
        headers.add(ERROR_MESSAGE, utf8(message));
        headers.add(ARTICLE_ID, utf8(articleId));
        headers.add(SOURCE_TOPIC, utf8(original.topic()));
        headers.add(SOURCE_PARTITION, utf8(Integer.toString(original.partition())));
        headers.add(SOURCE_OFFSET, utf8(Long.toString(original.offset())));
        return new ProducerRecord<>(topic, null, original.key(), original.value(), headers);
    }

    /**
     * One message per event: key the article id (an article's events stay in order on one partition), value
     * {@link ExtractionWriter#eventMessage}.
     */
    static List<ProducerRecord<byte[], byte[]>> events(String topic, Extraction extraction) {
        byte[] key = utf8(extraction.article().id());
        return extraction.events().stream()
                .map((Event e) -> new ProducerRecord<>(topic, key,
                        ExtractionWriter.eventMessage(extraction.article(), e)))
                .toList();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

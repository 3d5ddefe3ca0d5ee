package org.tacitus.stream;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.tacitus.ingest.DecodedText;
import org.tacitus.ingest.JsonlReader;
import org.tacitus.ingest.ReadResult;
import org.tacitus.ingest.TextDecoding;
import org.tacitus.model.Problem;
import org.tacitus.model.ProblemCode;

/**
 * A Kafka message → an article, or the stable code of why not. The value is one JSON object as in a JSON Lines
 * file ({@code {"id","text","published"?,"title"?,"url"?,"authors"?}}), read by the core's {@link JsonlReader},
 * so a message and a line give the same article and the same codes ({@code JSONL_MALFORMED},
 * {@code JSONL_MISSING_TEXT}, {@code EMPTY_INPUT}); a value that is not text is {@code BINARY_INPUT}, one with no
 * value at all {@code EMPTY_INPUT}. An object without an id takes the message key, else
 * {@code topic/partition@offset}, which is also the article's source: both are the same on redelivery, so the
 * store recognises the document. Thread-safe.
 */
final class MessageReader {

    private static final String STAGE = "ingest";
    private final JsonlReader json = new JsonlReader();
    private final LocalDate defaultPublished;

    MessageReader(LocalDate defaultPublished) {
        this.defaultPublished = defaultPublished;
    }

    ReadResult read(ConsumerRecord<byte[], byte[]> message) {
        String where = position(message);
        String key = message.key() == null ? "" : new String(message.key(), StandardCharsets.UTF_8).strip();
        String fallbackId = key.isEmpty() ? where : key;
        byte[] value = message.value();
        if (value == null || value.length == 0) {
            return ReadResult.failed(fallbackId,
                    Problem.of(ProblemCode.EMPTY_INPUT, STAGE, where + ": the message has no value"));
        }
        if (TextDecoding.looksBinary(value)) {
            return ReadResult.failed(fallbackId,
                    Problem.of(ProblemCode.BINARY_INPUT, STAGE, where + ": binary data, not a JSON object"));
        }
        DecodedText decoded = TextDecoding.decode(value, StandardCharsets.UTF_8.name());
        ReadResult result = json.readObject(decoded.text(), fallbackId, where, defaultPublished);
        if (result instanceof ReadResult.Read read && decoded.problem().isPresent()) {
            List<Problem> problems = new ArrayList<>(read.article().problems());
            problems.add(decoded.problem().get());
            return ReadResult.read(read.article().withProblems(problems));
        }
        return result;
    }

    /** {@code topic/partition@offset}: where a message is, in problem messages and progress lines. */
    static String position(ConsumerRecord<?, ?> message) {
        return message.topic() + "/" + message.partition() + "@" + message.offset();
    }
}

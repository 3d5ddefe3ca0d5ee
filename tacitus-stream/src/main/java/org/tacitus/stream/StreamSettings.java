package org.tacitus.stream;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What one stream run does, built once at the entry point ({@code tacitus stream}'s options).
 *
 * @param bootstrap       the brokers, {@code HOST:PORT[,HOST:PORT…]}
 * @param topic           the topic articles are read from
 * @param group           the consumer group whose committed offsets say where to resume
 * @param outTopic        where each extracted event is produced, or null for none
 * @param deadLetterTopic where messages that cannot be read, processed or stored go, with their error code
 * @param store           whether documents are written to the store
 * @param batchSize       the most messages handled (and committed) together: {@code max.poll.records}
 * @param maxMessages     stop after this many messages (0: no limit)
 * @param idleExit        stop after this long without a message (null: never)
 * @param transactionalId the producer's transactional id: one running instance per id
 * @param published       the reference date for articles that state none, or null
 * @param clientProperties extra Kafka client settings for the consumer and the producer (security, timeouts)
 */
public record StreamSettings(String bootstrap, String topic, String group, String outTopic, String deadLetterTopic,
                             boolean store, int batchSize, long maxMessages, Duration idleExit,
                             String transactionalId, LocalDate published, Map<String, String> clientProperties) {

    public StreamSettings {
        Objects.requireNonNull(bootstrap, "bootstrap");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
        Objects.requireNonNull(transactionalId, "transactionalId");
        if (batchSize < 1 || maxMessages < 0) {
            throw new IllegalArgumentException("batchSize must be positive and maxMessages not negative");
        }
        if (!store && outTopic == null) {
            throw new IllegalArgumentException("nothing to write: neither the store nor an out-topic");
        }
        if (topic.equals(outTopic) || topic.equals(deadLetterTopic)) {
            throw new IllegalArgumentException("the out-topic and the dead-letter topic must differ from the input");
        }
        clientProperties = Map.copyOf(clientProperties == null ? Map.of() : clientProperties);
    }

    /** The dead-letter topic when none is named: {@code <topic>.dlq}. */
    public static String defaultDeadLetterTopic(String topic) {
        return topic + ".dlq";
    }

    /** The transactional id when none is named: {@code tacitus-<group>-<topic>}. */
    public static String defaultTransactionalId(String group, String topic) {
        return "tacitus-" + group + "-" + topic;
    }
}

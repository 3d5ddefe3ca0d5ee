package org.tacitus.stream;

import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The Kafka clients' configuration, in one place. The user's {@code --property} settings come first; the ones the
 * stream's guarantees rest on (no automatic commits, a transactional producer) are set over them.
 */
final class KafkaClients {

    private KafkaClients() {
    }

    static KafkaConsumer<byte[], byte[]> consumer(StreamSettings s) {
        Properties p = new Properties();
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"); // a new group reads the topic from its start
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // never articles of aborted transactions
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "tacitus-stream-consumer");
        p.putAll(s.clientProperties());
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, s.bootstrap());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, s.group());
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, s.batchSize());
        // Offsets are committed by the producer's transaction, after the store write: never by the consumer.
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    static KafkaProducer<byte[], byte[]> producer(StreamSettings s) {
        Properties p = new Properties();
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "tacitus-stream-producer");
        p.putAll(s.clientProperties());
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, s.bootstrap());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, s.transactionalId());
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }
}

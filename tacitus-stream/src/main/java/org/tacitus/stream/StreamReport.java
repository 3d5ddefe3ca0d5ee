package org.tacitus.stream;

/**
 * What a stream run did. {@code alreadyStored} counts messages whose document the store held before: redeliveries
 * after a crash, or the same article sent twice.
 *
 * @param messages       messages handled and committed
 * @param stored         documents newly stored
 * @param alreadyStored  documents the store already held (nothing added)
 * @param deadLettered   messages sent to the dead-letter topic
 * @param eventsStored   events of the newly stored documents
 * @param eventsProduced messages produced to the out-topic
 * @param batches        transactions committed
 */
public record StreamReport(long messages, long stored, long alreadyStored, long deadLettered, long eventsStored,
                           long eventsProduced, long batches) {
}

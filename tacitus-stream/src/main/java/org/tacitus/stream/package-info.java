/**
 * The extraction pipeline as a Kafka stream: wiring only, no extraction logic.
 *
 * <p>Reads: article JSON from a topic, one object per message, as a JSON Lines line ({@code MessageReader}, through
 * the core's {@code JsonlReader}). Adds: the documents to the store (idempotent by content hash) and, on an
 * out-topic, one message per extracted event. Reports: messages that cannot be read, processed or stored go to a
 * dead-letter topic with their stable code ({@code ProblemCode} or {@code StoreError}) in a header; the stream goes
 * on. Each batch commits its offsets in the same Kafka transaction as its events and dead letters, after the
 * store write ({@code ArticleStream}): see docs/stream.md for what that guarantees.
 */
package org.tacitus.stream;

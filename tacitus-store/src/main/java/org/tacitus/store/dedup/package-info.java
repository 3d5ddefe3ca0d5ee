/**
 * Deduplication across articles: when two reports of events are one real-world event ({@link
 * org.tacitus.store.dedup.ClusterKey#compatibleWith}), and the stable id of the cluster they form.
 */
package org.tacitus.store.dedup;

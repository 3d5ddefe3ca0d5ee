package org.tacitus.store;

import java.util.List;
import java.util.Objects;

/**
 * What one {@link EventStore#ingest} call did: documents newly stored, already stored (same content hash) and
 * failed, events stored, clusters created, and one outcome per document in input order.
 */
public record IngestReport(int newDocuments, int alreadyStored, int failed, int events, int newClusters,
                           List<Outcome> outcomes) {
    public IngestReport {
        outcomes = List.copyOf(outcomes);
    }

    public enum Status { NEW, ALREADY_STORED, FAILED }

    /** One document's outcome; {@code error} and {@code message} are set only for FAILED. */
    public record Outcome(String articleId, String key, Status status, StoreError error, String message) {
        public Outcome {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(status, "status");
        }
    }

    /** Adds two reports (for callers that ingest in several calls). */
    public IngestReport plus(IngestReport o) {
        List<Outcome> all = new java.util.ArrayList<>(outcomes);
        all.addAll(o.outcomes);
        return new IngestReport(newDocuments + o.newDocuments, alreadyStored + o.alreadyStored, failed + o.failed,
                events + o.events, newClusters + o.newClusters, all);
    }

    public static IngestReport empty() {
        return new IngestReport(0, 0, 0, 0, 0, List.of());
    }
}

package org.tacitus.store;

import java.util.List;
import java.util.Objects;

/** A cluster with the evidence of every mention (in ingest order) and the quotes of the articles behind it. */
public record EventDetail(EventCluster cluster, List<MentionEvidence> mentions, List<StoredQuote> quotes) {
    public EventDetail {
        Objects.requireNonNull(cluster, "cluster");
        mentions = List.copyOf(mentions);
        quotes = List.copyOf(quotes);
    }
}

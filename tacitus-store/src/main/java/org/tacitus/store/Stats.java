package org.tacitus.store;

import java.util.List;

/**
 * Counts over the matching event clusters: how many clusters, mentions and articles, and clusters by day
 * (oldest first, undated left out), by PLOVER type and by country (most first).
 */
public record Stats(long events, long mentions, long documents, List<Bucket> byDay, List<Bucket> byType,
                    List<Bucket> byCountry) {
    public Stats {
        byDay = List.copyOf(byDay);
        byType = List.copyOf(byType);
        byCountry = List.copyOf(byCountry);
    }

    /** One group: its key (an ISO day, a type, a country code) and its count. */
    public record Bucket(String key, long count) {
    }
}

package org.tacitus.store;

import java.util.List;

/** One page of results: the items, the page number (0-based), the page size and the total number of matches. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }

    /** True when pages after this one hold more results. */
    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }
}

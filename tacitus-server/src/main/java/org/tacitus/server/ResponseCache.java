package org.tacitus.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers of read endpoints kept by request (path and query string), least recently used dropped first, all
 * dropped when this server writes to the store. Sound only when this server is the store's one writer — true of
 * the embedded DuckDB store, which admits one process; a server over a shared PostgreSQL store runs with no cache
 * (size 0). Thread-safe: a generation number keeps an answer computed before a write from being kept after it.
 */
final class ResponseCache {

    private final int capacity;
    private final Map<String, String> entries;
    private long generation;

    ResponseCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > ResponseCache.this.capacity;
            }
        };
    }

    /** The kept answer for {@code key}, else {@code compute}'s, kept for next time. */
    String get(String key, Supplier<String> compute) {
        if (capacity <= 0) {
            return compute.get();
        }
        long seen;
        synchronized (this) {
            String hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
            seen = generation;
        }
        String value = compute.get();
        synchronized (this) {
            if (generation == seen) {
                entries.put(key, value);
            }
        }
        return value;
    }

    /** Forgets every answer: the store has changed. */
    synchronized void invalidate() {
        generation++;
        entries.clear();
    }

    synchronized int size() {
        return entries.size();
    }
}

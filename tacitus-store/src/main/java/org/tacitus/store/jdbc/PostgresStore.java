package org.tacitus.store.jdbc;

import org.tacitus.store.EventStore;

/** Placeholder while the implementation lands. */
public final class PostgresStore {
    private PostgresStore() {
    }

    public static EventStore open(Object... args) {
        throw new UnsupportedOperationException("not yet");
    }
}

package org.tacitus.store;

import java.io.IOException;
import java.nio.file.Path;

/** Test helper run in a second JVM: opens a DuckDB store, says "open", and holds it until stdin closes. */
public final class HoldStore {

    private HoldStore() {
    }

    public static void main(String[] args) throws IOException {
        try (EventStore store = EventStores.duckDb(Path.of(args[0]))) {
            System.out.println("open " + store.documentCount());
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the store until our parent closes the pipe
            }
        }
    }
}

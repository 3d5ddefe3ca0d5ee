package org.tacitus.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DuckDB admits one writing process: a second one gets STORE_LOCKED, with a message saying what to do. */
class StoreLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondProcessGetsStoreLocked() throws Exception {
        Path file = dir.resolve("held.duckdb");
        try (EventStore store = EventStores.duckDb(file)) {
            store.ingest(List.of(Fixtures.signing()));
        }
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = out.readLine();
            assertEquals("open 1", line, "the holder opened the store");
            StoreException locked = assertThrows(StoreException.class, () -> EventStores.duckDb(file));
            assertEquals(StoreError.STORE_LOCKED, locked.code());
            assertTrue(locked.getMessage().contains("POST /api/articles"), locked.getMessage());
            assertTrue(locked.toString().startsWith("STORE_LOCKED: "), locked.toString());
        } finally {
            holder.getOutputStream().close();
            if (!holder.waitFor(30, TimeUnit.SECONDS)) {
                holder.destroy();
            }
        }
        try (EventStore store = EventStores.duckDb(file)) {
            assertEquals(1, store.documentCount(), "free again once the holder is gone");
        }
    }
}

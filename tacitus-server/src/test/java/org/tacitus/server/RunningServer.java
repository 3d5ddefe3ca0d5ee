package org.tacitus.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.tacitus.store.EventStore;
import org.tacitus.store.EventStores;

/** A server on a free loopback port over a fresh DuckDB store holding the {@link Fixtures}, and an HTTP client. */
final class RunningServer implements AutoCloseable {

    /** The day after the Geneva article: its talks are still to come. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2021-12-30T12:00:00Z"), ZoneOffset.UTC);
    static final String TOKEN = "test-token-123";

    final EventStore store;
    final TacitusServer server;
    final HttpClient http = HttpClient.newHttpClient();

    RunningServer(Path dir, ServerConfig config) {
        store = EventStores.duckDb(dir.resolve("test.duckdb"));
        store.ingest(Fixtures.extractions());
        server = TacitusServer.start(store, Fixtures::extractNothing, config, CLOCK);
    }

    RunningServer(Path dir) {
        this(dir, ServerConfig.local(0).withToken(TOKEN).withMaxBodyBytes(64 * 1024));
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    @Override
    public void close() {
        server.stop();
        store.close();
    }
}

package org.tacitus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tacitus.store.EventStore;
import org.tacitus.store.EventStores;

/** {@code tacitus serve} in-process: it prints where it listens, answers, needs its token to write, and lets go. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void servesTheStoreUntilStoppedAndReleasesIt() throws Exception {
        Path db = dir.resolve("serve.duckdb");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            serving = new Thread(() -> exit.set(TacitusCommand.commandLine().execute("serve", "--db", db.toString(),
                    "--port", "0", "--token", "s3cret")));
            serving.start();
            Matcher m = null;
            for (int i = 0; i < 200 && (m == null || !m.find()); i++) {
                Thread.sleep(100);
                m = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)").matcher(out.toString(StandardCharsets.UTF_8));
            }
            assertTrue(m != null && m.find(0), "no address printed: " + out);
            String url = m.group(1);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> stats = http.send(HttpRequest.newBuilder(URI.create(url + "api/stats")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, stats.statusCode(), stats.body());
            assertTrue(stats.body().contains("\"events\":0"), stats.body());
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(url + "api/articles"))
                    .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("News.")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, post.statusCode(), post.body());
            assertTrue(out.toString(StandardCharsets.UTF_8).contains("s3cret"), out.toString(StandardCharsets.UTF_8));
            serving.interrupt();
            serving.join(20_000);
        } finally {
            System.setOut(oldOut);
        }
        assertFalse(serving.isAlive(), "serve did not stop");
        assertEquals(0, exit.get());
        try (EventStore again = EventStores.duckDb(db)) { // the file is free again
            assertEquals(0, again.documentCount());
        }
    }
}

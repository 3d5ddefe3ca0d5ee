package org.tacitus.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.tacitus.server.ServerConfig;
import org.tacitus.server.TacitusServer;
import org.tacitus.store.EventStore;
import org.tacitus.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tacitus serve}: the API and the web UI over a store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the JSON API and the web UI (timeline, map, calendar, evidence) over a store.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions db;

    @Option(names = "--port", defaultValue = "8080", description = "port (default ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "address to bind (default ${DEFAULT-VALUE}; reads are open only to loopback clients)")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "bearer token for POST /api/articles (and reads from other hosts); default: a random one, printed")
    String token;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "" + ServerConfig.DEFAULT_MAX_BODY,
            description = "largest request body (default ${DEFAULT-VALUE})")
    long maxBody;

    @Option(names = "--cache", paramLabel = "N", defaultValue = "" + ServerConfig.DEFAULT_CACHE_ENTRIES,
            description = "read answers kept until the next write (default ${DEFAULT-VALUE}; always 0 over PostgreSQL, "
                    + "which other processes may write to)")
    int cache;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        EventStore store;
        try {
            store = db.openForServing();
        } catch (StoreException e) {
            System.err.println("tacitus serve: " + e);
            return 1;
        }
        ServerConfig config = new ServerConfig(host, port, token != null ? token : ServerConfig.randomToken(),
                maxBody, ServerConfig.DEFAULT_MAX_PARAM,
                db.db != null && db.db.startsWith("jdbc:") ? 0 : Math.max(0, cache));
        TacitusServer server = startOrExplain(store, new LazyPipeline(), config);
        if (server == null) {
            store.close();
            return 1;
        }
        out.printf("Tacitus is serving %s (%d documents) at %s%n",
                db.describe(), store.documentCount(), server.url());
        printAccess(out, server, token == null);
        serveUntilInterrupted(server, store);
        return 0;
    }

    /** Starts the server, or says why it cannot (a port in use) and returns null. */
    static TacitusServer startOrExplain(EventStore store, LazyPipeline pipeline, ServerConfig config) {
        try {
            return TacitusServer.start(store, pipeline, config);
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            System.err.printf("tacitus: cannot listen on %s:%d (%s); try --port%n", config.host(), config.port(),
                    root.getMessage() != null ? root.getMessage() : root.toString());
            return null;
        }
    }

    static void printAccess(PrintStream out, TacitusServer server, boolean generated) {
        out.println("API: " + server.url() + "api/events · " + server.url() + "api/openapi.json");
        out.println("Token for POST /api/articles" + (generated ? " (generated; --token sets one)" : "") + ": "
                + server.config().token());
        out.println("  curl -H 'Authorization: Bearer " + server.config().token()
                + "' -H 'Content-Type: text/plain' --data-binary @article.txt " + server.url() + "api/articles");
        out.println("Press Ctrl-C to stop.");
    }

    /**
     * Blocks until the JVM is asked to stop (Ctrl-C) or this thread is interrupted, then stops the server and closes
     * the store.
     */
    static void serveUntilInterrupted(TacitusServer server, EventStore store) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.stop();
            store.close();
            stopped.countDown();
        }, "tacitus-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            server.stop();
            store.close();
            Thread.currentThread().interrupt();
        }
    }
}

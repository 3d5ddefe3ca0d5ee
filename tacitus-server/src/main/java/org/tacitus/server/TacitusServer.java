package org.tacitus.server;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Function;
import org.tacitus.ingest.ReadResult;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.store.EventStore;

/**
 * The Tacitus HTTP server: the JSON API over an {@link EventStore} under {@code /api} and the static web UI
 * (timeline, map, calendar, evidence) from the classpath. Routes, access, limits and error mapping are wired here,
 * in one place; each concern lives in its own class.
 *
 * <p>Thread-safe; the store and the extractor must be too. {@link #stop()} does not close the store.
 */
public final class TacitusServer implements AutoCloseable {

    /** Where the web UI lives on the classpath. */
    static final String WEB_ROOT = "/org/tacitus/server/web";

    private final Javalin app;
    private final ServerConfig config;

    private TacitusServer(Javalin app, ServerConfig config) {
        this.app = app;
        this.config = config;
    }

    /**
     * Starts a server over {@code store}. {@code extractor} turns posted articles into extractions (the pipeline's
     * {@code process}); it is called only by {@code POST /api/articles}.
     */
    public static TacitusServer start(EventStore store, Function<ReadResult, DocumentResult> extractor,
                                      ServerConfig config) {
        return start(store, extractor, config, Clock.systemDefaultZone());
    }

    static TacitusServer start(EventStore store, Function<ReadResult, DocumentResult> extractor,
                               ServerConfig config, Clock clock) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(extractor, "extractor");
        ApiRoutes api = new ApiRoutes(store, config, clock, resource("openapi.json"));
        ArticleIntake intake = new ArticleIntake(store, extractor);
        BearerToken access = new BearerToken(config.token());
        ResponseCache cache = new ResponseCache(config.cacheEntries());
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.http.maxRequestSize = config.maxBodyBytes();
            c.http.prefer405over404 = true;
            c.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = WEB_ROOT;
                sf.location = Location.CLASSPATH;
            });
            ErrorResponses.register(c);
            c.routes.before(ctx -> {
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                // Everything the page loads is ours; styles set by Leaflet and vis-timeline need inline styles.
                ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                        + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
            });
            c.routes.before("/api/*", access::check);
            c.routes.get("/api/events", json(cache, api::events));
            c.routes.get("/api/events/{id}", json(cache, api::event));
            c.routes.get("/api/actors", json(cache, api::actors));
            c.routes.get("/api/quotes", json(cache, api::quotes));
            c.routes.get("/api/search", json(cache, api::search));
            c.routes.get("/api/stats", json(cache, api::stats));
            c.routes.get("/api/meetings", json(null, api::meetings)); // its default "from" is today: not kept
            c.routes.get("/api/calendar.ics", api::calendar);
            c.routes.get("/api/openapi.json", api::openApi);
            c.routes.post("/api/articles", ctx -> {
                long length = ctx.contentLength();
                if (length > config.maxBodyBytes()) {
                    throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "the body has " + length
                            + " bytes; the limit is " + config.maxBodyBytes());
                }
                ArticleIntake.Result r;
                try {
                    r = intake.post(ctx.bodyAsBytes(), ctx.contentType(), ctx.queryParam("id"),
                            QueryParams.date(ctx, "published"));
                } finally {
                    cache.invalidate();
                }
                var body = Json.ingestReport(r.report());
                var failed = body.putArray("unreadable");
                for (DocumentResult.Failed f : r.failures()) {
                    failed.addObject().put("id", f.id()).putObject("error")
                            .put("code", f.problem().code().name()).put("message", f.problem().message());
                }
                ctx.status(r.report().newDocuments() > 0 ? 201 : 200).contentType("application/json")
                        .result(body.toString());
            });
        });
        app.start();
        return new TacitusServer(app, config);
    }

    /** A JSON endpoint's handler: the answer from the cache (when given) or the endpoint, as application/json. */
    private static Handler json(ResponseCache cache, ApiRoutes.JsonEndpoint endpoint) {
        return ctx -> {
            String body = cache == null ? endpoint.answer(ctx).toString()
                    : cache.get(ctx.path() + "?" + Objects.toString(ctx.queryString(), ""), () -> endpoint.answer(ctx).toString());
            ctx.contentType("application/json").result(body);
        };
    }

    /** The port the server listens on (the chosen one when configured with 0). */
    public int port() {
        return app.port();
    }

    /** The address to open in a browser. */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        if (host.equals("0.0.0.0")) {
            host = "127.0.0.1";
        }
        return "http://" + host + ":" + port() + "/";
    }

    public ServerConfig config() {
        return config;
    }

    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    private static String resource(String name) {
        try (InputStream in = TacitusServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " (was the project built?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

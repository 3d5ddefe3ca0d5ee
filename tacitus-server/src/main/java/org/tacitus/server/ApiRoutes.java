package org.tacitus.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tacitus.store.EventCluster;
import org.tacitus.store.EventQuery;
import org.tacitus.store.EventStore;
import org.tacitus.store.export.ExportFormat;
import org.tacitus.store.export.Exporter;

/**
 * The read endpoints under {@code /api}: one method per route, each reading its parameters through
 * {@link QueryParams}, asking the store once and answering in the shapes of {@link Json}.
 */
final class ApiRoutes {

    private final EventStore store;
    private final ServerConfig config;
    private final Clock clock;
    private final String openApi;

    ApiRoutes(EventStore store, ServerConfig config, Clock clock, String openApi) {
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.openApi = openApi;
    }

    void events(Context ctx) {
        EventQuery q = QueryParams.eventQuery(ctx, config.maxParamLength());
        json(ctx, Json.page(store.events(q), Json::event));
    }

    void event(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > config.maxParamLength()) {
            throw new ApiException(ErrorCode.QUERY_TOO_LONG, "the event id is too long");
        }
        json(ctx, Json.eventDetail(store.event(id).orElseThrow(
                () -> new ApiException(ErrorCode.NOT_FOUND, "no event with id '" + id + "'"))));
    }

    void actors(Context ctx) {
        json(ctx, Json.page(store.actors(QueryParams.eventQuery(ctx, config.maxParamLength())), Json::actorCount));
    }

    void quotes(Context ctx) {
        json(ctx, Json.page(store.quotes(QueryParams.eventQuery(ctx, config.maxParamLength())), Json::quote));
    }

    void search(Context ctx) {
        String q = QueryParams.required(ctx, "q", config.maxParamLength());
        EventQuery filters = QueryParams.eventQuery(ctx, config.maxParamLength());
        json(ctx, Json.page(store.search(q, filters), Json::searchHit));
    }

    void stats(Context ctx) {
        json(ctx, Json.stats(store.stats(QueryParams.eventQuery(ctx, config.maxParamLength()))));
    }

    /** Scheduled meetings (CONSULT, AGREE) dated on or after {@code from} (default today), as JSON. */
    void meetings(Context ctx) {
        List<EventCluster> meetings = store.upcomingMeetings(fromOrToday(ctx));
        var root = Json.MAPPER.createObjectNode();
        var items = root.putArray("items");
        meetings.forEach(m -> items.add(Json.event(m)));
        json(ctx, root);
    }

    /** The same meetings as an iCalendar feed, written by the store's iCalendar export. */
    void calendar(Context ctx) {
        ByteArrayOutputStream ics = new ByteArrayOutputStream();
        Exporter.export(store, EventQuery.all().withFrom(fromOrToday(ctx)), ExportFormat.ICS, null, ics);
        ctx.contentType("text/calendar; charset=utf-8").header("Content-Disposition", "inline; filename=tacitus.ics")
                .result(ics.toByteArray());
    }

    void openApi(Context ctx) {
        ctx.contentType("application/json").result(openApi);
    }

    private LocalDate fromOrToday(Context ctx) {
        QueryParams.eventQuery(ctx, config.maxParamLength()); // the same checks as everywhere
        LocalDate from = QueryParams.date(ctx, "from");
        return from != null ? from : LocalDate.now(clock);
    }

    private static void json(Context ctx, JsonNode node) {
        ctx.contentType("application/json").result(node.toString());
    }
}

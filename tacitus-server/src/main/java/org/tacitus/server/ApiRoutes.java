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

    /** A JSON endpoint: the answer for a request, computed from its parameters (checked first) and the store. */
    @FunctionalInterface
    interface JsonEndpoint {
        JsonNode answer(Context ctx);
    }

    JsonNode events(Context ctx) {
        EventQuery q = QueryParams.eventQuery(ctx, config.maxParamLength());
        return Json.page(store.events(q), Json::event);
    }

    JsonNode event(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.length() > config.maxParamLength()) {
            throw new ApiException(ErrorCode.QUERY_TOO_LONG, "the event id is too long");
        }
        return Json.eventDetail(store.event(id).orElseThrow(
                () -> new ApiException(ErrorCode.NOT_FOUND, "no event with id '" + id + "'")));
    }

    JsonNode actors(Context ctx) {
        return Json.page(store.actors(QueryParams.eventQuery(ctx, config.maxParamLength())), Json::actorCount);
    }

    JsonNode quotes(Context ctx) {
        return Json.page(store.quotes(QueryParams.eventQuery(ctx, config.maxParamLength())), Json::quote);
    }

    JsonNode search(Context ctx) {
        String q = QueryParams.required(ctx, "q", config.maxParamLength());
        EventQuery filters = QueryParams.eventQuery(ctx, config.maxParamLength());
        return Json.page(store.search(q, filters), Json::searchHit);
    }

    JsonNode stats(Context ctx) {
        return Json.stats(store.stats(QueryParams.eventQuery(ctx, config.maxParamLength())));
    }

    /** Scheduled meetings (CONSULT, AGREE) dated on or after {@code from} (default today), as JSON. */
    JsonNode meetings(Context ctx) {
        List<EventCluster> meetings = store.upcomingMeetings(fromOrToday(ctx));
        var root = Json.MAPPER.createObjectNode();
        var items = root.putArray("items");
        meetings.forEach(m -> items.add(Json.event(m)));
        return root;
    }

    /**
     * Every scheduled meeting as an iCalendar feed (from {@code from} when given: a subscribed calendar keeps past
     * entries too), written by the store's iCalendar export.
     */
    void calendar(Context ctx) {
        ByteArrayOutputStream ics = new ByteArrayOutputStream();
        QueryParams.eventQuery(ctx, config.maxParamLength()); // the same checks as everywhere
        LocalDate from = QueryParams.date(ctx, "from");
        Exporter.export(store, from == null ? EventQuery.all() : EventQuery.all().withFrom(from), ExportFormat.ICS,
                null, ics);
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
}

package org.tacitus.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.tacitus.model.Actor;
import org.tacitus.store.EventCluster;
import org.tacitus.store.EventQuery;
import org.tacitus.store.EventStore;
import org.tacitus.store.Page;
import org.tacitus.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code tacitus query}: stored events matching filters, as a readable table or JSON lines. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "List stored events (deduplicated across articles), latest first.")
final class QueryCommand implements Callable<Integer> {

    @Mixin
    StoreOptions store;

    @Mixin
    FilterOptions filters;

    @Option(names = "--limit", defaultValue = "20", description = "at most this many events (1-500, default "
            + "${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--page", defaultValue = "0", description = "page number, from 0")
    int page;

    @Option(names = "--sort", defaultValue = "date_desc", paramLabel = "date_desc|date_asc|mentions_desc")
    String sort;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|jsonl")
    String format;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("table") && !format.equals("jsonl") || limit < 1 || page < 0) {
            System.err.println("tacitus: --format is table or jsonl; --limit and --page must be positive");
            return 2;
        }
        EventQuery.Sort order;
        try {
            order = EventQuery.Sort.valueOf(sort.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("tacitus: unknown --sort '" + sort + "'");
            return 2;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (EventStore db = store.open()) {
            Page<EventCluster> events = db.events(filters.query().withPage(page, limit).withSort(order));
            if (format.equals("jsonl")) {
                jsonl(events.items(), out);
            } else {
                table(events, out);
            }
            return 0;
        } catch (StoreException e) {
            System.err.println("tacitus: " + e);
            return 1;
        }
    }

    private static void table(Page<EventCluster> events, PrintStream out) {
        String row = "%-19s  %-10s  %-9s  %-22s  %-22s  %-16s  %5s %4s %4s%n";
        out.printf(row, "ID", "DAY", "TYPE", "SOURCE", "TARGET", "PLACE", "MENT", "SRC", "ART");
        for (EventCluster e : events.items()) {
            out.printf(row, e.id(), e.day() == null ? (e.dateValue() == null ? "-" : e.dateValue()) : e.day(),
                    e.type(), cut(side(e.sources())), cut(side(e.targets())),
                    cut(e.place() == null ? "-" : e.place().name()), e.numMentions(), e.numSources(),
                    e.numArticles());
        }
        out.printf("%d of %d events (page %d)%n", events.items().size(), events.total(), events.page());
    }

    private static String side(List<Actor> actors) {
        return actors.isEmpty() ? "-" : actors.stream().map(a -> a.code() != null ? a.code() : a.name())
                .collect(Collectors.joining(","));
    }

    private static String cut(String s) {
        return s.length() <= 22 ? s : s.substring(0, 21) + "…";
    }

    private static void jsonl(List<EventCluster> events, PrintStream out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        for (EventCluster e : events) {
            json.writeStartObject();
            json.writeStringField("id", e.id());
            json.writeStringField("type", e.type());
            json.writeStringField("mode", e.mode());
            json.writeStringField("cameo", e.cameo());
            json.writeStringField("day", e.day() == null ? null : e.day().toString());
            json.writeStringField("date_value", e.dateValue());
            actors(json, "source", e.sources());
            actors(json, "target", e.targets());
            if (e.place() == null) {
                json.writeNullField("place");
            } else {
                json.writeObjectFieldStart("place");
                json.writeStringField("name", e.place().name());
                json.writeStringField("country", e.place().country());
                json.writeNumberField("lat", e.place().lat());
                json.writeNumberField("lon", e.place().lon());
                json.writeEndObject();
            }
            json.writeStringField("country", e.country());
            json.writeNumberField("num_mentions", e.numMentions());
            json.writeNumberField("num_sources", e.numSources());
            json.writeNumberField("num_articles", e.numArticles());
            json.writeStringField("source_url", e.sourceUrl());
            json.writeBooleanField("factual", e.factual());
            json.writeEndObject();
            json.writeRaw('\n');
        }
        json.flush();
    }

    private static void actors(JsonGenerator json, String field, List<Actor> actors) throws IOException {
        json.writeArrayFieldStart(field);
        for (Actor a : actors) {
            json.writeStartObject();
            json.writeStringField("code", a.code());
            json.writeStringField("country", a.country());
            json.writeStringField("sector", a.sector());
            json.writeStringField("name", a.name());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}

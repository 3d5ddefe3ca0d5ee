package org.tacitus.store.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tacitus.model.Actor;
import org.tacitus.store.EventCluster;
import org.tacitus.store.EventQuery;
import org.tacitus.store.EventStore;
import org.tacitus.store.StoreError;
import org.tacitus.store.StoreException;

/**
 * Writes the clusters matching a query in one of the {@link ExportFormat}s. Text formats go to a stream;
 * Parquet needs a file. Stateless and thread-safe. Returns how many events were written; failures are thrown as
 * {@link StoreException} with {@link StoreError#EXPORT_FAILED}.
 */
public final class Exporter {

    private Exporter() {
    }

    /** Exports to {@code file} (required for Parquet) or, when it is null, to {@code out}. */
    public static int export(EventStore store, EventQuery query, ExportFormat format, Path file, OutputStream out) {
        try {
            return switch (format) {
                case PARQUET -> {
                    if (file == null) {
                        throw new StoreException(StoreError.EXPORT_FAILED, "Parquet needs --output FILE");
                    }
                    yield ParquetExport.write(new EventRows(store, query), file);
                }
                case ICS -> IcsExport.write(store, query, out);
                case GDELT -> gdelt(new EventRows(store, query), out);
                case CSV -> csv(new EventRows(store, query), out);
                case POLECAT -> polecat(new EventRows(store, query), out);
            };
        } catch (IOException e) {
            throw new StoreException(StoreError.EXPORT_FAILED, "cannot write the " + format + " export: " + e, e);
        }
    }

    /** GDELT 2.0 event-table columns we can fill (see docs/store.md); tab-separated. */
    static final List<String> GDELT_COLUMNS = List.of("GlobalEventID", "Day", "Actor1Code", "Actor1Name",
            "Actor1CountryCode", "Actor2Code", "Actor2Name", "Actor2CountryCode", "EventCode", "EventBaseCode",
            "EventRootCode", "NumMentions", "NumSources", "NumArticles", "ActionGeo_FullName",
            "ActionGeo_CountryCode", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "SOURCEURL");

    private static int gdelt(Iterable<EventCluster> rows, OutputStream out) throws IOException {
        Writer w = writer(out);
        w.write(String.join("\t", GDELT_COLUMNS) + "\n");
        int n = 0;
        for (EventCluster e : rows) {
            Actor a1 = e.sources().isEmpty() ? null : e.sources().get(0);
            Actor a2 = e.targets().isEmpty() ? null : e.targets().get(0);
            String cameo = e.cameo() == null ? "" : e.cameo();
            List<Object> v = List.of(e.id(), EventRows.yyyymmdd(e.day()), s(a1 == null ? null : a1.code()),
                    s(a1 == null ? null : a1.name()), s(a1 == null ? null : a1.country()),
                    s(a2 == null ? null : a2.code()), s(a2 == null ? null : a2.name()),
                    s(a2 == null ? null : a2.country()), cameo, cameo.length() >= 3 ? cameo.substring(0, 3) : cameo,
                    s(e.rootCode()), e.numMentions(), e.numSources(), e.numArticles(),
                    s(e.place() == null ? null : e.place().name()), s(e.place() == null ? null : e.place().country()),
                    e.place() == null ? "" : e.place().lat(), e.place() == null ? "" : e.place().lon(),
                    e.place() == null || e.place().geonamesId() == null ? "" : e.place().geonamesId(),
                    s(e.sourceUrl()));
            w.write(v.stream().map(o -> String.valueOf(o).replace('\t', ' ').replace('\n', ' '))
                    .collect(Collectors.joining("\t")) + "\n");
            n++;
        }
        w.flush();
        return n;
    }

    private static String s(String v) {
        return v == null ? "" : v;
    }

    private static int csv(Iterable<EventCluster> rows, OutputStream out) throws IOException {
        Writer w = writer(out);
        w.write(EventRows.COLUMNS.stream().map(EventRows.Column::name).collect(Collectors.joining(",")) + "\r\n");
        int n = 0;
        for (EventCluster e : rows) {
            List<String> cells = new ArrayList<>();
            for (EventRows.Column c : EventRows.COLUMNS) {
                cells.add(csvCell(c.value().apply(e)));
            }
            w.write(String.join(",", cells) + "\r\n");
            n++;
        }
        w.flush();
        return n;
    }

    static String csvCell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString();
        return s.matches(".*[\",\r\n].*") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    private static int polecat(Iterable<EventCluster> rows, OutputStream out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
        int n = 0;
        for (EventCluster e : rows) {
            json.writeStartObject();
            json.writeStringField("event_id", e.id());
            json.writeStringField("event_date", e.day() == null ? e.dateValue() : e.day().toString());
            json.writeStringField("event_type", e.type());
            json.writeStringField("event_mode", e.mode());
            json.writeStringField("cameo", e.cameo());
            side(json, "actor", e.sources());
            side(json, "recipient", e.targets());
            json.writeStringField("place_name", e.place() == null ? null : e.place().name());
            json.writeStringField("country", e.country());
            if (e.place() != null) {
                json.writeNumberField("latitude", e.place().lat());
                json.writeNumberField("longitude", e.place().lon());
                if (e.place().geonamesId() != null) {
                    json.writeNumberField("geonames_id", e.place().geonamesId());
                }
            }
            json.writeNumberField("num_mentions", e.numMentions());
            json.writeNumberField("num_sources", e.numSources());
            json.writeNumberField("num_articles", e.numArticles());
            json.writeBooleanField("factual", e.factual());
            json.writeStringField("source_url", e.sourceUrl());
            json.writeEndObject();
            n++;
        }
        json.writeRaw('\n');
        json.flush();
        return n;
    }

    private static void side(JsonGenerator json, String prefix, List<Actor> actors) throws IOException {
        json.writeStringField(prefix + "_name", actors.stream().map(a -> a.name() == null ? "" : a.name())
                .collect(Collectors.joining(";")));
        json.writeStringField(prefix + "_code", EventRows.codes(actors));
        json.writeStringField(prefix + "_country", actors.stream().map(a -> a.country() == null ? "" : a.country())
                .distinct().collect(Collectors.joining(";")));
    }

    static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }
}

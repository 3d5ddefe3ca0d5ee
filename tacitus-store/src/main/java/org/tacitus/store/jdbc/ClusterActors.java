package org.tacitus.store.jdbc;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tacitus.model.Actor;

/**
 * A cluster's actors as kept in its own row ({@code events.actors}, schema V2): a JSON array of
 * {@code {"side","code","country","sector","name"}}, sources then targets, each side in actor-key order — the
 * order of {@code event_actors} by side and key, which it mirrors. Stateless and thread-safe.
 */
final class ClusterActors {

    /** Both sides of one cluster. */
    record Sides(List<Actor> sources, List<Actor> targets) {
        static final Sides NONE = new Sides(List.of(), List.of());
    }

    private static final JsonFactory JSON = new JsonFactory();

    private ClusterActors() {
    }

    /** The column's value for sides given by actor key, each map in key order. */
    static String encode(Map<String, Actor> sources, Map<String, Actor> targets) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            write(g, "source", sources);
            write(g, "target", targets);
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, String side, Map<String, Actor> actors) throws IOException {
        for (Actor a : actors.values()) {
            g.writeStartObject();
            g.writeStringField("side", side);
            field(g, "code", a.code());
            field(g, "country", a.country());
            field(g, "sector", a.sector());
            field(g, "name", a.name());
            g.writeEndObject();
        }
    }

    /** As every text the store writes: NUL replaced (see {@link Sql#clean}), like the same actor in event_actors. */
    private static void field(JsonGenerator g, String name, String value) throws IOException {
        g.writeStringField(name, value == null ? null : Sql.clean(value));
    }

    /** The sides of a column value (null, from a row its writer left empty, reads as no actors). */
    static Sides decode(String json) {
        if (json == null || json.isEmpty()) {
            return Sides.NONE;
        }
        List<Actor> sources = new ArrayList<>(2);
        List<Actor> targets = new ArrayList<>(2);
        try (JsonParser p = JSON.createParser(json)) {
            expect(p.nextToken(), JsonToken.START_ARRAY, json);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String side = null;
                String code = null;
                String country = null;
                String sector = null;
                String name = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken t = p.nextToken();
                    if (t.isStructStart()) {
                        p.skipChildren(); // a structure of a later version: not ours to read
                        continue;
                    }
                    String value = t == JsonToken.VALUE_NULL ? null : p.getText();
                    switch (field) {
                        case "side" -> side = value;
                        case "code" -> code = value;
                        case "country" -> country = value;
                        case "sector" -> sector = value;
                        case "name" -> name = value;
                        default -> {
                            // a field of a later version: not ours to read
                        }
                    }
                }
                ("source".equals(side) ? sources : targets).add(new Actor(code, country, sector, name));
            }
        } catch (IOException e) {
            throw new IllegalStateException("malformed events.actors value: " + json, e);
        }
        return new Sides(sources, targets);
    }

    private static void expect(JsonToken got, JsonToken wanted, String json) {
        if (got != wanted) {
            throw new IllegalStateException("malformed events.actors value: " + json);
        }
    }
}

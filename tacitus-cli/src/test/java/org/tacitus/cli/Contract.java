package org.tacitus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Checks output documents against the documented contract (docs/schema.md): fields, codes, spans. */
final class Contract {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TIMEX_TYPES = Set.of("DATE", "TIME", "DURATION", "SET");
    private static final Set<String> ENTITY_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC", "NOMINAL");

    private Contract() {
    }

    static List<JsonNode> readJsonl(Path file) {
        try {
            List<JsonNode> docs = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.isBlank()) {
                    docs.add(JSON.readTree(line));
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts one output document (with {@code --include-text}) keeps the contract. */
    static void check(JsonNode doc) {
        assertTrue(doc.hasNonNull("id"), "every document has an id: " + doc);
        if (doc.has("error")) {
            JsonNode error = doc.get("error");
            assertTrue(error.hasNonNull("code") && error.hasNonNull("message"), "error has code and message");
            assertEquals(2, doc.size(), "an error document holds only id and error");
            return;
        }
        String id = doc.get("id").asText();
        String text = doc.get("text").asText();
        for (String field : List.of("title", "url", "published")) {
            assertTrue(doc.has(field), id + ": field " + field + " present (null when unknown)");
        }
        if (!doc.get("published").isNull()) {
            assertTrue(doc.get("published").asText().matches("\\d{4}-\\d{2}-\\d{2}"), id + ": published date");
        }
        for (String list : List.of("authors", "problems", "timexes", "entities", "events", "quotes")) {
            assertTrue(doc.get(list).isArray(), id + ": " + list + " is a list");
        }
        for (JsonNode p : doc.get("problems")) {
            assertTrue(p.get("code").asText().matches("[A-Z_]+"), id + ": problem code");
            if (p.has("start")) {
                span(id, "problem", p, text, false);
            }
        }
        for (JsonNode t : doc.get("timexes")) {
            span(id, "timex", t, text, true);
            assertTrue(TIMEX_TYPES.contains(t.get("type").asText()), id + ": timex type " + t.get("type"));
            assertTrue(!t.get("value").asText().isBlank(), id + ": timex value");
        }
        for (JsonNode q : doc.get("quotes")) {
            span(id, "quote", q, text, true);
            assertTrue(q.get("direct").isBoolean(), id + ": quote.direct is a boolean");
            if (q.has("speaker")) {
                span(id, "speaker", q.get("speaker"), text, true);
            }
            if (q.has("cue")) {
                span(id, "cue", q.get("cue"), text, true);
            }
        }
        for (JsonNode e : doc.get("entities")) {
            span(id, "entity", e, text, true);
            assertTrue(ENTITY_TYPES.contains(e.get("type").asText()), id + ": entity type " + e.get("type"));
        }
        for (JsonNode e : doc.get("events")) {
            assertTrue(PLOVER.contains(e.get("type").asText()), id + ": event type " + e.get("type"));
            assertTrue(e.get("cameo").asText().matches("\\d{2,4}"), id + ": CAMEO code " + e.get("cameo"));
            span(id, "event trigger", e.get("trigger"), text, true);
            span(id, "event sentence", e.get("sentence"), text, false);
            assertTrue(e.get("contexts").isArray() && e.get("factual").isBoolean(), id + ": contexts, factual");
            assertTrue(e.get("mentions").size() >= 1, id + ": an event has mentions");
            for (JsonNode m : e.get("mentions")) {
                span(id, "mention trigger", m.get("trigger"), text, true);
                for (String side : List.of("source", "target")) {
                    for (JsonNode a : m.get(side)) {
                        span(id, "mention " + side, a, text, true);
                    }
                }
            }
            for (String side : List.of("source", "target")) {
                for (JsonNode a : e.get(side)) {
                    span(id, "event " + side, a, text, true);
                    assertTrue(a.get("country").isNull() || a.get("country").asText().matches("[A-Z]{3}"),
                            id + ": event actor country");
                }
            }
            if (!e.get("date").isNull()) {
                assertTrue(List.of("timex", "tense").contains(e.get("date").get("basis").asText()), id + ": basis");
                if (e.get("date").has("start")) {
                    span(id, "event date", e.get("date"), text, true);
                }
            }
            if (!e.get("place").isNull()) {
                span(id, "event place", e.get("place"), text, true);
            }
        }
    }

    static final Set<String> PLOVER = org.tacitus.events.eval.PloverGold.TYPES;

    private static void span(String id, String what, JsonNode node, String text, boolean withText) {
        int start = node.get("start").asInt();
        int end = node.get("end").asInt();
        if (!(0 <= start && start < end && end <= text.length())) {
            fail(id + ": " + what + " span " + start + ":" + end + " outside text of length " + text.length());
        }
        if (withText) {
            assertEquals(text.substring(start, end), node.get("text").asText(), id + ": " + what + " text at span");
        }
    }
}

package org.tacitus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The events of our own wire story about the Geneva security talks (samples/geneva-talks.txt, published 29 Dec
 * 2021): the scheduled meetings with their own dates and places, the demand, the accusation and what it alleges,
 * the threat of sanctions, and no attack stated as fact.
 */
class SampleEventsTest {

    private static List<JsonNode> events;

    @BeforeAll
    static void extract() throws Exception {
        Cli.Run run = Cli.run("extract", "--quiet", "--format", "jsonl", "--include-text", "../samples/geneva-talks.txt");
        assertEquals(0, run.exitCode(), run.stderr());
        JsonNode doc = Contract.JSON.readTree(run.stdout().strip());
        Contract.check(doc);
        events = new ArrayList<>();
        doc.get("events").forEach(events::add);
    }

    private static Set<String> countries(JsonNode side) {
        Set<String> out = new TreeSet<>();
        side.forEach(a -> out.add(a.get("code").asText().substring(0, 3)));
        return out;
    }

    private static List<JsonNode> where(Predicate<JsonNode> p) {
        return events.stream().filter(p).toList();
    }

    private static boolean is(JsonNode e, String type, String source, String target) {
        return e.get("type").asText().equals(type) && countries(e.get("source")).contains(source)
                && (target == null || countries(e.get("target")).contains(target));
    }

    private static String date(JsonNode e) {
        return e.get("date").isNull() ? null : e.get("date").get("value").asText();
    }

    private static boolean has(JsonNode e, String context) {
        for (JsonNode c : e.get("contexts")) {
            if (c.asText().equals(context)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theGenevaTalksOnJanuaryTenAreOneFutureMeetingInGeneva() {
        List<JsonNode> talks = where(e -> e.get("type").asText().equals("CONSULT")
                && countries(e.get("source")).containsAll(Set.of("USA", "RUS")) && "2022-01-10".equals(date(e)));
        assertEquals(1, talks.size(), events.toString());
        JsonNode t = talks.get(0);
        assertEquals("CHE", t.get("place").get("country").asText());
        assertTrue(has(t, "future"));
        assertTrue(t.get("mentions").size() >= 3, "the talks are mentioned again and again");
        assertEquals("timex", t.get("date").get("basis").asText());
        assertEquals("after", t.get("date").get("relation").asText());
    }

    @Test
    void theLaterMeetingsKeepTheirOwnDates() {
        assertFalse(where(e -> e.get("type").asText().equals("CONSULT") && "2022-01-12".equals(date(e))).isEmpty());
        List<JsonNode> osce = where(e -> is(e, "CONSULT", "IGO", null) || countries(e.get("target")).contains("IGO")
                && e.get("type").asText().equals("CONSULT"));
        assertTrue(osce.stream().anyMatch(e -> "2022-01-13".equals(date(e))
                && e.get("place").get("name").asText().equals("Vienna")), osce.toString());
    }

    @Test
    void demandsAccusationsAndThreats() {
        assertFalse(where(e -> is(e, "REQUEST", "RUS", "IGO")).isEmpty(), "Moscow's demands of NATO");
        assertFalse(where(e -> is(e, "ACCUSE", "USA", "RUS")).isEmpty(), "the US accusation");
        List<JsonNode> threat = where(e -> is(e, "THREATEN", "USA", "RUS"));
        assertEquals("restrict", threat.get(0).get("mode").asText(), "a threat of sanctions");
        JsonNode massing = where(e -> is(e, "MOBILIZE", "RUS", null)).get(0);
        assertTrue(has(massing, "reported"));
        assertEquals("USA", massing.get("attribution").get("by").get("country").asText());
    }

    @Test
    void noAttackByRussiaIsStatedAsFact() {
        List<JsonNode> attacks = where(e -> is(e, "ASSAULT", "RUS", null));
        assertFalse(attacks.isEmpty(), "the denied and the conditional attack are coded");
        assertTrue(attacks.stream().noneMatch(e -> e.get("factual").asBoolean()), attacks.toString());
    }
}

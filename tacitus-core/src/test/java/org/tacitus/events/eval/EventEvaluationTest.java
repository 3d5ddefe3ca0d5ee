package org.tacitus.events.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tacitus.model.Actor;
import org.tacitus.model.Event;
import org.tacitus.model.EventMention;
import org.tacitus.model.Participant;
import org.tacitus.model.TextSpan;

/** What the events scorer compares: gold code fields against the first three letters of system codes. */
class EventEvaluationTest {

    private static final TextSpan SPAN = new TextSpan(0, 1, "x");

    private static Participant actor(String code, String country, String sector) {
        return new Participant(SPAN, new Actor(code, country, sector, null));
    }

    private static Event event(String type, List<Participant> source, List<Participant> target) {
        EventMention m = new EventMention(0, SPAN, SPAN, source, target);
        return new Event("e1", type, null, "000", source, target, null, null, List.of(), null, List.of(m));
    }

    private static EventEvaluation.Outcome score(Set<String> goldSource, Set<String> goldTarget, Event predicted) {
        PloverGold.GoldEvent gold = new PloverGold.GoldEvent("g", "x", "PROTEST", null, goldSource, goldTarget);
        return new EventEvaluation(a -> List.of(predicted)).evaluate(List.of(gold)).get(0);
    }

    @Test
    void aSectorOnTheSystemSideStillMatchesTheGoldCountryCode() {
        Event e = event("PROTEST", List.of(actor("RUSGOV", "RUS", "GOV")), List.of(actor("IGOUNO", null, "IGO")));
        assertTrue(score(Set.of("RUS"), Set.of("IGO"), e).dyadRight());
    }

    @Test
    void aMissingExtraOrSwappedSideIsWrong() {
        Event e = event("PROTEST", List.of(actor("RUS", "RUS", null)), List.of(actor("UKR", "UKR", null)));
        assertFalse(score(Set.of("RUS"), Set.of(), e).dyadRight(), "extra target");
        assertFalse(score(Set.of("RUS"), Set.of("UKR", "BLR"), e).dyadRight(), "missing target");
        assertFalse(score(Set.of("UKR"), Set.of("RUS"), e).dyadRight(), "swapped");
        assertTrue(score(Set.of("RUS"), Set.of("UKR"), e).typeRight());
    }

    @Test
    void aBareSectorMatchesOnlyAGoldActorCodedByThatSectorAlone() throws Exception {
        var side = new ObjectMapper().readTree("[{\"actorText\":\"rebels\",\"code\":\"\",\"sector\":\"REB\"},"
                + "{\"actorText\":\"Iraq\",\"code\":\"IRQ\",\"sector\":\"GOV\"}]");
        assertEquals(Set.of("REB", "IRQ"), PloverGold.codes(side));
        assertEquals(Set.of(), PloverGold.codes(new ObjectMapper().readTree("\"diplomatic\"")));
        Event bare = event("PROTEST", List.of(actor("REB", null, "REB")), List.of());
        assertTrue(score(Set.of("REB"), Set.of(), bare).dyadRight());
        assertFalse(score(Set.of("IRQ"), Set.of(), bare).dyadRight());
    }

    @Test
    void theRecordListingHasEverySentenceWithItsVerdict() throws Exception {
        Event e = event("PROTEST", List.of(actor("RUS", "RUS", null)), List.of());
        var right = score(Set.of("RUS"), Set.of(), e);
        var wrong = score(Set.of("UKR"), Set.of(), e);
        StringWriter all = new StringWriter();
        EventEvaluation.writeRecords(List.of(right, wrong), all);
        String[] lines = all.toString().split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[1].startsWith("dyad\t") && lines[2].startsWith("type\t"), all.toString());
        StringWriter errors = new StringWriter();
        EventEvaluation.writeErrors(List.of(right, wrong), errors);
        assertEquals(2, errors.toString().split("\n").length);
    }
}

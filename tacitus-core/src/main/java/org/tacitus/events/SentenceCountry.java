package org.tacitus.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tacitus.model.Entity;
import org.tacitus.model.Participant;

/**
 * The one country a sentence is about, where it names exactly one outside reported words and travel destinations,
 * and whether an event's sides of no country may be placed in it. Stateless.
 */
final class SentenceCountry {

    private SentenceCountry() {
    }

    /**
     * Whether the sides without a country may be placed in the sentence's one country: only unnamed roles ("the
     * deputy minister", "the army"). A named person of no known country is not thereby of whatever country the
     * sentence mentions ("Marcos will travel to Singapore", "Grossi said he planned to travel to Tehran"), nor is
     * an international official.
     */
    static boolean unnamedSides(List<Participant> source, List<Participant> target) {
        return java.util.stream.Stream.concat(source.stream(), target.stream())
                .filter(p -> p.actor().country() == null)
                .noneMatch(p -> "IGO".equals(p.actor().sector()) || p.actor().name() != null);
    }

    /** The one country a sentence's names and places belong to, or null when it names none or several. */
    static String of(SentenceView s) {
        Set<String> countries = new HashSet<>();
        for (int i = 0; i < s.size(); i++) {
            Entity e = s.entity(i);
            if (e == null || inReportedWords(s, i) || destination(s, i)) {
                // what someone says of a country does not make the sayer its own ("warning that Hamas…"), nor does
                // a country someone travels to ("the minister, who flew to Moscow, …")
                continue;
            }
            if (e.actor() != null && e.actor().country() != null) {
                countries.add(e.actor().country());
            } else if (e.place() != null && e.place().country() != null) {
                countries.add(e.place().country());
            } else if (e.actor() != null && e.actor().code() != null && e.actor().country() == null
                    && !ParticipantResolver.sectorOnly(e.actor())) {
                return null; // an international body ("the UN") is no country's
            }
        }
        return countries.size() == 1 ? countries.iterator().next() : null;
    }

    /** Verbs of going somewhere: their "to" (or "arrived in") place is a destination, not a home. */
    private static final Set<String> TRAVEL = Set.of("fly", "travel", "go", "head", "arrive", "come", "visit",
            "tour", "land");

    /** Whether token i is (in) the name of a place someone travels to: "flew to Moscow", "visited Kyiv". */
    private static boolean destination(SentenceView s, int i) {
        int k = i;
        while (s.governor(k) >= 0 && (s.relation(k).equals("compound") || s.relation(k).equals("flat"))) {
            k = s.governor(k);
        }
        int verb = s.governor(k);
        if (verb < 0 || !TRAVEL.contains(s.lemma(verb))) {
            return false;
        }
        String kase = s.caseOf(k);
        return s.relation(k).equals("obj") || s.relation(k).startsWith("obl") && kase != null
                && (kase.equals("to") || kase.equals("in"));
    }

    /** Whether token i lies in the clausal complement of a verb: the words reported or thought. */
    private static boolean inReportedWords(SentenceView s, int i) {
        for (int k = i, steps = 0; k >= 0 && steps < s.size(); k = s.governor(k), steps++) {
            if (s.relation(k).equals("ccomp")) {
                return true;
            }
        }
        return false;
    }
}

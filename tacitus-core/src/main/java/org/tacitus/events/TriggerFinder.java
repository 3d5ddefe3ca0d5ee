package org.tacitus.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tacitus.lexicon.EventLexicon;
import org.tacitus.lexicon.EventLexicon.Cue;
import org.tacitus.lexicon.EventTrigger;

/**
 * Finds event triggers in a parsed sentence: verbs and nouns of the lexicon, with their particles, prepositions
 * or required dependents ("pull out", "call for", "open fire"), and for nouns the predicate that carries them
 * ("hold talks", "the talks will take place"). Stateless.
 */
final class TriggerFinder {

    private final EventLexicon lexicon;

    TriggerFinder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Heads of compounds that make a trigger noun a kind of unit or weapon: "strike group", "assault rifle". */
    private static final Set<String> UNITS_AND_WEAPONS = Set.of("group", "force", "aircraft", "fighter", "jet",
            "helicopter", "rifle", "weapon", "boat", "ship", "submarine", "craft", "brigade", "battalion", "squadron",
            "unit", "team", "vehicle");

    List<Candidate> find(SentenceView s) {
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            boolean verb = s.isVerb(i);
            boolean noun = s.isNoun(i);
            if (!verb && !noun) {
                continue;
            }
            for (EventTrigger entry : lexicon.triggers(s.lemma(i))) {
                if ((verb && !entry.verb()) || (noun && !entry.noun())) {
                    continue;
                }
                List<Integer> words = matchWith(s, i, entry.with());
                if (words == null) {
                    continue;
                }
                if (noun && namesAUnitOrWeapon(s, i)) {
                    break; // "the carrier strike group", "an attack helicopter": a kind of unit, no event
                }
                Candidate c = noun ? nominal(s, i, words, entry) : new Candidate(i, words, entry, i, false);
                if (entry.lightOnly() && !c.light()) {
                    continue;
                }
                found.add(c);
                break;
            }
        }
        return found;
    }

    /** The tokens of the phrase (head first), or null when the words that must go with the head are missing. */
    private static List<Integer> matchWith(SentenceView s, int head, List<String> with) {
        List<Integer> words = new ArrayList<>(List.of(head));
        for (String w : with) {
            int at = -1;
            for (int c : s.children(head)) {
                if (s.relation(c).equals("mark")) {
                    continue; // the head's own "to" or "that": "to protest" is no "protest to"
                }
                if (s.lemma(c).equals(w) || s.word(c).equals(w)) {
                    at = c;
                    break;
                }
                for (int g : s.children(c)) { // the preposition of an oblique: "call for a truce"
                    if (s.relation(g).equals("case") && (s.lemma(g).equals(w))) {
                        at = g;
                        break;
                    }
                }
                if (at >= 0) {
                    break;
                }
            }
            if (at < 0 && head + 1 < s.size() && s.word(head + 1).equals(w)) {
                at = head + 1; // "hunger strike", "martial law", a particle the parser attached elsewhere
            }
            // the word before, unless it is the head's own infinitive "to" ("to protest" is no "protest to")
            if (at < 0 && head > 0 && s.word(head - 1).equals(w) && !(s.governor(head - 1) == head
                    && s.relation(head - 1).equals("mark"))) {
                at = head - 1;
            }
            if (at < 0) {
                return null;
            }
            words.add(at);
        }
        return words;
    }

    /** Whether the noun is the modifier in a compound that names a military unit or a weapon ("strike group"). */
    private static boolean namesAUnitOrWeapon(SentenceView s, int i) {
        int gov = s.governor(i);
        return gov > i && s.relation(i).equals("compound") && s.isNoun(gov) && UNITS_AND_WEAPONS.contains(s.lemma(gov));
    }

    private Candidate nominal(SentenceView s, int i, List<Integer> words, EventTrigger entry) {
        int gov = s.governor(i);
        String rel = s.relation(i);
        if (gov >= 0 && s.isNoun(gov) && rel.startsWith("nmod") && "of".equals(s.caseOf(i))
                && s.governor(gov) >= 0 && s.isVerb(s.governor(gov)) && s.relation(gov).equals("obj")
                && lexicon.is(s.lemma(s.governor(gov)), Cue.LIGHT)) {
            // "provide 25,000 tons of food aid", "sent a shipment of weapons": the measure carries the noun
            return new Candidate(i, words, entry, s.governor(gov), true);
        }
        if (gov >= 0 && s.isNoun(gov) && rel.equals("compound") && s.governor(gov) >= 0
                && s.isVerb(s.governor(gov)) && s.relation(gov).equals("obj")
                && lexicon.is(s.lemma(s.governor(gov)), Cue.LIGHT) && lexicon.triggers(s.lemma(gov)).isEmpty()) {
            // "launched a mediation effort", "began a bombing campaign": the light verb carries the compound
            return new Candidate(i, words, entry, s.governor(gov), true);
        }
        if (gov >= 0 && s.isNoun(gov) && rel.equals("conj") && s.governor(gov) >= 0
                && s.isVerb(s.governor(gov)) && s.relation(gov).equals("obj")
                && lexicon.is(s.lemma(s.governor(gov)), Cue.LIGHT)) {
            // "launched artillery, mortar and rocket fire": the last of coordinated objects is the verb's too
            return new Candidate(i, words, entry, s.governor(gov), true);
        }
        if (gov >= 0 && s.isVerb(gov)) {
            String verb = s.lemma(gov);
            if ((rel.equals("obj") || rel.equals("nsubj:pass")) && lexicon.is(verb, Cue.LIGHT)) {
                return new Candidate(i, words, entry, gov, true);
            }
            if ((rel.equals("nsubj") || rel.equals("nsubj:pass")) && lexicon.is(verb, Cue.OCCUR)) {
                return new Candidate(i, words, entry, gov, false);
            }
            // "will sit down for security talks", "arrived for talks": the verb carries the talks' sides
            if (rel.startsWith("obl") && "for".equals(s.caseOf(i)) && lexicon.triggers(verb).isEmpty()) {
                return new Candidate(i, words, entry, gov, true);
            }
            // "were engaged in ethnic cleansing", "took part in the talks": a light verb with "in"
            if (rel.startsWith("obl") && "in".equals(s.caseOf(i)) && lexicon.is(verb, Cue.LIGHT)
                    && lexicon.triggers(verb).isEmpty()) {
                return new Candidate(i, words, entry, gov, true);
            }
        }
        return new Candidate(i, words, entry, -1, false);
    }
}

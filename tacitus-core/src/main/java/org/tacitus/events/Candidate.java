package org.tacitus.events;

import java.util.List;
import org.tacitus.lexicon.EventTrigger;

/**
 * A trigger found in a sentence: the head token, the tokens of the whole trigger phrase, the lexicon entry, and
 * the clause predicate that carries its roles, date and modality ({@code predicate}: the trigger itself for a
 * verb; for a noun, the light verb of "hold talks" or the "take place" of "the talks will take place"; else -1).
 */
record Candidate(int head, List<Integer> tokens, EventTrigger entry, int predicate, boolean light) {
    Candidate {
        tokens = List.copyOf(tokens);
    }

    /** The token whose clause dates, places and qualifies the event. */
    int clause() {
        return predicate >= 0 ? predicate : head;
    }
}

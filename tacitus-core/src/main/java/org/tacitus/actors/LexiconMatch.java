package org.tacitus.actors;

import org.tacitus.lexicon.ActorName;

/** A phrase of the actor lexicon found in the text: its span and the actor name it matched. */
public record LexiconMatch(int start, int end, ActorName name) {
    public LexiconMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ":" + end);
        }
    }
}

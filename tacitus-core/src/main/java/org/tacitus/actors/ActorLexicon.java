package org.tacitus.actors;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.tacitus.lexicon.ActorName;
import org.tacitus.lexicon.PhraseIndex;
import org.tacitus.model.Sentence;

/**
 * The actor phrases of all lexicons in one {@link PhraseIndex}, filtered by the article's date (office holders
 * and dated dictionary entries hold only for their term). Immutable and thread-safe once built.
 */
public final class ActorLexicon {

    private final PhraseIndex<ActorName> index;

    public ActorLexicon(Collection<ActorName> names) {
        this.index = new PhraseIndex<>(names, ActorName::phrase);
    }

    public int size() {
        return index.size();
    }

    /** Longest non-overlapping matches in a sentence among names valid on {@code date}. */
    public List<LexiconMatch> find(String text, Sentence sentence, LocalDate date) {
        return index.find(text, sentence, n -> n.validOn(date)).stream()
                .map(m -> new LexiconMatch(m.start(), m.end(), m.value())).toList();
    }

    /** All names for an exact phrase valid on {@code date}. */
    public List<ActorName> lookup(String phrase, LocalDate date) {
        return index.lookup(phrase, n -> n.validOn(date));
    }
}

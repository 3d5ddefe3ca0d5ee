package org.tacitus.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tacitus.lexicon.ActorKind;
import org.tacitus.lexicon.ActorName;
import org.tacitus.lexicon.OfficeHolders;
import org.tacitus.lexicon.PhraseIndex;
import org.tacitus.model.Sentence;

/**
 * The actor phrases of all lexicons in one {@link PhraseIndex}, filtered by the article's date (office holders
 * and dated dictionary entries hold only for their term). Immutable and thread-safe once built.
 *
 * <p>A phrase that names several dated people (a surname two office holders share, in different years) needs the
 * article's date: with a date only the term covering it matches. Without one, the phrase resolves as
 * {@link OfficeHolders#undated} says: one person, that person's latest term; several people of one country, that
 * country (and sector, when shared) with no person; several countries, no match.
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
        List<LexiconMatch> out = new ArrayList<>();
        for (PhraseIndex.Match<ActorName> m : index.find(text, sentence, n -> n.validOn(date))) {
            Optional<ActorName> name = Optional.of(m.value());
            if (date == null && dated(m.value())) {
                String phrase = text.substring(m.start(), m.end());
                name = OfficeHolders.undated(phrase, index.lookup(phrase, ActorLexicon::dated));
            }
            name.ifPresent(n -> out.add(new LexiconMatch(m.start(), m.end(), n)));
        }
        return out;
    }

    /** A person named for a term (an office holder), as opposed to an undated name. */
    private static boolean dated(ActorName n) {
        return n.kind() == ActorKind.PERSON && (n.from() != null || n.to() != null);
    }

    /** All names for an exact phrase valid on {@code date}. */
    public List<ActorName> lookup(String phrase, LocalDate date) {
        return index.lookup(phrase, n -> n.validOn(date));
    }
}

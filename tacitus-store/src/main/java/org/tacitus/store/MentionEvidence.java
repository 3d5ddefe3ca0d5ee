package org.tacitus.store;

import java.util.List;
import java.util.Objects;
import org.tacitus.model.EventDate;
import org.tacitus.model.Participant;
import org.tacitus.model.PlaceMention;
import org.tacitus.model.TextSpan;

/**
 * One mention of a clustered event in one article: the article, the sentence (its text and span), the trigger,
 * the words naming each side, and the date, place and contexts of the article's event it belongs to.
 */
public record MentionEvidence(DocumentRef document, String eventId, int sentenceIndex, TextSpan sentence,
                              TextSpan trigger, List<Participant> source, List<Participant> target, EventDate date,
                              PlaceMention place, List<String> contexts) {
    public MentionEvidence {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(trigger, "trigger");
        source = List.copyOf(source);
        target = List.copyOf(target);
        contexts = List.copyOf(contexts);
    }
}

package org.tacitus.model;

import java.util.List;
import java.util.Objects;

/**
 * One place in the text that states an event: the sentence ({@code sentence}, its index and span), the trigger
 * words ("hold talks", "accusing", "sanctions") and the words naming each side.
 */
public record EventMention(int sentenceIndex, TextSpan sentence, TextSpan trigger, List<Participant> source,
                           List<Participant> target) {
    public EventMention {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(trigger, "trigger");
        source = List.copyOf(source);
        target = List.copyOf(target);
    }
}

package org.tacitus.model;

import java.util.Objects;

/**
 * Who said a quote: the words in the text that name the speaker ({@code span}: a name, a role such as "the
 * spokesperson", an organisation, or a pronoun), the person or body they resolve to ({@code name}, null when not
 * known) and its coded actor (null when not coded).
 */
public record Speaker(TextSpan span, String name, Actor actor) {
    public Speaker {
        Objects.requireNonNull(span, "span");
    }
}

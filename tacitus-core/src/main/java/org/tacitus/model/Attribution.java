package org.tacitus.model;

import java.util.Objects;

/**
 * Who reports an event the article does not state as its own fact: "Washington accused Russia of massing
 * troops" reports a mobilisation by Russia on the word of Washington ({@code by}), through the cue "accused".
 * {@code by} is null when the reporting side is not a coded actor.
 */
public record Attribution(Participant by, TextSpan cue) {
    public Attribution {
        Objects.requireNonNull(cue, "cue");
    }
}

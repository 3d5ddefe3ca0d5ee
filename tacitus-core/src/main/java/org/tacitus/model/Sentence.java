package org.tacitus.model;

import java.util.List;
import java.util.Objects;

/**
 * One sentence: its span in the document text, its tokens, and its dependency parse (empty when the sentence was
 * not parsed, see {@code parsed}).
 */
public record Sentence(int index, int start, int end, List<Token> tokens, List<Dependency> dependencies,
                       boolean tagged, boolean parsed) {
    public Sentence {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(dependencies, "dependencies");
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence " + index + " " + start + ":" + end);
        }
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }
}

package org.tacitus.model;

import java.util.Objects;

/**
 * One token. {@code start}/{@code end} index the document text (end exclusive); {@code text} is the document text
 * at that span, untouched; {@code pos}, {@code lemma} and {@code ner} are null when the sentence was not tagged.
 */
public record Token(int index, int start, int end, String text, String pos, String lemma, String ner) {
    public Token {
        Objects.requireNonNull(text, "text");
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("bad token " + index + " " + start + ":" + end);
        }
    }
}

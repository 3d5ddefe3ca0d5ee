package org.tacitus.model;

import java.util.Objects;

/** A span of the document text with the text at it (end exclusive). */
public record TextSpan(int start, int end, String text) {
    public TextSpan {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end <= start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span " + start + ":" + end + " for '" + text + "'");
        }
    }
}

package org.tacitus.model;

import java.util.Objects;

/** A temporal expression in the document text with its TIMEX3 type and normalised value. */
public record TimeExpression(int start, int end, String text, TimexType type, String value) {
    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ":" + end);
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException("empty TIMEX3 value");
        }
    }
}

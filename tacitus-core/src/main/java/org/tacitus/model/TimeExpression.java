package org.tacitus.model;

import java.util.Objects;

/**
 * A temporal expression in the document text with its TIMEX3 type, normalised value and, where the text says
 * so, a TIMEX3 modifier ({@code START}, {@code MID}, {@code END}, {@code APPROX}…; null otherwise).
 */
public record TimeExpression(int start, int end, String text, TimexType type, String value, String mod) {
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

    public TimeExpression(int start, int end, String text, TimexType type, String value) {
        this(start, end, text, type, value, null);
    }
}

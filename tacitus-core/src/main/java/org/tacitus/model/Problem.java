package org.tacitus.model;

import java.util.Objects;

/**
 * Something wrong with an input, as a value: a stable code, a human message, the stage that found it and,
 * where it has one, a span into the document text ({@code start}/{@code end} are null otherwise).
 */
public record Problem(ProblemCode code, String message, String stage, Integer start, Integer end) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(stage, "stage");
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("start and end must both be set or both be null");
        }
        if (start != null && (start < 0 || end < start)) {
            throw new IllegalArgumentException("bad span " + start + ":" + end);
        }
    }

    public static Problem of(ProblemCode code, String stage, String message) {
        return new Problem(code, message, stage, null, null);
    }

    public static Problem at(ProblemCode code, String stage, String message, int start, int end) {
        return new Problem(code, message, stage, start, end);
    }
}

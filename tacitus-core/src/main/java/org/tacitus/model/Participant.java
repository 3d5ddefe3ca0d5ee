package org.tacitus.model;

import java.util.Objects;

/** One side of an event: the words naming it ({@code span}) and the coded actor they resolve to. */
public record Participant(TextSpan span, Actor actor) {
    public Participant {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(actor, "actor");
    }

    /** What identifies the actor for comparing events: its code, else its name, else the words. */
    public String key() {
        if (actor.code() != null) {
            return actor.code();
        }
        return actor.name() != null ? actor.name() : span.text();
    }
}

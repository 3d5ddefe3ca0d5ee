package org.tacitus.model;

import java.util.Objects;

/**
 * A named entity in the document: span, text at that span, type (PERSON, ORGANIZATION, LOCATION, MISC), and —
 * once the actors and places stages have run — its coded actor and its geocoded place (null until then).
 */
public record Entity(int start, int end, String text, String type, Actor actor, Place place) {
    public Entity {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ":" + end);
        }
    }
}

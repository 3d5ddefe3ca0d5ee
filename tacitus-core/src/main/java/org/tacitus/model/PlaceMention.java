package org.tacitus.model;

import java.util.Objects;

/** A geocoded place as named at one span of the text ("in Geneva"). */
public record PlaceMention(TextSpan span, Place place) {
    public PlaceMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(place, "place");
    }
}

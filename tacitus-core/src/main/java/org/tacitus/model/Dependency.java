package org.tacitus.model;

import java.util.Objects;

/**
 * One Universal Dependencies edge between two tokens of a sentence, by their index in the sentence. The root of
 * a sentence has {@code governor} -1 and relation {@code root}.
 */
public record Dependency(int governor, int dependent, String relation) {
    public Dependency {
        Objects.requireNonNull(relation, "relation");
        if (governor < -1 || dependent < 0) {
            throw new IllegalArgumentException("bad edge " + governor + " -> " + dependent);
        }
    }
}

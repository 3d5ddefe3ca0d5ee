package org.tacitus.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the event trigger lexicon: a head lemma, the words that must go with it (particles such as "out" in
 * "pull out", prepositions such as "for" in "call for", or a required dependent such as "fire" in "open fire"),
 * whether it triggers as a verb or a noun (or, {@code lightOnly}, only as the object of a light verb: "launched
 * rocket fire"), and what it codes: PLOVER type, mode (null when none), CAMEO code and a
 * PLOVER topic context (null when none).
 */
public record EventTrigger(String head, List<String> with, boolean verb, boolean noun, boolean lightOnly,
                           String type, String mode,
                           String cameo, String topic) {
    public EventTrigger {
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(cameo, "cameo");
        with = List.copyOf(with);
        if (!verb && !noun) {
            throw new IllegalArgumentException("a trigger is a verb, a noun or both");
        }
    }

    /** The phrase as written in the lexicon: "pull out", "open fire". */
    public String phrase() {
        return with.isEmpty() ? head : head + " " + String.join(" ", with);
    }
}

package org.tacitus.model;

import java.util.Objects;

/**
 * A named-entity or temporal mention as the NLP layer found it: a span, its NER class (PERSON, ORGANIZATION,
 * LOCATION, MISC, DATE, TIME, DURATION, SET, NUMBER…), the sentence and token range it covers, and for temporal
 * mentions the TIMEX3 type and value ({@code timexType}/{@code timexValue} are null otherwise).
 */
public record NerMention(int start, int end, String text, String nerClass, int sentence, int tokenStart,
                         int tokenEnd, String timexType, String timexValue) {
    public NerMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(nerClass, "nerClass");
        if (start < 0 || end <= start || tokenEnd <= tokenStart) {
            throw new IllegalArgumentException("bad mention " + start + ":" + end);
        }
    }
}

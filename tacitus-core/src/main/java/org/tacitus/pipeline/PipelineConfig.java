package org.tacitus.pipeline;

import java.util.List;
import org.tacitus.lexicon.ActorName;
import org.tacitus.nlp.NlpConfig;

/**
 * Settings of the extraction pipeline, built once at the entry point.
 *
 * @param maxChars documents longer than this (in UTF-16 chars) are refused with DOCUMENT_TOO_LARGE
 * @param nlp      settings of the NLP layer
 * @param userActors actor names from the user's own dictionaries ({@code --dictionary}), tried before the built-ins
 */
public record PipelineConfig(int maxChars, NlpConfig nlp, List<ActorName> userActors) {

    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    public PipelineConfig {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive");
        }
        userActors = List.copyOf(userActors);
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(DEFAULT_MAX_CHARS, NlpConfig.defaults(), List.of());
    }
}

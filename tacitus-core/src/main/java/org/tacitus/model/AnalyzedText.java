package org.tacitus.model;

import java.util.List;

/** What the NLP layer hands to the rest of the pipeline: sentences with tokens and parses, NER mentions, problems. */
public record AnalyzedText(List<Sentence> sentences, List<NerMention> mentions, List<Problem> problems) {
    public AnalyzedText {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        problems = List.copyOf(problems);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}

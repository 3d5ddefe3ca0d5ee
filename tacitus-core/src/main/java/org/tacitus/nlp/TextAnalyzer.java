package org.tacitus.nlp;

import java.time.LocalDate;
import org.tacitus.model.AnalyzedText;

/**
 * Sentence splitting, tokens with POS and lemma, named entities, temporal expressions and the UD dependency parse
 * of one text. Implementations are thread-safe: one instance is shared by all workers of a JVM.
 */
public interface TextAnalyzer {

    /**
     * @param text          the text to analyse; offsets in the result index it
     * @param referenceDate the document's date for anchoring relative time expressions, or null
     */
    AnalyzedText analyze(String text, LocalDate referenceDate);
}

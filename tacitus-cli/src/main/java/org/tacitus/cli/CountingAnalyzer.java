package org.tacitus.cli;

import java.time.LocalDate;
import java.util.concurrent.atomic.LongAdder;
import org.tacitus.model.AnalyzedText;
import org.tacitus.nlp.TextAnalyzer;

/** A text analyzer that counts the sentences and tokens it hands out, for throughput figures. Thread-safe. */
final class CountingAnalyzer implements TextAnalyzer {

    private final TextAnalyzer inner;
    private final LongAdder sentences = new LongAdder();
    private final LongAdder tokens = new LongAdder();

    CountingAnalyzer(TextAnalyzer inner) {
        this.inner = inner;
    }

    @Override
    public AnalyzedText analyze(String text, LocalDate referenceDate) {
        AnalyzedText analyzed = inner.analyze(text, referenceDate);
        sentences.add(analyzed.sentences().size());
        tokens.add(analyzed.tokenCount());
        return analyzed;
    }

    long sentences() {
        return sentences.sum();
    }

    long tokens() {
        return tokens.sum();
    }

    void reset() {
        sentences.reset();
        tokens.reset();
    }
}

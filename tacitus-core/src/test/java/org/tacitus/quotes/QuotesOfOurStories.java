package org.tacitus.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.tacitus.model.Article;
import org.tacitus.model.Quote;
import org.tacitus.model.SourceFormat;
import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.pipeline.DocumentResult;
import org.tacitus.pipeline.ExtractionPipeline;
import org.tacitus.pipeline.PipelineConfig;

/** The quote tests' way into the pipeline (one per JVM, on the shared NLP models) and their lookups. */
final class QuotesOfOurStories {

    private static final ExtractionPipeline PIPELINE =
            new ExtractionPipeline(PipelineConfig.defaults(), CoreNlpAnalyzer.shared());

    private QuotesOfOurStories() {
    }

    /** The quotes of a story published 1 March 2022; every content span is checked against the text. */
    static List<Quote> quotes(String text) {
        Article a = new Article("q", text, text, null, null, LocalDate.of(2022, 3, 1), List.of(), "test",
                SourceFormat.TEXT, List.of());
        List<Quote> found = ((DocumentResult.Extracted) PIPELINE.process(a)).extraction().quotes();
        for (Quote q : found) {
            assertEquals(text.substring(q.content().start(), q.content().end()), q.content().text());
        }
        return found;
    }

    /** The first quote whose words, opening marks aside, start with {@code prefix}. */
    static Quote starting(List<Quote> quotes, String prefix) {
        return quotes.stream().filter(q -> q.content().text().replaceAll("^[\"“‘'`«]+", "").startsWith(prefix))
                .findFirst().orElseThrow(() -> new AssertionError("no quote starting '" + prefix + "' in "
                        + quotes.stream().map(q -> q.content().text()).collect(Collectors.toList())));
    }

    /** The resolved name of the quote's speaker, which must have one. */
    static String speaker(Quote q) {
        assertNotNull(q.speaker(), "a speaker for " + q.content().text());
        return q.speaker().name();
    }
}

package org.tacitus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacitus.model.Quote;

/** How CoreNLP's quotes become ours for {@code eval quotes --system corenlp}, on annotations built by hand. */
class CoreNlpBaselineTest {

    private static final String TEXT = "“We will win,” Mayor Park said. “Never,” came the reply.";

    private static CoreLabel token(String text, int begin) {
        CoreLabel t = new CoreLabel();
        t.setWord(text);
        t.setBeginPosition(begin);
        t.setEndPosition(begin + text.length());
        return t;
    }

    private static CoreMap quote(int begin, int end) {
        CoreMap q = new ArrayCoreMap();
        q.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        q.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        return q;
    }

    @Test
    void aQuoteKeepsItsOffsetsAndTheAttributedMentionBecomesTheSpeaker() {
        List<CoreLabel> tokens = new ArrayList<>();
        int at = 0;
        for (String w : TEXT.split(" ")) {
            int begin = TEXT.indexOf(w, at);
            tokens.add(token(w, begin));
            at = begin + w.length();
        }
        Annotation doc = new Annotation(TEXT);
        doc.set(CoreAnnotations.TokensAnnotation.class, tokens);
        CoreMap attributed = quote(0, 14);
        attributed.set(QuoteAttributionAnnotator.MentionBeginAnnotation.class, 3); // "Mayor"
        attributed.set(QuoteAttributionAnnotator.MentionEndAnnotation.class, 4); // "Park"
        attributed.set(QuoteAttributionAnnotator.SpeakerAnnotation.class, "Ellen Park");
        CoreMap unattributed = quote(32, 40);
        doc.set(CoreAnnotations.QuotationsAnnotation.class, List.of(attributed, unattributed));

        List<Quote> quotes = CoreNlpBaseline.quotesOf(doc, TEXT);

        assertEquals(2, quotes.size());
        Quote first = quotes.get(0);
        assertEquals("“We will win,”", first.content().text());
        assertTrue(first.direct());
        assertEquals("Mayor Park", first.speaker().span().text());
        assertEquals(15, first.speaker().span().start());
        assertEquals("Ellen Park", first.speaker().name());
        assertNull(first.cue());
        assertEquals("“Never,”", quotes.get(1).content().text());
        assertNull(quotes.get(1).speaker(), "no mention, no speaker");
    }

    @Test
    void aDocumentWithoutQuotesGivesNone() {
        Annotation doc = new Annotation("No quotes here.");
        doc.set(CoreAnnotations.TokensAnnotation.class, List.of(token("No", 0)));
        assertTrue(CoreNlpBaseline.quotesOf(doc, "No quotes here.").isEmpty());
    }
}

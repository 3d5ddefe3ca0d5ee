package org.tacitus.quotes.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacitus.model.Quote;
import org.tacitus.model.TextSpan;

class QuoteEvaluationTest {

    private static final String TEXT = "“We will win,” Park said, “and soon.” Critics said it “cannot work.”";

    private static TextSpan span(String s, int from) {
        int at = TEXT.indexOf(s, from);
        return new TextSpan(at, at + s.length(), s);
    }

    @Test
    void anAnnotationReadAsASystemGivesAQuotePerFragmentWithItsSourceAsSpeaker() {
        GoldAttribution two = GoldAttribution.of(List.of(span("“We will win,”", 0), span("“and soon.”", 0)),
                span("Park", 0), span("said", 0));
        GoldAttribution noSource = GoldAttribution.of(List.of(span("it “cannot work.”", 0)), null, null);

        List<Quote> quotes = QuoteEvaluation.asQuotes(List.of(two, noSource));

        assertEquals(List.of("“We will win,”", "“and soon.”", "it “cannot work.”"),
                quotes.stream().map(q -> q.content().text()).toList());
        assertTrue(quotes.stream().allMatch(Quote::direct));
        assertEquals("Park", quotes.get(1).speaker().name());
        assertEquals(span("Park", 0), quotes.get(1).speaker().span());
        assertEquals("said", quotes.get(0).cue().text());
        assertNull(quotes.get(2).speaker());
    }

    @Test
    void agreementScoresEveryFurtherAnnotatorAgainstTheFirstOnArticlesAnnotatedMoreThanOnce() throws IOException {
        List<PolnearDocument> docs = PolnearReader.read(PolnearReaderTest.fixture().resolve("dev"), null);
        assertEquals(1, QuoteEvaluation.annotatedTwice(docs).size(), "only the wire story has a second annotator");

        QuoteEvaluation.Result result = QuoteEvaluation.agreement(docs);

        QuoteScores s = result.scores();
        assertEquals(1, s.documents(), "one further annotation");
        assertEquals(4, s.direct().gold(), "the first annotator's direct quotes of the wire story");
        assertEquals(0, s.direct().system(), "9f3c marked no quotation marks");
        assertEquals(6, s.all().gold());
        assertEquals(2, s.all().system());
        assertEquals(2, s.all().matched(), "Park's indirect speech and Ruiz's quote overlap the first's");
        assertEquals(2, s.all().speaker().correct(), "'Ana Ruiz' overlaps 'Ana Ruiz, a local shop owner'");
        assertEquals(4, result.errors().size(), "the four direct quotes 9f3c did not mark as such are missed");
        assertTrue(result.errors().stream().allMatch(e -> e.kind() == QuoteEvaluation.ErrorKind.MISSED));
        assertTrue(result.failures().isEmpty());
    }
}

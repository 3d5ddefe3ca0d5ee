package org.tacitus.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Article;
import org.tacitus.model.Sentence;
import org.tacitus.model.SourceFormat;
import org.tacitus.model.TimeExpression;
import org.tacitus.model.Token;
import org.tacitus.nlp.CoreNlpAnalyzer;

class ClauseTimeTest {

    private static Optional<String> dateOf(String text, String headWord) {
        Article a = new Article("c", text, text, null, null, LocalDate.of(2021, 12, 28), List.of(), "test",
                SourceFormat.TEXT, List.of());
        AnalyzedText analyzed = CoreNlpAnalyzer.shared().analyze(text, a.published());
        List<TimeExpression> timexes = new RuleBasedTimeTagger().tag(a, analyzed);
        Sentence s = analyzed.sentences().get(0);
        Token head = s.tokens().stream().filter(t -> t.text().equals(headWord)).findFirst().orElseThrow();
        return ClauseTime.governing(s, head.index(), timexes).map(TimeExpression::value);
    }

    @Test
    void theDateInTheClauseGovernsIt() {
        assertEquals(Optional.of("2022-01-10"), dateOf("The United States and Russia will hold talks on Jan. 10.", "hold"));
        assertEquals(Optional.of("2021-12-27"), dateOf("On Monday, Russia moved troops to the border.", "moved"));
    }

    @Test
    void aDateInsideANestedClauseDoesNotGovernTheMainVerb() {
        String text = "Ryabkov said that the talks will take place on Jan. 10.";
        assertEquals(Optional.of("2022-01-10"), dateOf(text, "take"));
        assertTrue(dateOf(text, "said").isEmpty());
        assertEquals(Optional.of("2021-12-28"),
                dateOf("Ryabkov on Tuesday confirmed that the talks will take place in Geneva.", "confirmed"));
    }

    @Test
    void durationsDoNotDateAClause() {
        assertTrue(dateOf("The siege lasted three weeks.", "lasted").isEmpty());
    }
}

package org.tacitus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Dependency;
import org.tacitus.model.NerMention;
import org.tacitus.model.ProblemCode;
import org.tacitus.model.Sentence;
import org.tacitus.model.Token;

/** Runs the real CoreNLP models (shared once per test JVM). */
class CoreNlpAnalyzerTest {

    private static final String TEXT = "  Foreign Minister Anna Berg will meet NATO envoys in Vienna on Jan. 10.\n\n"
            + "The talks ended two days later, officials said.";

    @Test
    void sentencesTokensAndOffsetsIndexTheText() {
        AnalyzedText a = CoreNlpAnalyzer.shared().analyze(TEXT, LocalDate.of(2021, 12, 28));
        assertEquals(2, a.sentences().size());
        for (Sentence s : a.sentences()) {
            assertTrue(s.tagged() && s.parsed(), "both sentences are short enough to tag and parse");
            for (Token t : s.tokens()) {
                assertEquals(TEXT.substring(t.start(), t.end()), t.text());
                assertTrue(t.start() >= s.start() && t.end() <= s.end());
            }
        }
        Token anna = a.sentences().get(0).tokens().get(2);
        assertEquals("Anna", anna.text());
        assertEquals("NNP", anna.pos());
        assertEquals("PERSON", anna.ner());
        assertEquals("meet", a.sentences().get(0).tokens().get(5).lemma());
    }

    @Test
    void dependencyParseIsUniversalDependencies() {
        Sentence s = CoreNlpAnalyzer.shared().analyze(TEXT, null).sentences().get(0);
        List<Dependency> deps = s.dependencies();
        Dependency root = deps.stream().filter(d -> d.governor() == -1).findFirst().orElseThrow();
        assertEquals("meet", s.tokens().get(root.dependent()).text());
        assertTrue(deps.stream().anyMatch(d -> d.governor() == root.dependent() && d.relation().equals("nsubj")
                && s.tokens().get(d.dependent()).text().equals("Berg")), deps.toString());
        assertTrue(deps.stream().anyMatch(d -> d.relation().equals("obl")
                && s.tokens().get(d.dependent()).text().equals("Vienna")), deps.toString());
    }

    @Test
    void namedEntitiesWithExactSpans() {
        AnalyzedText a = CoreNlpAnalyzer.shared().analyze(TEXT, LocalDate.of(2021, 12, 28));
        String names = a.mentions().stream().filter(m -> m.timexType() == null)
                .map(m -> m.nerClass() + ":" + m.text()).collect(Collectors.joining(","));
        assertTrue(names.contains("PERSON:Anna Berg"), names);
        assertTrue(names.contains("ORGANIZATION:NATO"), names);
        assertTrue(names.contains("LOCATION:Vienna"), names);
        assertTrue(a.mentions().stream().noneMatch(m -> m.timexType() != null),
                "SUTime is off by default: the time stage is ours");
        for (NerMention m : a.mentions()) {
            assertEquals(TEXT.substring(m.start(), m.end()), m.text());
        }
    }

    @Test
    void runOnSentencesCostOnlyThemselves() {
        String runOn = "word ".repeat(400) + "\n\nThe envoy from Canada spoke in Paris.";
        AnalyzedText a = new CoreNlpAnalyzer(new NlpConfig(300, 50, false)).analyze(runOn, null);
        assertEquals(2, a.sentences().size());
        assertFalse(a.sentences().get(0).tagged());
        assertTrue(a.sentences().get(1).parsed());
        assertEquals(ProblemCode.SENTENCE_TOO_LONG, a.problems().get(0).code());
        String mid = "The envoy met the minister " + "and the general ".repeat(20) + "in Paris.";
        AnalyzedText b = new CoreNlpAnalyzer(new NlpConfig(300, 50, false)).analyze(mid, null);
        assertTrue(b.sentences().get(0).tagged());
        assertFalse(b.sentences().get(0).parsed());
        assertEquals(ProblemCode.SENTENCE_NOT_PARSED, b.problems().get(0).code());
    }

    @Test
    void emptyAndWhitespaceTextGiveNoSentences() {
        assertTrue(CoreNlpAnalyzer.shared().analyze("", null).sentences().isEmpty());
        assertTrue(CoreNlpAnalyzer.shared().analyze(" \n\t ", null).sentences().isEmpty());
    }
}

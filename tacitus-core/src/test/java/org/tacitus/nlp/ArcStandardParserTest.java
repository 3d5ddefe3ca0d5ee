package org.tacitus.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Our inference of CoreNLP's UD parser model must give exactly the trees of CoreNLP's own {@code depparse}
 * annotator, with either set of kernels: compared head by head and label by label on our fixture articles and on
 * sentences chosen for the constructions the event and quote stages read (passives, clausal subjects, relative
 * clauses, control, coordination, reported speech, a one-word line).
 */
class ArcStandardParserTest {

    private static final String SENTENCES = String.join("\n\n",
            "The treaty was signed by both leaders in Geneva on Monday.",
            "What the envoy proposed was rejected by the council.",
            "That the talks failed was widely expected.",
            "The minister, who arrived late, said the sanctions would be lifted if the troops withdrew.",
            "Russia and China agreed to hold talks, but the United States refused to attend.",
            "\"We will not back down,\" Foreign Minister Anna Berg told reporters in Vienna.",
            "Rebels attacked a convoy near the border, killing three soldiers, officials said.",
            "Ceasefire.",
            "Protesters threw stones at police, who fired tear gas and arrested dozens of people after the rally.");

    private static StanfordCoreNLP tagger;
    private static StanfordCoreNLP depparse;
    private static ArcStandardParser vector;
    private static ArcStandardParser scalar;

    @BeforeAll
    static void load() {
        tagger = new StanfordCoreNLP(props("tokenize,ssplit,pos"));
        depparse = new StanfordCoreNLP(props("depparse"), false);
        vector = ArcStandardParser.englishUd();
        scalar = ArcStandardParser.load(ArcStandardParser.ENGLISH_UD, ArcStandardParser.DEFAULT_PRECOMPUTED,
                new ScalarParserKernels());
    }

    @Test
    void theTestJvmRunsTheVectorKernels() {
        // surefire and the tacitus script start the JVM with --add-modules jdk.incubator.vector
        assertInstanceOf(VectorParserKernels.class, ParserKernels.best());
    }

    @Test
    void sameTreesAsCoreNlpOnOurSentences() {
        assertSameTrees(SENTENCES);
    }

    @Test
    void sameTreesAsCoreNlpOnOurFixtureArticles() throws IOException {
        for (String name : List.of("/ingest/wire-story.txt",
                "/polnear-mini/dev/text/wire_2016-10-03_harbour-bridge-vote-set-for-nov.txt",
                "/polnear-mini/dev/text/blog_2016-10-05_campaign-goes-online-with-new-ads.txt")) {
            try (InputStream in = ArcStandardParserTest.class.getResourceAsStream(name)) {
                assertSameTrees(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void subjectsOfPassivesAreMarkedAsCoreNlpMarksThem() {
        ArcStandardParser.Parse p = vector.parse(List.of("The", "treaty", "was", "signed", "by", "both", "leaders", "."),
                List.of("DT", "NN", "VBD", "VBN", "IN", "DT", "NNS", "."));
        assertEquals("nsubj:pass", p.relations()[1]);
        assertEquals(3, p.heads()[1]);
        assertEquals("aux:pass", p.relations()[2]);
        assertEquals(-1, p.heads()[3]);
        assertEquals("root", p.relations()[3]);
    }

    @Test
    void oneWordAndNoWord() {
        ArcStandardParser.Parse one = vector.parse(List.of("Ceasefire"), List.of("NN"));
        assertEquals(-1, one.heads()[0]);
        assertEquals("root", one.relations()[0]);
        assertEquals(0, vector.parse(List.of(), List.of()).heads().length);
    }

    private static void assertSameTrees(String text) {
        Annotation doc = new Annotation(text);
        tagger.annotate(doc);
        depparse.annotate(doc);
        int sentences = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<String> words = labels.stream().map(CoreLabel::word).toList();
            List<String> expected = corenlp(s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class),
                    words);
            assertEquals(expected, render(vector.parseTagged(labels), words), "vector kernels: " + words);
            assertEquals(expected, render(scalar.parseTagged(labels), words), "scalar kernels: " + words);
            sentences++;
        }
        assertTrue(sentences > 0);
    }

    private static List<String> corenlp(SemanticGraph g, List<String> words) {
        String[] out = new String[words.size()];
        g.getRoots().forEach(r -> out[r.index() - 1] = words.get(r.index() - 1) + " <-root- ROOT");
        for (SemanticGraphEdge e : g.edgeIterable()) {
            int d = e.getDependent().index() - 1;
            int h = e.getGovernor().index() - 1;
            out[d] = words.get(d) + " <-" + e.getRelation() + "- " + words.get(h) + "#" + h;
        }
        return List.of(out);
    }

    private static List<String> render(ArcStandardParser.Parse p, List<String> words) {
        List<String> out = new ArrayList<>();
        for (int d = 0; d < words.size(); d++) {
            int h = p.heads()[d];
            out.add(words.get(d) + " <-" + p.relations()[d] + "- " + (h < 0 ? "ROOT" : words.get(h) + "#" + h));
        }
        return out;
    }

    private static Properties props(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }
}

package org.tacitus.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Article;
import org.tacitus.model.TimeExpression;
import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.time.RuleBasedTimeTagger;

/**
 * What does tagging and normalising the time expressions of one article cost once its tokens are tagged? Our
 * {@link RuleBasedTimeTagger} (reads the POS tags and the parse the pipeline has anyway) against SUTime, CoreNLP's
 * tagger, run as its own annotator over the same text already tokenised, POS-tagged and lemmatised — what
 * {@code SuTimeExpressions} reads when the NER annotator runs SUTime inside it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Xss8m", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TimeTaggingBenchmark {

    private Article article;
    private AnalyzedText analyzed;
    private RuleBasedTimeTagger ours;
    private Annotation tagged;
    private TimeAnnotator sutime;

    @Setup
    public void setUp() {
        article = Fixtures.article();
        analyzed = CoreNlpAnalyzer.shared().analyze(article.analysisText(), article.published());
        ours = new RuleBasedTimeTagger();

        CoreNlpAnalyzer.quietCoreNlp();
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        tagged = new Annotation(article.analysisText());
        tagged.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        new StanfordCoreNLP(p).annotate(tagged);
        Properties s = new Properties();
        s.setProperty("sutime.includeRange", "true");
        sutime = new TimeAnnotator("sutime", s);
    }

    @Benchmark
    public List<TimeExpression> ruleBasedTagger() {
        return ours.tag(article, analyzed);
    }

    @Benchmark
    public List<CoreMap> suTime() {
        sutime.annotate(tagged);
        return tagged.get(TimeAnnotations.TimexAnnotations.class);
    }
}

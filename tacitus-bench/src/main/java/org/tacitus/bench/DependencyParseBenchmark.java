package org.tacitus.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
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
import org.tacitus.nlp.ArcStandardParser;
import org.tacitus.nlp.CoreNlpAnalyzer;

/**
 * What does the dependency parse of one article cost once it is tagged? CoreNLP's {@code depparse} annotator (its
 * neural parser with CoreNLP's defaults, which also builds four enhanced graphs) against {@link ArcStandardParser},
 * our inference of the same model, which gives the same basic trees. Run with
 * {@code --add-modules jdk.incubator.vector} in the fork, as the {@code tacitus} script does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-XX:+UseParallelGC", "--add-modules", "jdk.incubator.vector"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DependencyParseBenchmark {

    private Annotation tagged;
    private StanfordCoreNLP depparse;
    private ArcStandardParser ours;
    private List<List<CoreLabel>> sentences;

    @Setup
    public void setUp() {
        CoreNlpAnalyzer.quietCoreNlp();
        tagged = new Annotation(Fixtures.text());
        new StanfordCoreNLP(props("tokenize,ssplit,pos")).annotate(tagged);
        depparse = new StanfordCoreNLP(props("depparse"), false);
        ours = ArcStandardParser.englishUd();
        sentences = new ArrayList<>();
        for (CoreMap s : tagged.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(s.get(CoreAnnotations.TokensAnnotation.class));
        }
    }

    private static Properties props(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    @Benchmark
    public Annotation coreNlpDepparse() {
        depparse.annotate(tagged);
        return tagged;
    }

    @Benchmark
    public int arcStandardParser() {
        int heads = 0;
        for (List<CoreLabel> s : sentences) {
            heads += ours.parseTagged(s).heads().length;
        }
        return heads;
    }
}

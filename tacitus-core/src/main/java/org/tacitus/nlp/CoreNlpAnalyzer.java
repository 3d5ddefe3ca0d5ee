package org.tacitus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Dependency;
import org.tacitus.model.NerMention;
import org.tacitus.model.Problem;
import org.tacitus.model.ProblemCode;
import org.tacitus.model.Sentence;
import org.tacitus.model.Token;

/**
 * The one place that talks to Stanford CoreNLP. It splits the whole text once, then tags and parses sentence by
 * sentence so that a failure or a monster sentence costs that sentence only, and converts CoreNLP's typed-key maps
 * into plain records at once.
 *
 * <p>Annotators: {@code tokenize, ssplit} (paragraph breaks end sentences), {@code pos, lemma, ner} (two CRF
 * models, see {@link #NAME_MODELS}; no numeric classifiers, SUTime, fine-grained regexner, coref or quote annotator
 * unless {@link NlpConfig#timexes()} asks for CoreNLP's own time expressions), then CoreNLP's UD dependency parser
 * model run by our own {@link ArcStandardParser} (the same trees as the {@code depparse} annotator, several times
 * faster, and without the four enhanced graphs that annotator also builds). Models load once per JVM through
 * {@link #shared()}; the instance is thread-safe.
 */
public final class CoreNlpAnalyzer implements TextAnalyzer {

    private static final String STAGE = "nlp";
    private static final String NER_MODELS = "edu/stanford/nlp/models/ner/";
    /**
     * The NER models when only names are wanted: CoreNLP's default set without {@code english.muc.7class}, whose
     * only contribution after the first two is DATE, TIME, MONEY and PERCENT, which no stage reads (time is ours).
     * PERSON, ORGANIZATION, LOCATION and MISC come out the same, and NER costs about a third less.
     */
    static final String NAME_MODELS = NER_MODELS + "english.all.3class.distsim.crf.ser.gz,"
            + NER_MODELS + "english.conll.4class.distsim.crf.ser.gz";
    private static volatile CoreNlpAnalyzer shared;

    private final NlpConfig config;
    private final StanfordCoreNLP splitter;
    private final StanfordCoreNLP tagger;
    private final ArcStandardParser parser;
    private final long loadMillis;

    public CoreNlpAnalyzer(NlpConfig config) {
        this.config = config;
        long t0 = System.nanoTime();
        quietCoreNlp();
        // the parser's model loads beside CoreNLP's taggers: two cores, half the wait
        CompletableFuture<ArcStandardParser> parsing = CompletableFuture.supplyAsync(ArcStandardParser::englishUd,
                CoreNlpAnalyzer::startLoader);
        this.splitter = new StanfordCoreNLP(properties("tokenize,ssplit"));
        this.tagger = new StanfordCoreNLP(properties("pos,lemma,ner"), false);
        try {
            this.parser = parsing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
    }

    /**
     * Silences CoreNLP's logging, so that its chatter never reaches stdout, and leaves the process's standard
     * streams as they were: applying a Redwood configuration puts back the streams Redwood saw when it was first
     * used, which undoes a redirection made since (a test capturing a command's output, a host application's own).
     */
    public static void quietCoreNlp() {
        PrintStream out = System.out;
        PrintStream err = System.err;
        RedwoodConfiguration.current().clear().apply();
        System.setOut(out);
        System.setErr(err);
    }

    private static void startLoader(Runnable task) {
        Thread t = new Thread(task, "tacitus-parser-load");
        t.setDaemon(true);
        t.start();
    }

    /** The JVM-wide analyzer with default settings, built on first use. */
    public static CoreNlpAnalyzer shared() {
        CoreNlpAnalyzer local = shared;
        if (local == null) {
            synchronized (CoreNlpAnalyzer.class) {
                local = shared;
                if (local == null) {
                    local = new CoreNlpAnalyzer(NlpConfig.defaults());
                    shared = local;
                }
            }
        }
        return local;
    }

    /** How long the models took to load, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }

    private Properties properties(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", Boolean.toString(config.timexes()));
        p.setProperty("ner.applyNumericClassifiers", Boolean.toString(config.timexes()));
        if (!config.timexes()) {
            p.setProperty("ner.model", NAME_MODELS);
        }
        p.setProperty("sutime.includeRange", "true");
        return p;
    }

    @Override
    public AnalyzedText analyze(String text, LocalDate referenceDate) {
        Annotation document = new Annotation(text);
        splitter.annotate(document);
        List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>();
        List<NerMention> mentions = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (coreSentences == null) {
            return new AnalyzedText(sentences, mentions, problems);
        }
        for (CoreMap coreSentence : coreSentences) {
            sentences.add(analyzeSentence(text, sentences.size(), coreSentence, referenceDate, mentions, problems));
        }
        return new AnalyzedText(sentences, mentions, problems);
    }

    private Sentence analyzeSentence(String text, int index, CoreMap sentence, LocalDate referenceDate,
                                     List<NerMention> mentions, List<Problem> problems) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        boolean tagged = false;
        boolean parsed = false;
        List<Dependency> dependencies = List.of();
        if (labels.size() > config.maxTaggedTokens()) {
            problems.add(Problem.at(ProblemCode.SENTENCE_TOO_LONG, STAGE, "sentence " + index + " has "
                    + labels.size() + " tokens (limit " + config.maxTaggedTokens() + "); kept as tokens only", start, end));
        } else {
            Annotation one = new Annotation(text);
            one.set(CoreAnnotations.TokensAnnotation.class, labels);
            one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
            if (referenceDate != null) {
                one.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.toString());
            }
            try {
                tagger.annotate(one);
                tagged = true;
                collectMentions(text, index, sentence, labels, mentions);
            } catch (RuntimeException e) {
                problems.add(Problem.at(ProblemCode.SENTENCE_FAILED, STAGE,
                        "tagging sentence " + index + " failed: " + e, start, end));
            }
            if (tagged && labels.size() > config.maxParsedTokens()) {
                problems.add(Problem.at(ProblemCode.SENTENCE_NOT_PARSED, STAGE, "sentence " + index + " has "
                        + labels.size() + " tokens (parse limit " + config.maxParsedTokens() + ")", start, end));
            } else if (tagged) {
                try {
                    dependencies = dependencies(parser, labels);
                    parsed = true;
                } catch (RuntimeException e) {
                    problems.add(Problem.at(ProblemCode.SENTENCE_FAILED, STAGE,
                            "parsing sentence " + index + " failed: " + e, start, end));
                }
            }
        }
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new Token(i, l.beginPosition(), l.endPosition(), text.substring(l.beginPosition(), l.endPosition()),
                    tagged ? l.tag() : null, tagged ? l.lemma() : null, tagged ? l.ner() : null));
        }
        return new Sentence(index, start, end, tokens, dependencies, tagged, parsed);
    }

    private static void collectMentions(String text, int sentenceIndex, CoreMap sentence, List<CoreLabel> labels,
                                        List<NerMention> out) {
        List<CoreMap> found = sentence.get(CoreAnnotations.MentionsAnnotation.class);
        if (found == null) {
            return;
        }
        for (CoreMap m : found) {
            int start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            String nerClass = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
            if (nerClass == null || end <= start) {
                continue;
            }
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            // token range from character offsets: CoreNLP's token indices depend on how the annotation was built
            int tokenStart = -1;
            int tokenEnd = -1;
            for (int i = 0; i < labels.size(); i++) {
                if (tokenStart < 0 && labels.get(i).endPosition() > start) {
                    tokenStart = i;
                }
                if (labels.get(i).beginPosition() < end) {
                    tokenEnd = i + 1;
                }
            }
            if (tokenStart < 0 || tokenEnd <= tokenStart) {
                continue;
            }
            out.add(new NerMention(start, end, text.substring(start, end), nerClass, sentenceIndex, tokenStart,
                    tokenEnd, timex == null ? null : timex.timexType(), timex == null ? null : timex.value()));
        }
    }

    private static List<Dependency> dependencies(ArcStandardParser parser, List<CoreLabel> labels) {
        ArcStandardParser.Parse parse = parser.parseTagged(labels);
        List<Dependency> edges = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            edges.add(new Dependency(parse.heads()[i], i, parse.relations()[i]));
        }
        return edges;
    }
}

package org.tacitus.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.tacitus.model.Article;
import org.tacitus.nlp.CoreNlpAnalyzer;
import org.tacitus.model.Quote;
import org.tacitus.model.Speaker;
import org.tacitus.model.TextSpan;

/**
 * The benchmark's baseline: what a user would run to get comparable information from Stanford CoreNLP alone —
 * tokens, sentences, POS, lemmas, entities (CoreNLP's default NER: three CRF models, fine-grained regexner,
 * SUTime), a dependency parse, coreference (for pronoun speakers) and quotes with their speakers — on the same
 * texts (the articles' analysis text, dated like ours), with CoreNLP's default settings otherwise.
 */
final class CoreNlpBaseline {

    static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    /** One baseline run: load time, what was annotated, how long it took and what failed. */
    record Run(long loadNanos, int documents, long sentences, long tokens, long wallNanos, int failed) {
        double tokensPerSecond() {
            return wallNanos == 0 ? 0 : tokens / (wallNanos / 1e9);
        }
    }

    private final StanfordCoreNLP pipeline;
    private final long loadNanos;

    CoreNlpBaseline() {
        long t0 = System.nanoTime();
        CoreNlpAnalyzer.quietCoreNlp();
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        p.setProperty("tokenize.language", "en");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        pipeline = new StanfordCoreNLP(p);
        loadNanos = System.nanoTime() - t0;
    }

    /** Annotates {@code warmup} (untimed), then {@code articles} on {@code threads} workers. */
    Run run(List<Article> warmup, List<Article> articles, int threads) throws InterruptedException {
        for (Article a : warmup) {
            annotate(a);
        }
        LongAdder sentences = new LongAdder();
        LongAdder tokens = new LongAdder();
        LongAdder failed = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "tacitus-baseline");
            t.setDaemon(true);
            return t;
        });
        long t0 = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Article a : articles) {
                futures.add(pool.submit(() -> {
                    try {
                        Annotation doc = annotate(a);
                        List<?> s = doc.get(CoreAnnotations.SentencesAnnotation.class);
                        List<?> t = doc.get(CoreAnnotations.TokensAnnotation.class);
                        sentences.add(s == null ? 0 : s.size());
                        tokens.add(t == null ? 0 : t.size());
                    } catch (RuntimeException | StackOverflowError e) {
                        failed.increment();
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    failed.increment();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - t0;
        return new Run(loadNanos, articles.size(), sentences.sum(), tokens.sum(), wall, failed.intValue());
    }

    /**
     * CoreNLP's own quotes of an article and the speakers its quote attribution gives them, as our records, so that
     * {@code tacitus eval quotes --system corenlp} scores CoreNLP with our scorer: every CoreNLP quote is direct
     * (it finds only quotation-marked text), its speaker span is the attributed mention and its name CoreNLP's
     * speaker (the canonical mention's text when there is one). No cue: CoreNLP does not give one.
     */
    List<Quote> quotes(Article article) {
        return quotesOf(annotate(article), article.analysisText());
    }

    /** The quotes of a document CoreNLP annotated from {@code text}, as {@link #quotes} describes. */
    static List<Quote> quotesOf(Annotation doc, String text) {
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        List<Quote> out = new ArrayList<>();
        if (quotes == null) {
            return out;
        }
        for (CoreMap q : quotes) {
            int begin = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            out.add(new Quote(new TextSpan(begin, end, text.substring(begin, end)), true, speaker(q, tokens, text),
                    null));
        }
        return out;
    }

    private static Speaker speaker(CoreMap quote, List<CoreLabel> tokens, String text) {
        Integer first = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
        Integer last = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
        String name = quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class);
        if (first == null || last == null || first < 0 || last >= tokens.size() || last < first) {
            return null;
        }
        int begin = tokens.get(first).beginPosition();
        int end = tokens.get(last).endPosition();
        TextSpan span = new TextSpan(begin, end, text.substring(begin, end));
        return new Speaker(span, name == null ? span.text() : name, null);
    }

    private Annotation annotate(Article article) {
        Annotation doc = new Annotation(article.analysisText());
        if (article.published() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        pipeline.annotate(doc);
        return doc;
    }
}

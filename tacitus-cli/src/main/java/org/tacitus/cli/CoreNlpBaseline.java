package org.tacitus.cli;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import org.tacitus.model.Article;

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
        RedwoodConfiguration.current().clear().apply();
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

    private Annotation annotate(Article article) {
        Annotation doc = new Annotation(article.analysisText());
        if (article.published() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        pipeline.annotate(doc);
        return doc;
    }
}

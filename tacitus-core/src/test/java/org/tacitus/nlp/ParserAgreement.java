package org.tacitus.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Developer aid (not a test): parses text files with CoreNLP's {@code depparse} annotator and with
 * {@link ArcStandardParser}, and prints how many sentences and tokens get the same head and relation, and the time
 * each parser took. Usage: {@code ParserAgreement FILE...}.
 */
public final class ParserAgreement {

    public static void main(String[] args) throws Exception {
        StanfordCoreNLP tagger = new StanfordCoreNLP(props("tokenize,ssplit,pos"));
        StanfordCoreNLP corenlp = new StanfordCoreNLP(props("depparse"), false);
        ArcStandardParser ours = ArcStandardParser.englishUd();
        long sentences = 0, same = 0, tokens = 0, sameTokens = 0, tCore = 0, tOurs = 0;
        for (String file : args) {
            Annotation doc = new Annotation(Files.readString(Path.of(file)));
            tagger.annotate(doc);
            long t0 = System.nanoTime();
            corenlp.annotate(doc);
            tCore += System.nanoTime() - t0;
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
                List<String> words = labels.stream().map(CoreLabel::word).toList();
                long t1 = System.nanoTime();
                ArcStandardParser.Parse parse = ours.parseTagged(labels);
                tOurs += System.nanoTime() - t1;
                SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
                int[] heads = new int[labels.size()];
                String[] rels = new String[labels.size()];
                java.util.Arrays.fill(heads, -2);
                for (var root : g.getRoots()) {
                    heads[root.index() - 1] = -1;
                    rels[root.index() - 1] = "root";
                }
                for (SemanticGraphEdge e : g.edgeIterable()) {
                    heads[e.getDependent().index() - 1] = e.getGovernor().index() - 1;
                    rels[e.getDependent().index() - 1] = e.getRelation().toString();
                }
                boolean all = true;
                for (int i = 0; i < labels.size(); i++) {
                    boolean ok = heads[i] == parse.heads()[i] && String.valueOf(rels[i]).equals(parse.relations()[i]);
                    if (ok) {
                        sameTokens++;
                    } else if (System.getProperty("show") != null) {
                        System.out.printf("  %s #%d %s: corenlp %d %s, ours %d %s%n", file, i, words.get(i), heads[i],
                                rels[i], parse.heads()[i], parse.relations()[i]);
                    }
                    all &= ok;
                }
                tokens += labels.size();
                sentences++;
                if (all) {
                    same++;
                }
            }
        }
        if (Boolean.getBoolean("warm")) {
            warm(args, tagger, corenlp, ours);
        }
        System.out.printf("sentences %d, identical %d (%.4f); tokens %d, same head and relation %d (%.5f)%n",
                sentences, same, same / (double) sentences, tokens, sameTokens, sameTokens / (double) tokens);
        System.out.printf("parse time: corenlp depparse %.1f s, ours %.1f s (first run each: JIT cold)%n",
                tCore / 1e9, tOurs / 1e9);
    }

    /** Times both parsers again on the same tagged sentences, twice, JIT warm; prints tokens per second. */
    private static void warm(String[] files, StanfordCoreNLP tagger, StanfordCoreNLP corenlp, ArcStandardParser ours)
            throws Exception {
        List<Annotation> docs = new ArrayList<>();
        long tokens = 0;
        for (String file : files) {
            Annotation doc = new Annotation(Files.readString(Path.of(file)));
            tagger.annotate(doc);
            docs.add(doc);
            tokens += doc.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (Annotation doc : docs) {
                corenlp.annotate(doc);
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (Annotation doc : docs) {
                for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                    ours.parseTagged(s.get(CoreAnnotations.TokensAnnotation.class));
                }
            }
            long t2 = mx.getCurrentThreadCpuTime();
            System.out.printf("warm round %d: corenlp depparse %.0f tokens per cpu-second, ours %.0f%n", round,
                    tokens / ((t1 - t0) / 1e9), tokens / ((t2 - t1) / 1e9));
        }
    }

    private static Properties props(String annotators) {
        Properties p = new Properties();
        p.setProperty("annotators", annotators);
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }
}

package org.tacitus.time.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tacitus.eval.ParallelEvaluation;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Article;
import org.tacitus.model.SourceFormat;
import org.tacitus.model.TimeExpression;
import org.tacitus.nlp.TextAnalyzer;
import org.tacitus.time.TimeTagger;

/**
 * Runs the NLP layer and a time tagger over TimeML gold documents and scores the tagger: each document's text is
 * analysed anchored to its creation time, tagged, and aligned with the gold TIMEX3s. Only the tagger's own call
 * is timed. Thread-safe when the analyzer and the tagger are (as {@link TextAnalyzer} and {@link TimeTagger}
 * require).
 */
public final class TimexEvaluation {

    /** What went wrong with one expression. */
    public enum ErrorKind {
        /** a gold timex that no system timex overlaps */
        MISSED,
        /** a system timex that overlaps no gold timex */
        SPURIOUS,
        /** overlapping timexes whose values differ */
        WRONG_VALUE
    }

    /**
     * One error, for reading by a person.
     *
     * @param gold    the gold timex, null for {@link ErrorKind#SPURIOUS}
     * @param system  the system timex, null for {@link ErrorKind#MISSED}
     * @param context about 30 characters either side of the expression, which is bracketed, on one line
     */
    public record TimexError(String doc, ErrorKind kind, TimeExpression gold, TimeExpression system,
                             String context) {

        public TimexError {
            Objects.requireNonNull(doc, "doc");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(context, "context");
            if (gold == null && system == null) {
                throw new IllegalArgumentException("an error needs a gold or a system timex");
            }
        }

        int start() {
            return Math.min(gold == null ? Integer.MAX_VALUE : gold.start(),
                    system == null ? Integer.MAX_VALUE : system.start());
        }
    }

    /**
     * Scores and errors, in document order.
     *
     * @param scores a fresh instance owned by the caller
     */
    public record Result(TimexScores scores, List<TimexError> errors) {

        public Result {
            Objects.requireNonNull(scores, "scores");
            errors = List.copyOf(errors);
        }
    }

    /** The first line of {@link #writeErrors}. */
    public static final String ERRORS_HEADER =
            "doc\tkind\tgold_text\tgold_value\tsystem_text\tsystem_value\tcontext";

    private static final int CONTEXT = 30;

    private final TextAnalyzer analyzer;
    private final TimeTagger tagger;

    public TimexEvaluation(TextAnalyzer analyzer, TimeTagger tagger) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.tagger = Objects.requireNonNull(tagger, "tagger");
    }

    /** Reads, tags and scores the given TimeML files, {@code threads} documents at a time. */
    public Result evaluate(List<Path> files, int threads) throws IOException {
        TimexScores total = new TimexScores();
        List<TimexError> errors = new ArrayList<>();
        for (Result doc : ParallelEvaluation.run(files, threads, this::evaluate).results()) {
            total.merge(doc.scores());
            errors.addAll(doc.errors());
        }
        return new Result(total, errors);
    }

    /** Reads, tags and scores one TimeML file. */
    public Result evaluate(Path file) throws IOException {
        return evaluate(TimeMlReader.read(file), file.toString());
    }

    /** Tags and scores one gold document; {@code source} is recorded as the article's source. */
    public Result evaluate(TimeMlDocument doc, String source) {
        Article article = new Article(doc.id(), doc.text(), doc.text(), null, null, doc.dct(), List.of(), source,
                SourceFormat.TEXT, List.of());
        AnalyzedText analyzed = analyzer.analyze(article.text(), doc.dct());
        long t0 = System.nanoTime();
        List<TimeExpression> system = tagger.tag(article, analyzed);
        long nanos = System.nanoTime() - t0;
        TimexScores scores = new TimexScores();
        scores.addTiming(analyzed.tokenCount(), nanos);
        TimexScores.Alignment alignment = scores.add(doc.gold(), system);
        return new Result(scores, errors(doc, alignment));
    }

    /** Writes errors as TSV with {@link #ERRORS_HEADER} first; tabs and line breaks inside fields become spaces. */
    public static void writeErrors(List<TimexError> errors, Writer out) throws IOException {
        out.write(ERRORS_HEADER);
        out.write('\n');
        for (TimexError e : errors) {
            out.write(String.join("\t", field(e.doc()), e.kind().name(),
                    field(e.gold() == null ? "" : e.gold().text()), field(e.gold() == null ? "" : e.gold().value()),
                    field(e.system() == null ? "" : e.system().text()),
                    field(e.system() == null ? "" : e.system().value()), field(e.context())));
            out.write('\n');
        }
    }

    private static String field(String s) {
        return s.replaceAll("[\t\r\n]", " ");
    }

    private static List<TimexError> errors(TimeMlDocument doc, TimexScores.Alignment alignment) {
        List<TimexError> out = new ArrayList<>();
        for (TimeExpression g : alignment.missed()) {
            out.add(new TimexError(doc.id(), ErrorKind.MISSED, g, null, context(doc.text(), g.start(), g.end())));
        }
        for (TimeExpression s : alignment.spurious()) {
            out.add(new TimexError(doc.id(), ErrorKind.SPURIOUS, null, s, context(doc.text(), s.start(), s.end())));
        }
        for (TimexScores.Match m : alignment.matches()) {
            if (!m.gold().value().equals(m.system().value())) {
                int start = Math.min(m.gold().start(), m.system().start());
                int end = Math.max(m.gold().end(), m.system().end());
                out.add(new TimexError(doc.id(), ErrorKind.WRONG_VALUE, m.gold(), m.system(),
                        context(doc.text(), start, end)));
            }
        }
        out.sort(Comparator.comparingInt(TimexError::start));
        return out;
    }

    private static String context(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), Math.max(end, start) + CONTEXT);
        String s = text.substring(from, start) + "[" + text.substring(start, end) + "]" + text.substring(end, to);
        return s.replaceAll("\\s+", " ").strip();
    }
}

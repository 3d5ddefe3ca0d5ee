package org.tacitus.quotes.eval;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.tacitus.eval.DocumentFailure;
import org.tacitus.eval.ParallelEvaluation;
import org.tacitus.model.Article;
import org.tacitus.model.Quote;
import org.tacitus.model.SourceFormat;
import org.tacitus.model.Speaker;
import org.tacitus.model.TextSpan;

/**
 * Runs a system over PolNeAR gold documents and scores its quotes ({@link QuoteScores}). The system is any function
 * from an article to its quotes (the CLI passes the extraction pipeline); each document becomes an
 * {@link Article} with its text, its publication date and its text file as the source.
 *
 * <p>The whole work on a document (building the article, running the system, scoring) is timed. A system that
 * throws on a document is recorded as a {@link DocumentFailure} and the document is scored with no system quotes,
 * so its gold counts as missed; documents run through {@link ParallelEvaluation}. Errors are listed for the
 * headline scope, direct quotes. Thread-safe when the system function is.
 */
public final class QuoteEvaluation {

    /** What went wrong with one direct quote. */
    public enum ErrorKind {
        /** a gold direct quote that no system direct quote overlaps */
        MISSED,
        /** a system direct quote that overlaps no gold direct quote (nor is a further fragment of a matched one) */
        SPURIOUS,
        /**
         * a match or fragment part whose gold has a source that the system speaker (or its absence) does not agree
         * with
         */
        WRONG_SPEAKER
    }

    /**
     * One error, for reading by a person.
     *
     * @param gold    the gold attribution, null for {@link ErrorKind#SPURIOUS}
     * @param system  the system quote, null for {@link ErrorKind#MISSED}
     * @param context about 30 characters either side of the quote, which is bracketed (a long one shortened in
     *                the middle), on one line
     */
    public record QuoteError(String doc, ErrorKind kind, GoldAttribution gold, Quote system, String context) {

        public QuoteError {
            Objects.requireNonNull(doc, "doc");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(context, "context");
            if (gold == null && system == null) {
                throw new IllegalArgumentException("an error needs a gold attribution or a system quote");
            }
        }

        int start() {
            return Math.min(gold == null ? Integer.MAX_VALUE : gold.start(),
                    system == null ? Integer.MAX_VALUE : system.content().start());
        }
    }

    /**
     * Scores, errors and failures, in document order.
     *
     * @param scores    a fresh instance owned by the caller
     * @param wallNanos wall-clock time of the whole evaluation (with threads, less than the summed time)
     */
    public record Result(QuoteScores scores, List<QuoteError> errors, List<DocumentFailure> failures,
                         long wallNanos) {

        public Result {
            Objects.requireNonNull(scores, "scores");
            errors = List.copyOf(errors);
            failures = List.copyOf(failures);
        }

        /** Documents per second of wall-clock time. */
        public double documentsPerSecond() {
            return ParallelEvaluation.documentsPerSecond(scores.documents(), wallNanos);
        }

        /** {@link QuoteScores#report} followed by the failures and the wall-clock throughput. */
        public String report(String label) {
            return scores.report(label) + ParallelEvaluation.footer(failures, "quotes", scores.documents(), wallNanos);
        }
    }

    /** The first line of {@link #writeErrors}. */
    public static final String ERRORS_HEADER =
            "doc\tkind\tgold_content\tgold_source\tsystem_content\tsystem_speaker\tcontext";

    private static final int CONTEXT = 30;
    private static final int FIELD = 80;
    private static final int BRACKETED = 160;

    private final Function<Article, List<Quote>> system;

    public QuoteEvaluation(Function<Article, List<Quote>> system) {
        this.system = Objects.requireNonNull(system, "system");
    }

    /**
     * Runs and scores the given documents, {@code threads} at a time.
     *
     * @param dir the split's directory; each article's source is its text file there
     */
    public Result evaluate(List<PolnearDocument> documents, Path dir, int threads) {
        ParallelEvaluation.Run<Result> run = ParallelEvaluation.run(documents, threads, doc -> evaluate(doc, dir));
        QuoteScores total = new QuoteScores();
        List<QuoteError> errors = new ArrayList<>();
        List<DocumentFailure> failures = new ArrayList<>();
        for (Result r : run.results()) {
            total.merge(r.scores());
            errors.addAll(r.errors());
            failures.addAll(r.failures());
        }
        return new Result(total, errors, failures, run.wallNanos());
    }

    /** Runs and scores one gold document. */
    public Result evaluate(PolnearDocument doc, Path dir) {
        long t0 = System.nanoTime();
        String path = dir.resolve("text").resolve(doc.id() + ".txt").toString();
        Article article = new Article(doc.id(), doc.text(), doc.text(), null, null, doc.published(), List.of(),
                path, SourceFormat.TEXT, List.of());
        ParallelEvaluation.Guarded<Quote> run = ParallelEvaluation.guard(doc.id(), () -> system.apply(article));
        QuoteScores scores = new QuoteScores();
        QuoteScores.DocumentAlignment alignment = scores.add(doc.gold(), run.output());
        List<QuoteError> errors = errors(doc, alignment.direct());
        long nanos = System.nanoTime() - t0;
        scores.addTiming(nanos);
        return new Result(scores, errors, run.failures(), nanos);
    }

    /**
     * How far annotators agree: each further annotator of an article is scored against its first (the gold) as if
     * it were a system, with the same alignment, and the counts are pooled over all of them, so the figures are what
     * a careful person reaches against this gold. An annotator's source becomes the speaker (its text the name).
     * Articles annotated once are left out; nothing is timed.
     */
    public static Result agreement(List<PolnearDocument> documents) {
        QuoteScores total = new QuoteScores();
        List<QuoteError> errors = new ArrayList<>();
        for (PolnearDocument doc : documents) {
            if (doc.others().isEmpty()) {
                continue;
            }
            for (List<GoldAttribution> other : doc.others()) {
                QuoteScores.DocumentAlignment alignment = total.add(doc.gold(), asQuotes(other));
                errors.addAll(errors(doc, alignment.direct()));
            }
        }
        return new Result(total, errors, List.of(), 0);
    }

    /** The documents annotated more than once. */
    public static List<PolnearDocument> annotatedTwice(List<PolnearDocument> documents) {
        return documents.stream().filter(d -> !d.others().isEmpty()).toList();
    }

    /**
     * An annotation read as a system's output: one quote for each content fragment, direct as the attribution, the
     * source as speaker with its text for name, and the cue.
     */
    static List<Quote> asQuotes(List<GoldAttribution> attributions) {
        List<Quote> out = new ArrayList<>();
        for (GoldAttribution g : attributions) {
            Speaker speaker = g.source() == null ? null : new Speaker(g.source(), g.source().text(), null);
            for (TextSpan fragment : g.content()) {
                out.add(new Quote(fragment, g.direct(), speaker, g.cue()));
            }
        }
        return out;
    }

    /** Writes errors as TSV with {@link #ERRORS_HEADER} first; tabs and line breaks inside fields become spaces. */
    public static void writeErrors(List<QuoteError> errors, Writer out) throws IOException {
        out.write(ERRORS_HEADER);
        out.write('\n');
        for (QuoteError e : errors) {
            GoldAttribution g = e.gold();
            Quote s = e.system();
            out.write(String.join("\t", field(e.doc()), e.kind().name(),
                    g == null ? "" : field(shorten(g.text())),
                    g == null || g.source() == null ? "" : field(g.source().text()),
                    s == null ? "" : field(shorten(s.content().text())),
                    s == null || s.speaker() == null ? "" : field(speaker(s.speaker())),
                    field(e.context())));
            out.write('\n');
        }
    }

    private static String speaker(Speaker s) {
        return s.name() == null || s.name().equals(s.span().text()) ? s.span().text()
                : s.span().text() + " (" + s.name() + ")";
    }

    private static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= FIELD ? one : one.substring(0, FIELD) + "…";
    }

    private static String field(String s) {
        return s.replaceAll("[\t\r\n]", " ");
    }

    private static List<QuoteError> errors(PolnearDocument doc, QuoteScores.Alignment alignment) {
        List<QuoteError> out = new ArrayList<>();
        for (GoldAttribution g : alignment.missed()) {
            out.add(new QuoteError(doc.id(), ErrorKind.MISSED, g, null, context(doc.text(), g.start(), g.end())));
        }
        for (Quote s : alignment.spurious()) {
            out.add(new QuoteError(doc.id(), ErrorKind.SPURIOUS, null, s,
                    context(doc.text(), s.content().start(), s.content().end())));
        }
        List<QuoteScores.Match> scored = new ArrayList<>(alignment.matches());
        scored.addAll(alignment.parts());
        for (QuoteScores.Match m : scored) {
            QuoteScores.SpeakerVerdict verdict = m.speaker();
            if (verdict != QuoteScores.SpeakerVerdict.CORRECT && verdict != QuoteScores.SpeakerVerdict.NO_GOLD_SOURCE) {
                int start = Math.min(m.gold().start(), m.system().content().start());
                int end = Math.max(m.gold().end(), m.system().content().end());
                out.add(new QuoteError(doc.id(), ErrorKind.WRONG_SPEAKER, m.gold(), m.system(),
                        context(doc.text(), start, end)));
            }
        }
        out.sort(Comparator.comparingInt(QuoteError::start));
        return out;
    }

    private static String context(String text, int spanStart, int spanEnd) {
        int start = Math.min(spanStart, text.length()); // a system span may be out of bounds; never throw here
        int end = Math.min(Math.max(spanEnd, start), text.length());
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        String inside = text.substring(start, end);
        if (inside.length() > BRACKETED) {
            int half = BRACKETED / 2;
            inside = inside.substring(0, half) + " … " + inside.substring(inside.length() - half);
        }
        String s = text.substring(from, start) + "[" + inside + "]" + text.substring(end, to);
        return s.replaceAll("\\s+", " ").strip();
    }
}

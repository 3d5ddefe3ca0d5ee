package org.tacitus.time.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tacitus.eval.Prf;
import org.tacitus.eval.SpanAlignment;
import org.tacitus.model.TimeExpression;

/**
 * Counts for the TempEval-3 temporal-expression figures, micro-averaged over documents.
 *
 * <ul>
 *   <li><b>strict</b> extraction: a system timex with exactly the span of a gold one;</li>
 *   <li><b>relaxed</b> extraction: spans that overlap, each gold and each system timex matched at most once, the
 *       pairs with the largest overlap first ({@link #align}, by {@link SpanAlignment});</li>
 *   <li><b>type</b> and <b>value</b>: over the relaxed matches, accuracy (correct / matches) and F1 with
 *       precision = correct / system timexes and recall = correct / gold timexes. A value is correct when its
 *       string equals the gold value exactly.</li>
 * </ul>
 *
 * A figure whose denominator is zero is 0. It also sums the tagger's own time and the tokens it saw, for its
 * throughput. Not thread-safe: score each document on its own instance and {@link #merge} them.
 */
public final class TimexScores {

    private static final int NAME_WIDTH = 20;

    private int documents;
    private long gold;
    private long system;
    private long strict;
    private long relaxed;
    private long typeCorrect;
    private long valueCorrect;
    private long tokens;
    private long taggerNanos;

    /** A gold timex and the system timex it was matched with. */
    public record Match(TimeExpression gold, TimeExpression system) {

        public Match {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(system, "system");
        }

        public boolean exact() {
            return gold.start() == system.start() && gold.end() == system.end();
        }
    }

    /**
     * The relaxed one-to-one alignment of one document.
     *
     * @param matches  overlapping pairs, in gold order
     * @param missed   gold timexes that no system timex matched
     * @param spurious system timexes that matched no gold timex
     */
    public record Alignment(List<Match> matches, List<TimeExpression> missed, List<TimeExpression> spurious) {

        public Alignment {
            matches = List.copyOf(matches);
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }
    }

    private static final SpanAlignment<TimeExpression, TimeExpression> SPANS = SpanAlignment.of(
            TimeExpression::start, TimeExpression::end, TimeExpression::start, TimeExpression::end);

    /**
     * Matches overlapping spans one to one, greedily ({@link SpanAlignment}): the pair with the largest overlap
     * first; among equal overlaps the tighter pair (smaller union, so an exact match wins), then the earlier gold
     * and system spans.
     */
    public static Alignment align(List<TimeExpression> gold, List<TimeExpression> system) {
        SpanAlignment.Result<TimeExpression, TimeExpression> r = SPANS.align(gold, system);
        return new Alignment(r.matches().stream().map(m -> new Match(m.gold(), m.system())).toList(), r.missed(),
                r.spurious());
    }

    /** Scores one document and returns its alignment. */
    public Alignment add(List<TimeExpression> gold, List<TimeExpression> system) {
        Alignment alignment = align(gold, system);
        documents++;
        this.gold += gold.size();
        this.system += system.size();
        strict += exactMatches(gold, system);
        relaxed += alignment.matches().size();
        for (Match m : alignment.matches()) {
            if (m.gold().type() == m.system().type()) {
                typeCorrect++;
            }
            if (m.gold().value().equals(m.system().value())) {
                valueCorrect++;
            }
        }
        return alignment;
    }

    /** Adds the tagger's own time on a document and the number of tokens of that document. */
    public void addTiming(long tokenCount, long nanos) {
        if (tokenCount < 0 || nanos < 0) {
            throw new IllegalArgumentException("negative tokens or time");
        }
        tokens += tokenCount;
        taggerNanos += nanos;
    }

    /** Adds another instance's counts to this one. */
    public TimexScores merge(TimexScores other) {
        documents += other.documents;
        gold += other.gold;
        system += other.system;
        strict += other.strict;
        relaxed += other.relaxed;
        typeCorrect += other.typeCorrect;
        valueCorrect += other.valueCorrect;
        tokens += other.tokens;
        taggerNanos += other.taggerNanos;
        return this;
    }

    public int documents() {
        return documents;
    }

    public long gold() {
        return gold;
    }

    public long system() {
        return system;
    }

    /** Exact-span matches, one to one. */
    public long strictMatches() {
        return strict;
    }

    /** Overlapping matches, one to one. */
    public long relaxedMatches() {
        return relaxed;
    }

    public long typeCorrect() {
        return typeCorrect;
    }

    public long valueCorrect() {
        return valueCorrect;
    }

    public long tokens() {
        return tokens;
    }

    public long taggerNanos() {
        return taggerNanos;
    }

    public Prf strictExtraction() {
        return Prf.of(strict, system, gold);
    }

    public Prf relaxedExtraction() {
        return Prf.of(relaxed, system, gold);
    }

    public Prf type() {
        return Prf.of(typeCorrect, system, gold);
    }

    public Prf value() {
        return Prf.of(valueCorrect, system, gold);
    }

    public double typeAccuracy() {
        return Prf.ratio(typeCorrect, relaxed);
    }

    public double valueAccuracy() {
        return Prf.ratio(valueCorrect, relaxed);
    }

    /** Tokens per second of tagger time (summed over threads, so a per-thread rate); 0 without timing. */
    public double taggerTokensPerSecond() {
        return taggerNanos == 0 ? 0 : tokens / (taggerNanos / 1e9);
    }

    /** The figures, to three decimals, with the counts behind them. */
    public String report(String label) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %d documents, %d gold timexes, %d system timexes\n",
                label, documents, gold, system));
        out.append(Prf.header(NAME_WIDTH));
        out.append(strictExtraction().row(NAME_WIDTH, "strict extraction", "exact spans: " + strict));
        out.append(relaxedExtraction().row(NAME_WIDTH, "relaxed extraction", "overlapping: " + relaxed));
        out.append(type().row(NAME_WIDTH, "type", String.format(Locale.ROOT, "accuracy %.3f (%d/%d matches)",
                typeAccuracy(), typeCorrect, relaxed)));
        out.append(value().row(NAME_WIDTH, "value", String.format(Locale.ROOT, "accuracy %.3f (%d/%d matches)",
                valueAccuracy(), valueCorrect, relaxed)));
        out.append(String.format(Locale.ROOT,
                "  tagger throughput: %.0f tokens/s (%d tokens, %.3f s in the tagger)\n",
                taggerTokensPerSecond(), tokens, taggerNanos / 1e9));
        return out.toString();
    }

    private static long exactMatches(List<TimeExpression> gold, List<TimeExpression> system) {
        Map<Long, Integer> goldSpans = new HashMap<>();
        for (TimeExpression g : gold) {
            goldSpans.merge(span(g), 1, Integer::sum);
        }
        long matches = 0;
        for (TimeExpression s : system) {
            Integer left = goldSpans.get(span(s));
            if (left != null && left > 0) {
                goldSpans.put(span(s), left - 1);
                matches++;
            }
        }
        return matches;
    }

    private static long span(TimeExpression t) {
        return ((long) t.start() << 32) | t.end();
    }
}

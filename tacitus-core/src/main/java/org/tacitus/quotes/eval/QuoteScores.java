package org.tacitus.quotes.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.tacitus.eval.ParallelEvaluation;
import org.tacitus.eval.Prf;
import org.tacitus.eval.SpanAlignment;
import org.tacitus.model.Quote;
import org.tacitus.model.Speaker;
import org.tacitus.model.TextSpan;

/**
 * Counts for quote extraction against gold attributions, micro-averaged over documents, in two scopes: <b>direct
 * quotes</b> (gold attributions whose content is a direct quote, {@link GoldAttribution#direct}, against system
 * quotes with {@link Quote#direct}) and, as a secondary figure, <b>all attributions</b> (every gold content against
 * every system quote, direct or reported). In each scope:
 *
 * <ul>
 *   <li><b>overlap</b>: gold contents and system quotes that share characters, each matched at most once, the
 *       pairs with the largest overlap first ({@link #align}); recall = matches / gold contents; precision =
 *       (matches + fragment parts) / system quotes. A <b>fragment part</b> is a system quote left unmatched that
 *       overlaps a content fragment of a matched gold attribution which neither that gold's match nor an earlier
 *       part overlaps. PolNeAR keeps the quotations around one cue in one attribution ({@code “We will,” she said,
 *       “win.”} is one content of two fragments, also across sentences and paragraphs), where a system gives each
 *       quotation its own quote: counted one to one, the second would be spurious although it is right. At most
 *       one part per fragment, so splitting a quotation never raises precision. The strict one-to-one figure,
 *       precision = matches / system quotes, is reported beside it ({@link Tally#overlapOneToOne});</li>
 *   <li><b>exact text</b>: a separate one-to-one matching of gold and system whose spans are the same once
 *       quotation marks ({@code “ ” " '' `` ‘ ’}), whitespace and, at the end, commas and periods are trimmed from
 *       both ends ({@link #core}), so that {@code “We will win,”} and {@code We will win} agree. A discontinuous
 *       gold content is trimmed at its first fragment's start and its last fragment's end: only a system span
 *       covering the interruption ("she said") can match it exactly;</li>
 *   <li><b>speaker accuracy</b>, over the overlap matches and fragment parts whose gold has a source (and, beside
 *       it, over the matches alone): the system speaker is right when
 *       its span overlaps the gold source, or when its {@link Speaker#name} holds, as a whole word and ignoring
 *       case, the last word of the gold source's text, or the gold source's text holds the name's last word
 *       ({@link #speakerCorrect}: "Trump" and "Donald J. Trump" agree, "he" and "Hershey" do not). A match without
 *       a system speaker is wrong, and counted apart.</li>
 * </ul>
 *
 * A figure whose denominator is zero is 0. It also sums the time spent per document, for a throughput. Not
 * thread-safe: score each document on its own instance and {@link #merge} them.
 */
public final class QuoteScores {

    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})['’]s\\b");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final int NAME_WIDTH = 30;
    /** Overlap counts a discontinuous content's fragments only; the union and the order use its hull. */
    private static final SpanAlignment<GoldAttribution, Quote> SPANS = SpanAlignment.<GoldAttribution, Quote>of(
            GoldAttribution::start, GoldAttribution::end, q -> q.content().start(), q -> q.content().end())
            .withOverlap((g, q) -> g.overlap(q.content().start(), q.content().end()));

    private int documents;
    private final Counter direct = new Counter();
    private final Counter all = new Counter();
    private long nanos;

    /** How the speaker of one overlap match fares. */
    public enum SpeakerVerdict {
        /** the gold attribution has no source: not scored */
        NO_GOLD_SOURCE,
        /** the system speaker agrees with the gold source */
        CORRECT,
        /** the system speaker disagrees with the gold source */
        WRONG,
        /** the gold has a source but the system quote has no speaker */
        NO_SYSTEM_SPEAKER
    }

    /** A gold attribution and the system quote it was matched with by overlap. */
    public record Match(GoldAttribution gold, Quote system) {

        public Match {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(system, "system");
        }

        public SpeakerVerdict speaker() {
            if (gold.source() == null) {
                return SpeakerVerdict.NO_GOLD_SOURCE;
            }
            if (system.speaker() == null) {
                return SpeakerVerdict.NO_SYSTEM_SPEAKER;
            }
            return speakerCorrect(gold.source(), system.speaker()) ? SpeakerVerdict.CORRECT : SpeakerVerdict.WRONG;
        }
    }

    /**
     * The alignment of one document in one scope.
     *
     * @param matches  overlapping pairs, one to one, in gold order
     * @param parts    fragment parts: further system quotes on another fragment of a matched gold, in system order
     * @param missed   gold contents that no system quote matched
     * @param spurious system quotes that matched no gold content and are no fragment part
     * @param exact    pairs of the separate exact-text matching
     */
    public record Alignment(List<Match> matches, List<Match> parts, List<GoldAttribution> missed,
                            List<Quote> spurious, int exact) {

        public Alignment {
            matches = List.copyOf(matches);
            parts = List.copyOf(parts);
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }
    }

    /** One document's alignments: direct quotes, and all attributions. */
    public record DocumentAlignment(Alignment direct, Alignment all) {
    }

    /**
     * Speaker counts over a set of scored system quotes.
     *
     * @param withGoldSource  scored quotes whose gold has a source: the accuracy's denominator
     * @param correct         those whose system speaker is right
     * @param noSystemSpeaker those whose system quote has no speaker (counted wrong)
     */
    public record SpeakerTally(long withGoldSource, long correct, long noSystemSpeaker) {

        public static final SpeakerTally NONE = new SpeakerTally(0, 0, 0);

        public double accuracy() {
            return Prf.ratio(correct, withGoldSource);
        }

        SpeakerTally plus(SpeakerTally o) {
            return new SpeakerTally(withGoldSource + o.withGoldSource, correct + o.correct,
                    noSystemSpeaker + o.noSystemSpeaker);
        }

        static SpeakerTally of(List<Match> matches) {
            long with = 0;
            long correct = 0;
            long none = 0;
            for (Match m : matches) {
                switch (m.speaker()) {
                    case CORRECT -> {
                        with++;
                        correct++;
                    }
                    case WRONG -> with++;
                    case NO_SYSTEM_SPEAKER -> {
                        with++;
                        none++;
                    }
                    case NO_GOLD_SOURCE -> {
                        // not scored
                    }
                }
            }
            return new SpeakerTally(with, correct, none);
        }
    }

    /**
     * The counts of one scope.
     *
     * @param parts          fragment parts, counted correct for precision
     * @param speaker        speakers over the matches and the fragment parts
     * @param speakerMatches speakers over the one-to-one matches alone
     */
    public record Tally(long gold, long system, long matched, long parts, long exact, SpeakerTally speaker,
                        SpeakerTally speakerMatches) {

        public Tally {
            Objects.requireNonNull(speaker, "speaker");
            Objects.requireNonNull(speakerMatches, "speakerMatches");
        }

        /** Precision over matches and fragment parts, recall over matches. */
        public Prf overlap() {
            return Prf.of(matched + parts, system, matched, gold);
        }

        /** The strict one-to-one figure: fragment parts count as spurious. */
        public Prf overlapOneToOne() {
            return Prf.of(matched, system, gold);
        }

        public Prf exactText() {
            return Prf.of(exact, system, gold);
        }

        public double speakerAccuracy() {
            return speaker.accuracy();
        }
    }

    /**
     * Matches gold contents and system quotes that overlap, one to one, greedily: the pair sharing the most
     * characters first (a discontinuous content counts only its fragments' characters); among equal overlaps the
     * tighter pair (smaller union), then the earlier gold and system quote ({@link SpanAlignment}).
     */
    public static Alignment align(List<GoldAttribution> gold, List<Quote> system) {
        SpanAlignment.Result<GoldAttribution, Quote> r = SPANS.align(gold, system);
        List<Match> matches = r.matches().stream().map(m -> new Match(m.gold(), m.system())).toList();
        // fragments of each matched gold already overlapped by a system quote
        Map<GoldAttribution, Set<Integer>> covered = new IdentityHashMap<>();
        for (Match m : matches) {
            covered.put(m.gold(), fragmentsOverlapping(m.gold(), m.system().content()));
        }
        List<Match> parts = new ArrayList<>();
        Set<Quote> credited = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Quote> unmatched = new ArrayList<>(r.spurious());
        unmatched.sort(Comparator.comparingInt(q -> q.content().start()));
        for (Quote q : unmatched) {
            Match part = null;
            int best = 0;
            for (Match m : matches) {
                Set<Integer> fresh = new HashSet<>(fragmentsOverlapping(m.gold(), q.content()));
                fresh.removeAll(covered.get(m.gold()));
                int shared = 0;
                for (int f : fresh) {
                    TextSpan t = m.gold().content().get(f);
                    shared += Math.min(t.end(), q.content().end()) - Math.max(t.start(), q.content().start());
                }
                if (shared > best) {
                    best = shared;
                    part = new Match(m.gold(), q);
                }
            }
            if (part != null) {
                parts.add(part);
                credited.add(q);
                covered.get(part.gold()).addAll(fragmentsOverlapping(part.gold(), q.content()));
            }
        }
        List<Quote> spurious = r.spurious().stream().filter(q -> !credited.contains(q)).toList();
        return new Alignment(matches, parts, r.missed(), spurious, exactMatches(gold, system));
    }

    /** The indices of the gold content's fragments that share characters with the span. */
    private static Set<Integer> fragmentsOverlapping(GoldAttribution gold, TextSpan span) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i < gold.content().size(); i++) {
            TextSpan t = gold.content().get(i);
            if (Math.min(t.end(), span.end()) > Math.max(t.start(), span.start())) {
                out.add(i);
            }
        }
        return out;
    }

    /** Gold contents and system quotes with the same {@link #core}, matched one to one. */
    public static int exactMatches(List<GoldAttribution> gold, List<Quote> system) {
        Map<List<Integer>, Integer> available = new HashMap<>();
        for (Quote q : system) {
            int[] core = core(List.of(q.content()));
            if (core != null) {
                available.merge(List.of(core[0], core[1]), 1, Integer::sum);
            }
        }
        int n = 0;
        for (GoldAttribution g : gold) {
            int[] core = core(g.content());
            if (core != null && available.getOrDefault(List.of(core[0], core[1]), 0) > 0) {
                available.merge(List.of(core[0], core[1]), -1, Integer::sum);
                n++;
            }
        }
        return n;
    }

    /**
     * The span of content fragments without the quotation marks, whitespace and (at the end) commas and periods
     * around them, as {@code {start, end}}; null when nothing else is left.
     */
    public static int[] core(List<TextSpan> fragments) {
        int start = -1;
        for (TextSpan t : fragments) {
            int k = leadingTrim(t.text());
            if (k < t.text().length()) {
                start = t.start() + k;
                break;
            }
        }
        for (int i = fragments.size() - 1; i >= 0 && start >= 0; i--) {
            TextSpan t = fragments.get(i);
            int k = trailingTrim(t.text());
            if (k < t.text().length()) {
                return t.end() - k > start ? new int[] {start, t.end() - k} : null;
            }
        }
        return null;
    }

    private static int leadingTrim(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (GoldAttribution.isSpace(c) || "\"“”‘’".indexOf(c) >= 0) {
                i++;
            } else if (s.startsWith("''", i) || s.startsWith("``", i)) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static int trailingTrim(String s) {
        int j = s.length();
        while (j > 0) {
            char c = s.charAt(j - 1);
            if (GoldAttribution.isSpace(c) || "\"“”‘’,.".indexOf(c) >= 0) {
                j--;
            } else if (j >= 2 && (s.startsWith("''", j - 2) || s.startsWith("``", j - 2))) {
                j -= 2;
            } else {
                break;
            }
        }
        return s.length() - j;
    }

    /**
     * Whether a system speaker agrees with a gold source: their spans overlap, or the speaker's name holds the last
     * word of the source's text, or the source's text holds the last word of the name. Words are runs of letters
     * and digits, compared ignoring case, with a possessive {@code 's} dropped.
     */
    public static boolean speakerCorrect(TextSpan goldSource, Speaker speaker) {
        TextSpan s = speaker.span();
        if (Math.min(goldSource.end(), s.end()) > Math.max(goldSource.start(), s.start())) {
            return true;
        }
        if (speaker.name() == null) {
            return false;
        }
        List<String> source = words(goldSource.text());
        List<String> name = words(speaker.name());
        return !source.isEmpty() && name.contains(source.get(source.size() - 1))
                || !name.isEmpty() && source.contains(name.get(name.size() - 1));
    }

    private static List<String> words(String s) {
        String plain = POSSESSIVE.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        return Arrays.stream(NOT_WORD.split(plain)).filter(w -> !w.isEmpty()).toList();
    }

    /** Scores one document: its gold attributions and the system's quotes; returns both scopes' alignments. */
    public DocumentAlignment add(List<GoldAttribution> gold, List<Quote> system) {
        List<GoldAttribution> goldDirect = gold.stream().filter(GoldAttribution::direct).toList();
        List<Quote> systemDirect = system.stream().filter(Quote::direct).toList();
        Alignment d = align(goldDirect, systemDirect);
        Alignment a = align(gold, system);
        documents++;
        direct.add(goldDirect.size(), systemDirect.size(), d);
        all.add(gold.size(), system.size(), a);
        return new DocumentAlignment(d, a);
    }

    /** Adds the time spent on one document's whole work. */
    public void addTiming(long documentNanos) {
        if (documentNanos < 0) {
            throw new IllegalArgumentException("negative time");
        }
        nanos += documentNanos;
    }

    /** Adds another instance's counts to this one. */
    public QuoteScores merge(QuoteScores other) {
        documents += other.documents;
        direct.merge(other.direct);
        all.merge(other.all);
        nanos += other.nanos;
        return this;
    }

    public int documents() {
        return documents;
    }

    /** Direct quotes: gold direct contents against system quotes marked direct. */
    public Tally direct() {
        return direct.tally();
    }

    /** All attributions: every gold content against every system quote. */
    public Tally all() {
        return all.tally();
    }

    public long nanos() {
        return nanos;
    }

    /** Documents per second of summed per-document time (a per-thread rate); 0 without timing. */
    public double documentsPerSecond() {
        return ParallelEvaluation.documentsPerSecond(documents, nanos);
    }

    /** The figures, to three decimals, with the counts behind them, and the throughput. */
    public String report(String label) {
        return figures(label) + String.format(Locale.ROOT,
                "  throughput: %.3f documents/s per thread (%d documents, %.3f s of per-document work)\n",
                documentsPerSecond(), documents, nanos / 1e9);
    }

    /** The figures, to three decimals, with the counts behind them (no throughput: for scores nothing timed). */
    public String figures(String label) {
        Tally d = direct();
        Tally a = all();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%s: %d documents; direct quotes: %d gold, %d system; "
                + "all attributions: %d gold, %d system\n", label, documents, d.gold(), d.system(), a.gold(),
                a.system()));
        out.append(Prf.header(NAME_WIDTH));
        scope(out, "direct quotes", d);
        scope(out, "all attributions", a);
        return out.toString();
    }

    private static void scope(StringBuilder out, String name, Tally t) {
        out.append(t.overlap().row(NAME_WIDTH, name + ", overlap",
                "matched: " + t.matched() + ", fragment parts: " + t.parts()));
        out.append(t.overlapOneToOne().row(NAME_WIDTH, name + ", overlap 1:1",
                "matched: " + t.matched() + " (parts counted spurious)"));
        out.append(t.exactText().row(NAME_WIDTH, name + ", exact text", "exact: " + t.exact() + " (marks aside)"));
        speakerRow(out, name + ", speaker", t.speaker(), "matches and parts");
        speakerRow(out, name + ", speaker 1:1", t.speakerMatches(), "matches");
    }

    private static void speakerRow(StringBuilder out, String name, SpeakerTally s, String over) {
        out.append(String.format(Locale.ROOT,
                "  %-30s %9.3f   accuracy (%d/%d %s with a gold source; %d without a system speaker)\n",
                name, s.accuracy(), s.correct(), s.withGoldSource(), over, s.noSystemSpeaker()));
    }

    /** The mutable counts of one scope. */
    private static final class Counter {
        long gold;
        long system;
        long matched;
        long parts;
        long exact;
        SpeakerTally speaker = SpeakerTally.NONE;
        SpeakerTally speakerMatches = SpeakerTally.NONE;

        void add(int goldCount, int systemCount, Alignment alignment) {
            gold += goldCount;
            system += systemCount;
            matched += alignment.matches().size();
            parts += alignment.parts().size();
            exact += alignment.exact();
            SpeakerTally m = SpeakerTally.of(alignment.matches());
            speakerMatches = speakerMatches.plus(m);
            speaker = speaker.plus(m).plus(SpeakerTally.of(alignment.parts()));
        }

        void merge(Counter o) {
            gold += o.gold;
            system += o.system;
            matched += o.matched;
            parts += o.parts;
            exact += o.exact;
            speaker = speaker.plus(o.speaker);
            speakerMatches = speakerMatches.plus(o.speakerMatches);
        }

        Tally tally() {
            return new Tally(gold, system, matched, parts, exact, speaker, speakerMatches);
        }
    }
}

package org.tacitus.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Matches gold and system items that overlap, one to one, greedily: the pair with the largest overlap first; among
 * equal overlaps the tighter pair (smaller union, so an exact match wins), then the earlier gold item (by start,
 * then by index), then the earlier system item. Items are anything with a start and an end; the overlap is
 * {@code min(ends) - max(starts)} unless an evaluator gives its own (a discontinuous span counts only its
 * fragments). Immutable and thread-safe when the accessors are.
 *
 * @param <G> the gold items
 * @param <S> the system items
 */
public final class SpanAlignment<G, S> {

    /** The characters a gold and a system item share; pairs with an overlap of 0 or less never match. */
    @FunctionalInterface
    public interface Overlap<G, S> {
        int between(G gold, S system);
    }

    /** A gold item and the system item it was matched with. */
    public record Pair<G, S>(G gold, S system) {

        public Pair {
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(system, "system");
        }
    }

    /**
     * The alignment of one document.
     *
     * @param matches  overlapping pairs, in gold order
     * @param missed   gold items that no system item matched, in gold order
     * @param spurious system items that matched no gold item, in system order
     */
    public record Result<G, S>(List<Pair<G, S>> matches, List<G> missed, List<S> spurious) {

        public Result {
            matches = List.copyOf(matches);
            missed = List.copyOf(missed);
            spurious = List.copyOf(spurious);
        }
    }

    private final ToIntFunction<G> goldStart;
    private final ToIntFunction<G> goldEnd;
    private final ToIntFunction<S> systemStart;
    private final ToIntFunction<S> systemEnd;
    private final Overlap<G, S> overlap;

    private SpanAlignment(ToIntFunction<G> goldStart, ToIntFunction<G> goldEnd, ToIntFunction<S> systemStart,
                          ToIntFunction<S> systemEnd, Overlap<G, S> overlap) {
        this.goldStart = Objects.requireNonNull(goldStart, "goldStart");
        this.goldEnd = Objects.requireNonNull(goldEnd, "goldEnd");
        this.systemStart = Objects.requireNonNull(systemStart, "systemStart");
        this.systemEnd = Objects.requireNonNull(systemEnd, "systemEnd");
        this.overlap = Objects.requireNonNull(overlap, "overlap");
    }

    /** An alignment of contiguous spans, given how to read each side's start and end. */
    public static <G, S> SpanAlignment<G, S> of(ToIntFunction<G> goldStart, ToIntFunction<G> goldEnd,
                                                ToIntFunction<S> systemStart, ToIntFunction<S> systemEnd) {
        return new SpanAlignment<>(goldStart, goldEnd, systemStart, systemEnd,
                (g, s) -> Math.min(goldEnd.applyAsInt(g), systemEnd.applyAsInt(s))
                        - Math.max(goldStart.applyAsInt(g), systemStart.applyAsInt(s)));
    }

    /** The same alignment with another measure of overlap; start and end still give the union and the order. */
    public SpanAlignment<G, S> withOverlap(Overlap<G, S> measure) {
        return new SpanAlignment<>(goldStart, goldEnd, systemStart, systemEnd, measure);
    }

    /** Aligns one document's gold and system items. */
    public Result<G, S> align(List<G> gold, List<S> system) {
        List<int[]> pairs = new ArrayList<>(); // {gold index, system index, overlap, union}
        for (int g = 0; g < gold.size(); g++) {
            G a = gold.get(g);
            for (int s = 0; s < system.size(); s++) {
                S b = system.get(s);
                int shared = overlap.between(a, b);
                if (shared > 0) {
                    int union = Math.max(goldEnd.applyAsInt(a), systemEnd.applyAsInt(b))
                            - Math.min(goldStart.applyAsInt(a), systemStart.applyAsInt(b));
                    pairs.add(new int[] {g, s, shared, union});
                }
            }
        }
        pairs.sort(Comparator.<int[]>comparingInt(p -> -p[2]).thenComparingInt(p -> p[3])
                .thenComparingInt(p -> goldStart.applyAsInt(gold.get(p[0]))).thenComparingInt(p -> p[0])
                .thenComparingInt(p -> systemStart.applyAsInt(system.get(p[1]))).thenComparingInt(p -> p[1]));
        int[] partner = new int[gold.size()];
        Arrays.fill(partner, -1);
        boolean[] systemUsed = new boolean[system.size()];
        for (int[] p : pairs) {
            if (partner[p[0]] < 0 && !systemUsed[p[1]]) {
                partner[p[0]] = p[1];
                systemUsed[p[1]] = true;
            }
        }
        List<Pair<G, S>> matches = new ArrayList<>();
        List<G> missed = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            if (partner[g] < 0) {
                missed.add(gold.get(g));
            } else {
                matches.add(new Pair<>(gold.get(g), system.get(partner[g])));
            }
        }
        List<S> spurious = new ArrayList<>();
        for (int s = 0; s < system.size(); s++) {
            if (!systemUsed[s]) {
                spurious.add(system.get(s));
            }
        }
        return new Result<>(matches, missed, spurious);
    }
}

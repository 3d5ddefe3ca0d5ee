package org.tacitus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpanAlignmentTest {

    /** A span with a label, so that equal spans stay distinguishable. */
    record Span(String label, int start, int end) {
    }

    private static final SpanAlignment<Span, Span> SPANS =
            SpanAlignment.of(Span::start, Span::end, Span::start, Span::end);

    private static Span s(String label, int start, int end) {
        return new Span(label, start, end);
    }

    @Test
    void largestOverlapWinsAndEachSideIsMatchedOnce() {
        Span gold = s("g", 10, 30);
        Span small = s("small", 8, 12);
        Span large = s("large", 15, 40);
        SpanAlignment.Result<Span, Span> r = SPANS.align(List.of(gold), List.of(small, large));
        assertEquals(List.of(new SpanAlignment.Pair<>(gold, large)), r.matches());
        assertEquals(List.of(), r.missed());
        assertEquals(List.of(small), r.spurious());
    }

    @Test
    void amongEqualOverlapsTheTighterPairWinsSoAnExactMatchBeatsALongerSpan() {
        Span exact = s("g", 10, 20);
        Span longer = s("longer", 5, 20);
        Span same = s("same", 10, 20);
        SpanAlignment.Result<Span, Span> r = SPANS.align(List.of(exact), List.of(longer, same));
        assertEquals(same, r.matches().get(0).system());
        assertEquals(List.of(longer), r.spurious());
    }

    @Test
    void onFullTiesTheEarlierGoldTakesTheSystemSpan() {
        Span left = s("left", 0, 10);
        Span right = s("right", 10, 20);
        Span system = s("sys", 5, 15); // overlaps each by 5 with a union of 15
        SpanAlignment.Result<Span, Span> r = SPANS.align(List.of(right, left), List.of(system));
        assertEquals(left, r.matches().get(0).gold());
        assertEquals(List.of(right), r.missed());
    }

    @Test
    void touchingSpansDoNotOverlapAndMatchesKeepGoldOrder() {
        Span a = s("a", 0, 5);
        Span b = s("b", 20, 30);
        SpanAlignment.Result<Span, Span> r = SPANS.align(List.of(b, a), List.of(s("x", 5, 8), s("y", 0, 4),
                s("z", 25, 26)));
        assertEquals(List.of("b", "a"), r.matches().stream().map(p -> p.gold().label()).toList());
        assertEquals(List.of("z", "y"), r.matches().stream().map(p -> p.system().label()).toList());
        assertEquals(List.of("x"), r.spurious().stream().map(Span::label).toList());
    }

    @Test
    void aCustomOverlapDecidesWhoMatchesWhileTheHullDecidesTies() {
        // gold has two fragments, 0-10 and 20-30; a system span in the gap shares nothing with it
        SpanAlignment<Span, Span> fragments = SPANS.withOverlap((g, x) -> Math.max(0, Math.min(10, x.end())
                - Math.max(0, x.start())) + Math.max(0, Math.min(30, x.end()) - Math.max(20, x.start())));
        SpanAlignment.Result<Span, Span> r = fragments.align(List.of(s("g", 0, 30)), List.of(s("gap", 12, 18)));
        assertEquals(List.of(), r.matches());
        assertEquals(1, r.missed().size());
        assertEquals(1, r.spurious().size());
    }

    @Test
    void seededRandomSpansAreMatchedOneToOneAndEveryItemIsAccountedFor() {
        Random random = new Random(42);
        for (int round = 0; round < 200; round++) {
            List<Span> gold = spans(random, "g");
            List<Span> system = spans(random, "s");
            SpanAlignment.Result<Span, Span> r = SPANS.align(gold, system);
            assertEquals(gold.size(), r.matches().size() + r.missed().size());
            assertEquals(system.size(), r.matches().size() + r.spurious().size());
            assertEquals(r.matches().size(), r.matches().stream().map(SpanAlignment.Pair::system).distinct().count());
            for (SpanAlignment.Pair<Span, Span> p : r.matches()) {
                assertTrue(Math.min(p.gold().end(), p.system().end()) > Math.max(p.gold().start(), p.system().start()));
            }
            for (Span g : r.missed()) {
                for (Span x : r.spurious()) { // greedy: a free overlapping pair would have been taken
                    assertTrue(Math.min(g.end(), x.end()) <= Math.max(g.start(), x.start()), g + " " + x);
                }
            }
        }
    }

    private static List<Span> spans(Random random, String prefix) {
        List<Span> out = new ArrayList<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(50);
            out.add(s(prefix + i, start, start + 1 + random.nextInt(10)));
        }
        return out;
    }
}

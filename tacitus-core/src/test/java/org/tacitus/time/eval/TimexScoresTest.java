package org.tacitus.time.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacitus.eval.Prf;
import org.tacitus.model.TimeExpression;
import org.tacitus.model.TimexType;

class TimexScoresTest {

    private static final double EPS = 1e-9;

    private static TimeExpression t(int start, int end, TimexType type, String value) {
        return new TimeExpression(start, end, "x".repeat(end - start), type, value);
    }

    // Gold: an exact hit, a partial hit with the right value, an exact span with a wrong value, a miss, and a
    // partial hit with a wrong type and value. System: those four matches plus two spurious expressions.
    private static final TimeExpression G1 = t(0, 9, TimexType.DATE, "2021-03-03");        // "yesterday"
    private static final TimeExpression G2 = t(20, 30, TimexType.DATE, "2021-04");         // "next month"
    private static final TimeExpression G3 = t(40, 51, TimexType.DURATION, "P3Y");         // "three years"
    private static final TimeExpression G4 = t(60, 66, TimexType.DATE, "2021-03-05");      // "Friday"
    private static final TimeExpression G5 = t(70, 87, TimexType.TIME, "2021-03-03TEV");   // "Wednesday evening"
    private static final List<TimeExpression> GOLD = List.of(G1, G2, G3, G4, G5);

    private static final TimeExpression S1 = t(0, 9, TimexType.DATE, "2021-03-03");
    private static final TimeExpression S2 = t(25, 30, TimexType.DATE, "2021-04");         // "month"
    private static final TimeExpression S3 = t(40, 51, TimexType.DURATION, "P2Y");
    private static final TimeExpression S5 = t(70, 79, TimexType.DATE, "2021-03-03");      // "Wednesday"
    private static final TimeExpression S6 = t(100, 105, TimexType.DATE, "2021-03-04");
    private static final TimeExpression S7 = t(110, 114, TimexType.DURATION, "PT1H");
    private static final List<TimeExpression> SYSTEM = List.of(S6, S1, S3, S2, S7, S5); // order must not matter

    @Test
    void everyFigureOfAMixedDocument() {
        TimexScores s = new TimexScores();
        TimexScores.Alignment a = s.add(GOLD, SYSTEM);

        assertEquals(List.of(new TimexScores.Match(G1, S1), new TimexScores.Match(G2, S2),
                new TimexScores.Match(G3, S3), new TimexScores.Match(G5, S5)), a.matches());
        assertEquals(List.of(G4), a.missed());
        assertEquals(List.of(S6, S7), a.spurious());

        assertEquals(1, s.documents());
        assertEquals(5, s.gold());
        assertEquals(6, s.system());
        assertEquals(2, s.strictMatches());   // G1-S1, G3-S3
        assertEquals(4, s.relaxedMatches());  // + G2-S2, G5-S5
        assertEquals(3, s.typeCorrect());     // all but G5 (TIME vs DATE)
        assertEquals(2, s.valueCorrect());    // G1, G2

        prf(s.strictExtraction(), 2 / 6.0, 2 / 5.0, 4 / 11.0);
        prf(s.relaxedExtraction(), 4 / 6.0, 4 / 5.0, 8 / 11.0);
        prf(s.type(), 3 / 6.0, 3 / 5.0, 6 / 11.0);
        prf(s.value(), 2 / 6.0, 2 / 5.0, 4 / 11.0);
        assertEquals(0.75, s.typeAccuracy(), EPS);
        assertEquals(0.5, s.valueAccuracy(), EPS);
    }

    @Test
    void reportShowsEveryFigureToThreeDecimalsWithTheCounts() {
        TimexScores s = new TimexScores();
        s.add(GOLD, SYSTEM);
        s.addTiming(2000, 500_000_000L);
        String report = s.report("mixed");
        assertTrue(report.startsWith("mixed: 1 documents, 5 gold timexes, 6 system timexes\n"), report);
        assertEquals(List.of("0.333", "0.400", "0.364"), row(report, "strict extraction"));
        assertEquals(List.of("0.667", "0.800", "0.727"), row(report, "relaxed extraction"));
        assertEquals(List.of("0.500", "0.600", "0.545"), row(report, "type"));
        assertEquals(List.of("0.333", "0.400", "0.364"), row(report, "value"));
        assertTrue(report.contains("exact spans: 2"), report);
        assertTrue(report.contains("overlapping: 4"), report);
        assertTrue(report.contains("accuracy 0.750 (3/4 matches)"), report);
        assertTrue(report.contains("accuracy 0.500 (2/4 matches)"), report);
        assertTrue(report.contains("4000 tokens/s (2000 tokens, 0.500 s in the tagger)"), report);
    }

    @Test
    void greedyAlignmentTakesTheLargestOverlapAndMatchesEachTimexOnce() {
        TimeExpression gold = t(0, 20, TimexType.DATE, "2020");
        TimeExpression small = t(0, 5, TimexType.DATE, "2020");
        TimeExpression large = t(5, 20, TimexType.DATE, "2020");
        TimexScores s = new TimexScores();
        TimexScores.Alignment a = s.add(List.of(gold), List.of(small, large));
        assertEquals(List.of(new TimexScores.Match(gold, large)), a.matches());
        assertEquals(List.of(small), a.spurious());
        prf(s.relaxedExtraction(), 0.5, 1.0, 2 / 3.0);
        prf(s.strictExtraction(), 0, 0, 0);

        // One system timex over two gold ones: the one it overlaps more (6 > 5) takes it.
        TimeExpression left = t(0, 10, TimexType.DATE, "2020-01");
        TimeExpression right = t(12, 20, TimexType.DATE, "2020-02");
        TimexScores.Alignment b = TimexScores.align(List.of(left, right), List.of(t(5, 18, TimexType.DATE, "2020")));
        assertEquals(right, b.matches().get(0).gold());
        assertEquals(List.of(left), b.missed());

        // Equal overlap: the exact span wins over a longer one, so strict matches are relaxed matches too.
        TimeExpression exact = t(10, 15, TimexType.DATE, "2020");
        TimeExpression longer = t(8, 15, TimexType.DATE, "2019");
        TimexScores.Alignment c = TimexScores.align(List.of(exact), List.of(longer, exact));
        assertTrue(c.matches().get(0).exact());
        assertEquals(List.of(longer), c.spurious());
    }

    @Test
    void strictMatchesAreOneToOneEvenForDuplicateSpans() {
        TimeExpression g = t(3, 8, TimexType.DATE, "2020");
        TimexScores s = new TimexScores();
        s.add(List.of(g), List.of(g, g));
        assertEquals(1, s.strictMatches());
        assertEquals(1, s.relaxedMatches());
        prf(s.strictExtraction(), 0.5, 1, 2 / 3.0);
    }

    @Test
    void mergeIsMicroAveraging() {
        TimexScores whole = new TimexScores();
        whole.add(GOLD, SYSTEM);
        whole.add(List.of(G1), List.of());
        TimexScores first = new TimexScores();
        first.add(GOLD, SYSTEM);
        first.addTiming(10, 20);
        TimexScores second = new TimexScores();
        second.add(List.of(G1), List.of());
        second.addTiming(1, 2);
        TimexScores merged = new TimexScores().merge(first).merge(second);
        assertEquals(2, merged.documents());
        assertEquals(6, merged.gold());
        assertEquals(6, merged.system());
        assertEquals(11, merged.tokens());
        assertEquals(22, merged.taggerNanos());
        prf(merged.relaxedExtraction(), 4 / 6.0, 4 / 6.0, 4 / 6.0);
        prf(merged.strictExtraction(), 2 / 6.0, 2 / 6.0, 2 / 6.0);
        for (int i = 0; i < 4; i++) {
            Prf a = List.of(whole.strictExtraction(), whole.relaxedExtraction(), whole.type(),
                    whole.value()).get(i);
            Prf b = List.of(merged.strictExtraction(), merged.relaxedExtraction(), merged.type(),
                    merged.value()).get(i);
            assertEquals(a, b);
        }
    }

    @Test
    void emptyCountsGiveZeroesNotNaN() {
        TimexScores s = new TimexScores();
        s.add(List.of(), List.of());
        prf(s.strictExtraction(), 0, 0, 0);
        prf(s.value(), 0, 0, 0);
        assertEquals(0, s.valueAccuracy());
        assertEquals(0, s.taggerTokensPerSecond());
        String report = s.report("empty");
        assertTrue(report.contains("empty: 1 documents, 0 gold timexes, 0 system timexes"), report);
        assertTrue(!report.contains("NaN"), report);
    }

    private static void prf(Prf prf, double p, double r, double f1) {
        assertEquals(p, prf.precision(), EPS, "precision");
        assertEquals(r, prf.recall(), EPS, "recall");
        assertEquals(f1, prf.f1(), EPS, "F1");
    }

    private static List<String> row(String report, String name) {
        String line = report.lines().filter(l -> l.startsWith("  " + name + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + name + "' in\n" + report));
        String[] cells = line.substring(2 + name.length()).strip().split("\\s+");
        return Arrays.asList(cells).subList(0, 3);
    }
}

package org.tacitus.quotes.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tacitus.model.Quote;
import org.tacitus.model.Speaker;
import org.tacitus.model.TextSpan;

class QuoteScoresTest {

    private static final String TEXT =
            "“We won,” Ali said. Bo added: “It was close, very close.” Cy thinks we lost. “Never,” said Di.";

    /** The span of the first occurrence of {@code s} in the text. */
    private static TextSpan span(String s) {
        int start = TEXT.indexOf(s);
        assertTrue(start >= 0, s);
        return new TextSpan(start, start + s.length(), s);
    }

    private static GoldAttribution gold(String content, String source) {
        return GoldAttribution.of(List.of(span(content)), span(source), null);
    }

    private static Quote quote(String content, boolean direct, String speaker, String name) {
        return new Quote(span(content), direct, speaker == null ? null : new Speaker(span(speaker), name, null),
                null);
    }

    @Test
    void directAndAllScopesByOverlapExactTextAndSpeaker() {
        List<GoldAttribution> gold = List.of(
                gold("“We won,”", "Ali"),
                gold("“It was close, very close.”", "Bo"),
                gold("we lost", "Cy"), // reported speech
                gold("“Never,”", "Di"));
        List<Quote> system = List.of(
                quote("We won", true, "Ali", "Ali Khan"),         // G1: exact with the marks aside, speaker right
                quote("“It was close,", true, "Cy", "Cy"),         // G2: overlap only, speaker wrong
                quote("Cy thinks we lost", false, null, null),      // G3 in the all scope, no speaker
                quote("said Di", true, "Di", "Di"));                // spurious; G4 is missed
        QuoteScores scores = new QuoteScores();

        QuoteScores.DocumentAlignment alignment = scores.add(gold, system);

        QuoteScores.Alignment direct = alignment.direct();
        assertEquals(List.of(gold.get(0), gold.get(1)), direct.matches().stream().map(QuoteScores.Match::gold).toList());
        assertEquals(List.of(gold.get(3)), direct.missed());
        assertEquals(List.of(system.get(3)), direct.spurious());
        assertEquals(QuoteScores.SpeakerVerdict.CORRECT, direct.matches().get(0).speaker());
        assertEquals(QuoteScores.SpeakerVerdict.WRONG, direct.matches().get(1).speaker());

        QuoteScores.Tally d = scores.direct();
        assertEquals(new QuoteScores.Tally(3, 3, 2, 0, 1, new QuoteScores.SpeakerTally(2, 1, 0),
                new QuoteScores.SpeakerTally(2, 1, 0)), d);
        assertEquals(2.0 / 3, d.overlap().precision(), 1e-9);
        assertEquals(2.0 / 3, d.overlap().recall(), 1e-9);
        assertEquals(2.0 / 3, d.overlap().f1(), 1e-9);
        assertEquals(1.0 / 3, d.exactText().precision(), 1e-9);
        assertEquals(1.0 / 3, d.exactText().recall(), 1e-9);
        assertEquals(1.0 / 3, d.exactText().f1(), 1e-9);
        assertEquals(0.5, d.speakerAccuracy(), 1e-9);

        QuoteScores.Alignment all = alignment.all();
        assertEquals(3, all.matches().size());
        assertEquals(QuoteScores.SpeakerVerdict.NO_SYSTEM_SPEAKER, all.matches().get(2).speaker());
        QuoteScores.Tally a = scores.all();
        assertEquals(new QuoteScores.Tally(4, 4, 3, 0, 1, new QuoteScores.SpeakerTally(3, 1, 1),
                new QuoteScores.SpeakerTally(3, 1, 1)), a);
        assertEquals(0.75, a.overlap().precision(), 1e-9);
        assertEquals(0.75, a.overlap().recall(), 1e-9);
        assertEquals(0.75, a.overlap().f1(), 1e-9);
        assertEquals(0.25, a.exactText().f1(), 1e-9);
        assertEquals(1.0 / 3, a.speakerAccuracy(), 1e-9);
    }

    @Test
    void theLargestOverlapWinsAndADiscontinuousContentCountsOnlyItsFragments() {
        // "gap" has two fragments, "“We" [0,3) and "lost." [71,76); b is [30,57). The wide system quote [14,43)
        // shares 13 characters with b and none with the gap's fragments; inGap [4,13) lies between them.
        TextSpan a1 = span("“We");
        TextSpan a2 = span("lost.");
        GoldAttribution gap = GoldAttribution.of(List.of(a1, a2), null, null);
        GoldAttribution b = gold("“It was close, very close.”", "Bo");
        Quote wide = quote("said. Bo added: “It was close", true, null, null);
        Quote inGap = quote("won,” Ali", true, null, null); // between the gap's fragments: no overlap
        QuoteScores.Alignment alignment = QuoteScores.align(List.of(gap, b), List.of(inGap, wide));

        assertEquals(1, alignment.matches().size());
        assertEquals(b, alignment.matches().get(0).gold());
        assertEquals(wide, alignment.matches().get(0).system());
        assertEquals(List.of(gap), alignment.missed());
        assertEquals(List.of(inGap), alignment.spurious());
        assertEquals(0, gap.overlap(inGap.content().start(), inGap.content().end()));

        // Two system quotes on one fragment: the one sharing more characters is matched, the other is spurious.
        Quote part = quote("close.”", true, null, null);
        Quote most = quote("It was close, very", true, null, null);
        QuoteScores.Alignment two = QuoteScores.align(List.of(b), List.of(part, most));
        assertEquals(most, two.matches().get(0).system());
        assertEquals(List.of(part), two.spurious());
        assertEquals(List.of(), two.parts());
        assertEquals(0, two.exact());
    }

    @Test
    void aSystemQuoteOnAnotherFragmentOfAMatchedGoldIsAPartNotSpurious() {
        // PolNeAR's one attribution for the quotations around one cue: “We won,” … “It was close, very close.”
        GoldAttribution joined = GoldAttribution.of(List.of(span("“We won,”"), span("“It was close, very close.”")),
                span("Ali"), null);
        Quote first = quote("“We won,”", true, "Bo", "Bo"); // a part, with the wrong speaker
        Quote second = quote("“It was close, very close.”", true, "Ali", "Ali"); // the match: the larger overlap
        Quote again = quote("very close.”", true, "Ali", "Ali"); // a second quote on a fragment already counted
        Quote elsewhere = quote("“Never,”", true, "Di", "Di");
        QuoteScores scores = new QuoteScores();

        QuoteScores.Alignment a = scores.add(List.of(joined), List.of(first, second, again, elsewhere)).direct();

        assertEquals(1, a.matches().size());
        assertEquals(second, a.matches().get(0).system());
        assertEquals(1, a.parts().size(), "one part per fragment");
        assertEquals(joined, a.parts().get(0).gold());
        assertEquals(first, a.parts().get(0).system());
        assertEquals(2, a.spurious().size());
        assertTrue(a.spurious().contains(elsewhere) && a.spurious().stream().noneMatch(q -> q == a.parts().get(0)
                .system()));
        QuoteScores.Tally t = scores.direct();
        assertEquals(2.0 / 4, t.overlap().precision(), 1e-9, "the match and the part are right");
        assertEquals(1.0, t.overlap().recall(), 1e-9, "the gold is found once");
        assertEquals(1.0 / 4, t.overlapOneToOne().precision(), 1e-9);
        assertEquals(1.0, t.overlapOneToOne().recall(), 1e-9);
        assertEquals(new QuoteScores.SpeakerTally(2, 1, 0), t.speaker(), "the part's speaker is scored too");
        assertEquals(new QuoteScores.SpeakerTally(1, 1, 0), t.speakerMatches());
        assertEquals(0.5, t.speakerAccuracy(), 1e-9);
    }

    @Test
    void exactTextTrimsMarksWhitespaceAndTrailingCommasAndPeriods() {
        assertArrayEquals(new int[] {1, 7}, QuoteScores.core(List.of(span("“We won,”"))));
        assertArrayEquals(new int[] {1, 7}, QuoteScores.core(List.of(span("We won"))));
        assertArrayEquals(new int[] {31, 55}, QuoteScores.core(List.of(span("“It was close, very close.”"))));
        assertArrayEquals(new int[] {78, 83}, QuoteScores.core(List.of(span("“Never,”"))));
        String doubled = "''Fine.'' ";
        assertArrayEquals(new int[] {2, 6}, QuoteScores.core(List.of(new TextSpan(0, doubled.length(), doubled))));
        assertNull(QuoteScores.core(List.of(new TextSpan(0, 3, "“,”"))));
        // A discontinuous content is trimmed at its outer ends, so only a span over the gap matches it exactly.
        GoldAttribution split = GoldAttribution.of(List.of(span("“We won,”"), span("“It was close, very close.”")),
                null, null);
        assertArrayEquals(new int[] {1, 55}, QuoteScores.core(split.content()));
        Quote whole = new Quote(new TextSpan(1, 55, TEXT.substring(1, 55)), true, null, null);
        assertEquals(1, QuoteScores.exactMatches(List.of(split), List.of(whole)));
        assertEquals(0, QuoteScores.exactMatches(List.of(split), List.of(quote("We won", true, null, null))));
    }

    @Test
    void speakerAgreesBySpanOrByTheLastWordOfEitherName() {
        TextSpan trump = new TextSpan(0, 15, "Donald J. Trump");
        TextSpan far = new TextSpan(100, 105, "there");
        assertTrue(QuoteScores.speakerCorrect(trump, new Speaker(new TextSpan(10, 15, "Trump"), null, null)),
                "the spans overlap");
        assertFalse(QuoteScores.speakerCorrect(trump, new Speaker(far, null, null)), "no name, no overlap");
        assertTrue(QuoteScores.speakerCorrect(trump, new Speaker(far, "trump", null)), "name holds 'trump'");
        assertTrue(QuoteScores.speakerCorrect(new TextSpan(0, 5, "Trump"), new Speaker(far, "Donald J. Trump", null)));
        assertTrue(QuoteScores.speakerCorrect(new TextSpan(0, 32, "Clinton’s spokesman Brian Fallon"),
                new Speaker(far, "Fallon", null)));
        assertTrue(QuoteScores.speakerCorrect(new TextSpan(0, 14, "Hillary’s team"),
                new Speaker(far, "Team Hillary", null)), "the gold's last word, 'team', is in the name");
        assertTrue(QuoteScores.speakerCorrect(new TextSpan(0, 24, "the Clinton’s spokeswoman"
                .substring(0, 24)), new Speaker(far, "Clinton", null)), "possessive dropped: 'clinton' is a word");
        assertFalse(QuoteScores.speakerCorrect(new TextSpan(0, 2, "he"), new Speaker(far, "Hershey", null)),
                "whole words only");
        assertFalse(QuoteScores.speakerCorrect(new TextSpan(0, 3, "she"), new Speaker(far, "Hillary Clinton", null)));
    }

    @Test
    void mergeSumsAndTheReportShowsEveryFigureWithCounts() {
        QuoteScores one = new QuoteScores();
        one.add(List.of(gold("“We won,”", "Ali")), List.of(quote("We won", true, "Ali", null)));
        one.addTiming(1_000_000_000L);
        QuoteScores two = new QuoteScores();
        two.add(List.of(gold("“Never,”", "Di"), gold("we lost", "Cy")), List.of());
        two.addTiming(1_000_000_000L);

        QuoteScores total = new QuoteScores().merge(one).merge(two);

        assertEquals(2, total.documents());
        assertEquals(new QuoteScores.Tally(2, 1, 1, 0, 1, new QuoteScores.SpeakerTally(1, 1, 0),
                new QuoteScores.SpeakerTally(1, 1, 0)), total.direct());
        assertEquals(new QuoteScores.Tally(3, 1, 1, 0, 1, new QuoteScores.SpeakerTally(1, 1, 0),
                new QuoteScores.SpeakerTally(1, 1, 0)), total.all());
        assertEquals(1.0, total.documentsPerSecond(), 1e-9);
        String report = total.report("mini");
        assertTrue(report.startsWith("mini: 2 documents; direct quotes: 2 gold, 1 system; all attributions: 3 gold, "
                + "1 system\n"), report);
        assertTrue(report.contains("direct quotes, overlap             1.000     0.500     0.667   matched: 1, "
                + "fragment parts: 0"), report);
        assertTrue(report.contains("direct quotes, overlap 1:1         1.000     0.500     0.667   matched: 1 (parts "
                + "counted spurious)"), report);
        assertTrue(report.contains("direct quotes, exact text          1.000     0.500     0.667   exact: 1"), report);
        assertTrue(report.contains("direct quotes, speaker             1.000   accuracy (1/1 matches and parts with a "
                + "gold source; 0 without a system speaker)"), report);
        assertTrue(report.contains("direct quotes, speaker 1:1         1.000   accuracy (1/1 matches with a gold "
                + "source; 0 without a system speaker)"), report);
        assertTrue(report.contains("all attributions, overlap          1.000     0.333     0.500   matched: 1"),
                report);
        assertTrue(report.contains("throughput: 1.000 documents/s per thread (2 documents, 2.000 s"), report);
    }
}

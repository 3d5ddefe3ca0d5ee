package org.tacitus.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrfTest {

    @Test
    void precisionRecallAndF1FromCounts() {
        Prf prf = Prf.of(3, 4, 6);
        assertEquals(0.75, prf.precision(), 1e-12);
        assertEquals(0.5, prf.recall(), 1e-12);
        assertEquals(0.6, prf.f1(), 1e-12);
    }

    @Test
    void aZeroDenominatorGivesZeroNotNaN() {
        assertEquals(new Prf(0, 0, 0), Prf.of(0, 0, 0));
        assertEquals(new Prf(0, 0, 0), Prf.of(0, 5, 0));
        assertEquals(0, Prf.ratio(3, 0));
        assertEquals(0.25, Prf.ratio(1, 4));
    }

    @Test
    void reportRowAndHeaderLineUpAtTheGivenNameWidth() {
        assertEquals(" ".repeat(23) + "precision    recall        F1\n", Prf.header(20));
        assertEquals("  strict extraction        0.750     0.500     0.600   exact spans: 3\n",
                Prf.of(3, 4, 6).row(20, "strict extraction", "exact spans: 3"));
        assertEquals("  a         1.000     1.000     1.000   n\n", Prf.of(1, 1, 1).row(5, "a", "n"));
    }
}

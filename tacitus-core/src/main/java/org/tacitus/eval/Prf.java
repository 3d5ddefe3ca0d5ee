package org.tacitus.eval;

import java.util.Locale;

/**
 * Precision, recall and F1 of one figure. A figure whose denominator is zero is 0.
 *
 * @param precision correct system items / system items
 * @param recall    found gold items / gold items
 * @param f1        their harmonic mean
 */
public record Prf(double precision, double recall, double f1) {

    /** The figure of {@code correct} items out of {@code system} predicted and {@code gold} expected. */
    public static Prf of(long correct, long system, long gold) {
        return of(correct, system, correct, gold);
    }

    /**
     * A figure whose two sides are counted apart: {@code systemCorrect} of the {@code system} items are right and
     * {@code goldFound} of the {@code gold} items were found (they differ when several system items may share one
     * gold item).
     */
    public static Prf of(long systemCorrect, long system, long goldFound, long gold) {
        double p = ratio(systemCorrect, system);
        double r = ratio(goldFound, gold);
        return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /** {@code numerator / denominator}, or 0 when the denominator is 0. */
    public static double ratio(long numerator, long denominator) {
        return denominator == 0 ? 0 : (double) numerator / denominator;
    }

    /** The column heads above {@link #row}s whose names are {@code nameWidth} wide. */
    public static String header(int nameWidth) {
        return String.format(Locale.ROOT, "  %-" + nameWidth + "s %9s %9s %9s\n", "", "precision", "recall", "F1");
    }

    /** One report line: the name padded to {@code nameWidth}, the three figures to three decimals, the note. */
    public String row(int nameWidth, String name, String note) {
        return String.format(Locale.ROOT, "  %-" + nameWidth + "s %9.3f %9.3f %9.3f   %s\n", name, precision, recall,
                f1, note);
    }
}

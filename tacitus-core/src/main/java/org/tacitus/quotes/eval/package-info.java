/**
 * Evaluation of quote extraction (direct quotes, reported speech and their speakers) against the PolNeAR corpus
 * of attributions in political news (Newell, Margolin and Ruths 2018, LREC).
 *
 * <p>Reads a PolNeAR split ({@link org.tacitus.quotes.eval.PolnearReader}: the article texts, their publication
 * dates, and each article's BRAT attributions, from the alphabetically first annotator when several annotated it,
 * as {@link org.tacitus.quotes.eval.GoldAttribution}s whose content, source and cue are spans of the text; a
 * content that begins or ends with a quotation mark is a direct quote); runs a system, normally the
 * extraction pipeline, on each text as a dated {@link org.tacitus.model.Article}
 * ({@link org.tacitus.quotes.eval.QuoteEvaluation}); scores its {@link org.tacitus.model.Quote}s
 * ({@link org.tacitus.quotes.eval.QuoteScores}: direct quotes by overlap, where a system quote on a further fragment
 * of a matched gold content counts as right, with the strict one-to-one figure beside it, and by exact text with
 * the marks aside; speaker accuracy; and the same over all attributions). Gold data is never bundled: the evaluation reads it from a
 * path given at run time. BRAT offsets count code points and are converted and checked against every span's text;
 * an annotation that does not fit its text is left out and reported, never silently. A missing directory, a text
 * that is not UTF-8 or unusable metadata stops the evaluation with an {@link java.io.IOException} naming the file.
 */
package org.tacitus.quotes.eval;

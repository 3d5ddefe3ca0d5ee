/**
 * Evaluation of geoparsing (toponym extraction and geocoding) against gold annotations, with the figures of
 * Gritta et al. (2018), "What's missing in geographical parsing?".
 *
 * <p>Reads the GeoVirus corpus ({@link org.tacitus.places.eval.GeoVirusReader}: article texts and gold toponyms as
 * {@link org.tacitus.places.eval.GoldToponym}s, with GeoVirus's one-character offset shift corrected and every
 * correction counted); runs a system, normally the extraction pipeline, on each text as an
 * {@link org.tacitus.model.Article} without a date ({@link org.tacitus.places.eval.GeoEvaluation}); scores the
 * entities that carry a {@link org.tacitus.model.Place} ({@link org.tacitus.places.eval.GeoScores}: extraction
 * precision, recall and F1 by overlap; accuracy within 161 km, mean and median error, AUC of the log error).
 * Gold data is never bundled: the evaluation reads it from a path given at run time. A file that is not
 * well-formed XML stops the evaluation with an {@link java.io.IOException} naming it; a single location that cannot
 * be placed in its text is left out and reported, never silently.
 */
package org.tacitus.places.eval;

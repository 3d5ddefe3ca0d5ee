/**
 * Evaluation of a {@link org.tacitus.time.TimeTagger} against TimeML gold annotations, with the TempEval-3 figures.
 *
 * <p>Reads TimeML files ({@link org.tacitus.time.eval.TimeMlReader}: the text inside {@code <TEXT>} with its tags
 * removed, the creation time, the gold TIMEX3s as {@link org.tacitus.model.TimeExpression}s with offsets into that
 * text); runs the NLP layer and the tagger on each text anchored to its creation time
 * ({@link org.tacitus.time.eval.TimexEvaluation}); scores the output ({@link org.tacitus.time.eval.TimexScores}:
 * strict and relaxed extraction, type and value). Gold data is never bundled: the evaluation reads it from paths
 * given at run time. A file that is not well-formed TimeML stops the evaluation with an {@link java.io.IOException}
 * naming it, because figures over a silently shortened gold set would mislead.
 */
package org.tacitus.time.eval;

/**
 * The evaluation harness shared by the stage evaluators ({@code time.eval}, {@code places.eval},
 * {@code quotes.eval}): one-to-one span alignment by largest overlap ({@link org.tacitus.eval.SpanAlignment}),
 * precision, recall and F1 with their report row ({@link org.tacitus.eval.Prf}), and the per-document loop over
 * N threads with its timing and failures ({@link org.tacitus.eval.ParallelEvaluation}). Each stage keeps only what
 * is its own: its gold reader, its figures and its error kinds.
 */
package org.tacitus.eval;

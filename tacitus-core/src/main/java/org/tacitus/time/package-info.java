/**
 * Time: finds temporal expressions and gives each a TIMEX3 type and value.
 *
 * <p>Reads the {@link org.tacitus.model.AnalyzedText} of an article and its publication date; adds
 * {@link org.tacitus.model.TimeExpression}s. For now the expressions come from CoreNLP's SUTime through the NLP
 * layer ({@link org.tacitus.time.SuTimeExpressions}); our own rule-based tagger will replace it. Reports no
 * problems of its own.
 */
package org.tacitus.time;

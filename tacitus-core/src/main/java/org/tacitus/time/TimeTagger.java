package org.tacitus.time;

import java.util.List;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Article;
import org.tacitus.model.TimeExpression;

/** Finds and normalises the temporal expressions of an article. Implementations are thread-safe. */
public interface TimeTagger {
    List<TimeExpression> tag(Article article, AnalyzedText analyzed);
}

package org.tacitus.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Article;
import org.tacitus.model.NerMention;
import org.tacitus.model.TimeExpression;
import org.tacitus.model.TimexType;

/**
 * Temporal expressions as CoreNLP's SUTime tagged them during NER (anchored to the publication date the NLP
 * layer was given). Mentions without a TIMEX3 value or with a type outside DATE/TIME/DURATION/SET are dropped.
 */
public final class SuTimeExpressions implements TimeTagger {

    @Override
    public List<TimeExpression> tag(Article article, AnalyzedText analyzed) {
        List<TimeExpression> out = new ArrayList<>();
        for (NerMention m : analyzed.mentions()) {
            if (m.timexType() == null || m.timexValue() == null || m.timexValue().isBlank()) {
                continue;
            }
            TimexType type;
            try {
                type = TimexType.valueOf(m.timexType().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                continue;
            }
            out.add(new TimeExpression(m.start(), m.end(), article.text().substring(m.start(), m.end()), type,
                    m.timexValue()));
        }
        return out;
    }
}

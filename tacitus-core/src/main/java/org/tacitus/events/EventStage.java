package org.tacitus.events;

import java.util.List;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Article;
import org.tacitus.model.Entity;
import org.tacitus.model.Event;
import org.tacitus.model.Quote;
import org.tacitus.model.TimeExpression;

/** The events stage: PLOVER events from the parse, the actors, places and time expressions. Stateless. */
public final class EventStage {

    public List<Event> find(Article article, AnalyzedText analyzed, List<TimeExpression> timexes,
                            List<Entity> entities, List<Quote> quotes) {
        return List.of();
    }
}

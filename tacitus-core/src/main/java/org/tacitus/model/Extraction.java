package org.tacitus.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the pipeline found in one article: the article, its temporal expressions, entities (with actors and
 * places), events, quotations, and the problems met on the way (reading problems first, then the stages' in
 * pipeline order).
 */
public record Extraction(Article article, List<TimeExpression> timexes, List<Entity> entities, List<Event> events,
                         List<Quote> quotes, List<Problem> problems) {
    public Extraction {
        Objects.requireNonNull(article, "article");
        timexes = List.copyOf(timexes);
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        quotes = List.copyOf(quotes);
        problems = List.copyOf(problems);
    }
}

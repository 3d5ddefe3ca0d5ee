package org.tacitus.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the pipeline found in one article: the article, its temporal expressions, entities (with actors and
 * places), quotations, and the problems met on the way (reading problems first, then the stages' in pipeline
 * order). Events join this record when their stage exists.
 */
public record Extraction(Article article, List<TimeExpression> timexes, List<Entity> entities, List<Quote> quotes,
                         List<Problem> problems) {
    public Extraction {
        Objects.requireNonNull(article, "article");
        timexes = List.copyOf(timexes);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        problems = List.copyOf(problems);
    }
}

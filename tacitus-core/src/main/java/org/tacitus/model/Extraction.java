package org.tacitus.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the pipeline found in one article: the article, its temporal expressions and named entities, and
 * the problems met on the way (reading problems first, then the stages' in pipeline order). Events and quotes
 * join this record when their stages exist.
 */
public record Extraction(Article article, List<TimeExpression> timexes, List<Entity> entities,
                         List<Problem> problems) {
    public Extraction {
        Objects.requireNonNull(article, "article");
        timexes = List.copyOf(timexes);
        entities = List.copyOf(entities);
        problems = List.copyOf(problems);
    }
}

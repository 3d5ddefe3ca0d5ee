package org.tacitus.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One full-text hit: what matched ({@link Kind}), the article, the event cluster for evidence sentences (null
 * otherwise), the matched text (a whole quote or sentence; for articles the title or the opening), its date and
 * the Lucene score.
 */
public record SearchHit(Kind kind, DocumentRef document, String eventId, String text, LocalDate day,
                        float score) {
    public enum Kind { ARTICLE, QUOTE, SENTENCE }

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(text, "text");
    }
}

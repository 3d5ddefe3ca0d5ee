package org.tacitus.store;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A stored article, by reference: its store key (content hash), the article id, title, URL, publisher (host of
 * the URL, else the article id) and publication date. Any of title, url and published may be null.
 */
public record DocumentRef(String key, String articleId, String title, String url, String publisher,
                          LocalDate published) {
    public DocumentRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(publisher, "publisher");
    }
}

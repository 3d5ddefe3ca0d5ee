package org.tacitus.store;

import java.util.Objects;
import org.tacitus.model.Quote;

/** A quote as stored, with the article it comes from. */
public record StoredQuote(DocumentRef document, Quote quote) {
    public StoredQuote {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(quote, "quote");
    }
}

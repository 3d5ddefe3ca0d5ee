package org.tacitus.ingest;

import java.util.Objects;
import java.util.Optional;
import org.tacitus.model.Problem;

/** Bytes turned into text, with the charset used and a problem when a fallback was needed. */
public record DecodedText(String text, String charset, Optional<Problem> problem) {
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(problem, "problem");
    }
}

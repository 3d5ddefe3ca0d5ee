package org.tacitus.eval;

import java.util.Objects;

/**
 * A document on which the evaluated system threw; the evaluator scores it with no system output, so its gold
 * counts as missed.
 *
 * @param doc     the document's id
 * @param message the exception's message ({@code "null"} when it had none)
 */
public record DocumentFailure(String doc, String message) {

    public DocumentFailure {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(message, "message");
    }
}

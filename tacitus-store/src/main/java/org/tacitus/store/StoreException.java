package org.tacitus.store;

import java.util.Objects;

/** A failure of the store itself, with its stable {@link StoreError} code. */
public final class StoreException extends RuntimeException {

    private final StoreError code;

    public StoreException(StoreError code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public StoreException(StoreError code, String message) {
        this(code, message, null);
    }

    public StoreError code() {
        return code;
    }

    /** "CODE: message", as the CLI prints it. */
    @Override
    public String toString() {
        return code.name() + ": " + getMessage();
    }
}

package org.tacitus.server;

import java.util.Objects;

/**
 * A request the API refuses: a stable code (an {@link ErrorCode} name, or the name of a store or reading problem
 * code), the HTTP status, and a message for people. Turned into a JSON error by {@link ErrorResponses}.
 */
public final class ApiException extends RuntimeException {

    private final String code;
    private final int status;

    ApiException(String code, int status, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.status = status;
    }

    public ApiException(ErrorCode code, String message) {
        this(code.name(), code.status(), message);
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }
}

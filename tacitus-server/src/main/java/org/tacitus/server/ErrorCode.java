package org.tacitus.server;

/**
 * The API's own error codes and their HTTP statuses. Errors are answered as
 * {@code {"error":{"code":"…","message":"…"}}}; besides these names the code may be a store failure's
 * {@link org.tacitus.store.StoreError} name or, for a posted article that cannot be read, its
 * {@link org.tacitus.model.ProblemCode} name (see {@link ErrorResponses}, the one place that maps them).
 * Names are never renamed, only added.
 */
public enum ErrorCode {
    BAD_PARAMETER(400, "a query parameter is malformed (a date that is not YYYY-MM-DD, a page that is not a number…)"),
    PAGE_SIZE_TOO_LARGE(400, "size is above the largest page the API serves"),
    QUERY_TOO_LONG(400, "a query parameter is longer than the API accepts"),
    BAD_BODY(400, "the request body is not what the endpoint reads (malformed JSON, a missing text…)"),
    UNAUTHORIZED(401, "this request needs the server's bearer token (Authorization: Bearer …)"),
    NOT_FOUND(404, "no such resource"),
    METHOD_NOT_ALLOWED(405, "the resource does not answer this method"),
    PAYLOAD_TOO_LARGE(413, "the request body is larger than the server accepts"),
    UNSUPPORTED_MEDIA_TYPE(415, "the body's Content-Type is not JSON, plain text, markdown or HTML"),
    INTERNAL(500, "an unexpected failure inside the server (a bug: please report it)");

    private final int status;
    private final String meaning;

    ErrorCode(int status, String meaning) {
        this.status = status;
        this.meaning = meaning;
    }

    public int status() {
        return status;
    }

    /** One line for documentation. */
    public String meaning() {
        return meaning;
    }
}

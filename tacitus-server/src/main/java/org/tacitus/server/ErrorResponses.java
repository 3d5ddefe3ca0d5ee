package org.tacitus.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.tacitus.store.StoreError;
import org.tacitus.store.StoreException;

/**
 * The one place where failures become HTTP answers: every error is {@code {"error":{"code","message"}}} with a
 * stable code — an {@link ErrorCode}, a {@link StoreError} name for store failures — and the status that goes
 * with it.
 */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static void register(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.code(), e.getMessage()));
        config.routes.exception(StoreException.class,
                (e, ctx) -> write(ctx, status(e.code()), e.code().name(), e.getMessage()));
        config.routes.exception(HttpResponseException.class, (e, ctx) -> {
            ErrorCode code = byStatus(e.getStatus());
            write(ctx, code.status(), code.name(), e.getMessage() == null || e.getMessage().isBlank()
                    ? code.meaning() : e.getMessage());
        });
        config.routes.exception(Exception.class, (e, ctx) -> {
            System.err.println("tacitus serve: unexpected failure on " + ctx.method() + " " + ctx.path() + ": " + e);
            write(ctx, 500, ErrorCode.INTERNAL.name(), "unexpected failure: " + e.getClass().getSimpleName());
        });
        // Statuses reached without an exception (no route matched, a method the route does not answer).
        for (ErrorCode code : new ErrorCode[] {ErrorCode.NOT_FOUND, ErrorCode.METHOD_NOT_ALLOWED,
                ErrorCode.PAYLOAD_TOO_LARGE}) {
            config.routes.error(code.status(), ctx -> {
                if (!isErrorBody(ctx.result())) {
                    write(ctx, code.status(), code.name(), code.meaning() + ": " + ctx.method() + " " + ctx.path());
                }
            });
        }
    }

    /** The HTTP status a store failure is answered with. */
    static int status(StoreError error) {
        return switch (error) {
            case SEARCH_QUERY_INVALID, DOCUMENT_INVALID -> 400;
            case STORE_LOCKED, STORE_UNREACHABLE -> 503;
            default -> 500;
        };
    }

    private static ErrorCode byStatus(int status) {
        return switch (status) {
            case 400 -> ErrorCode.BAD_BODY;
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            default -> ErrorCode.INTERNAL;
        };
    }

    static void write(Context ctx, int status, String code, String message) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("code", code);
        error.put("message", message);
        ctx.status(status).contentType("application/json").result(root.toString());
    }

    private static boolean isErrorBody(String body) {
        return body != null && body.startsWith("{\"error\":");
    }
}

package org.tacitus.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tacitus.store.EventQuery;
import org.tacitus.store.EventStore;

/**
 * Reads and checks the query parameters every list endpoint shares (filters, page, size, sort) into an
 * {@link EventQuery}; anything malformed or over a limit is refused with a 400 before the store is asked.
 */
final class QueryParams {

    /** The whole query string: a few filters never need more. */
    static final int MAX_QUERY_STRING = 4096;

    private QueryParams() {
    }

    static EventQuery eventQuery(Context ctx, int maxParamLength) {
        checkLengths(ctx, maxParamLength);
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new ApiException(ErrorCode.BAD_PARAMETER, "to (" + to + ") is before from (" + from + ")");
        }
        int page = integer(ctx, "page", 0);
        if (page < 0) {
            throw new ApiException(ErrorCode.BAD_PARAMETER, "page must be 0 or more, not " + page);
        }
        int size = integer(ctx, "size", EventQuery.DEFAULT_SIZE);
        if (size < 1) {
            throw new ApiException(ErrorCode.BAD_PARAMETER, "size must be 1 or more, not " + size);
        }
        if (size > EventStore.MAX_PAGE_SIZE) {
            throw new ApiException(ErrorCode.PAGE_SIZE_TOO_LARGE,
                    "size " + size + " is above the largest page, " + EventStore.MAX_PAGE_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new ApiException(ErrorCode.BAD_PARAMETER, "page " + page + " is out of range");
        }
        String country = ctx.queryParam("country");
        if (country != null && !country.isBlank()) {
            country = country.strip().toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{3}")) {
                throw new ApiException(ErrorCode.BAD_PARAMETER,
                        "country must be an ISO 3166-1 alpha-3 code such as RUS, not '" + ctx.queryParam("country") + "'");
            }
        }
        String type = ctx.queryParam("type");
        if (type != null) {
            type = type.strip().toUpperCase(Locale.ROOT);
        }
        return new EventQuery(from, to, type, ctx.queryParam("actor"), country, ctx.queryParam("place"),
                ctx.queryParam("text"), page, size, sort(ctx));
    }

    /** A required text parameter (such as {@code q}), checked for length. */
    static String required(Context ctx, String name, int maxParamLength) {
        checkLengths(ctx, maxParamLength);
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            throw new ApiException(ErrorCode.BAD_PARAMETER, "the query parameter '" + name + "' is required");
        }
        return v;
    }

    static LocalDate date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new ApiException(ErrorCode.BAD_PARAMETER, name + " must be a date YYYY-MM-DD, not '" + v + "'");
        }
    }

    private static int integer(Context ctx, String name, int dflt) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new ApiException(ErrorCode.BAD_PARAMETER, name + " must be a whole number, not '" + v + "'");
        }
    }

    private static EventQuery.Sort sort(Context ctx) {
        String v = ctx.queryParam("sort");
        if (v == null || v.isBlank()) {
            return EventQuery.Sort.DATE_DESC;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "date_desc", "-date" -> EventQuery.Sort.DATE_DESC;
            case "date_asc", "date" -> EventQuery.Sort.DATE_ASC;
            case "mentions_desc", "-mentions", "mentions" -> EventQuery.Sort.MENTIONS_DESC;
            default -> throw new ApiException(ErrorCode.BAD_PARAMETER,
                    "sort must be date_desc, date_asc or mentions_desc, not '" + v + "'");
        };
    }

    private static void checkLengths(Context ctx, int maxParamLength) {
        String qs = ctx.queryString();
        if (qs != null && qs.length() > MAX_QUERY_STRING) {
            throw new ApiException(ErrorCode.QUERY_TOO_LONG,
                    "the query string has " + qs.length() + " characters; the limit is " + MAX_QUERY_STRING);
        }
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            for (String v : e.getValue()) {
                if (v.length() > maxParamLength) {
                    throw new ApiException(ErrorCode.QUERY_TOO_LONG, "'" + e.getKey() + "' has " + v.length()
                            + " characters; the limit is " + maxParamLength);
                }
            }
        }
    }
}

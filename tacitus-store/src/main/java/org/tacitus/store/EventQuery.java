package org.tacitus.store;

import java.time.LocalDate;

/**
 * Filters, page and order for reading events (and, where documented, quotes, actors and search hits). Every
 * filter is optional (null means "any"); text filters are case-insensitive.
 *
 * @param from    events dated on or after this day
 * @param to      events dated on or before this day
 * @param type    PLOVER type ({@code CONSULT}, {@code ASSAULT}…)
 * @param actor   an actor code ({@code RUSGOV}) or a substring of an actor's name, on either side
 * @param country ISO 3166-1 alpha-3 code: the event's country (its place's, else its source's)
 * @param place   a substring of the event place's name
 * @param text    a substring of a mention's evidence sentence
 * @param page    0-based page number
 * @param size    page size, 1 to {@link EventStore#MAX_PAGE_SIZE} (clamped)
 * @param sort    order of the results
 */
public record EventQuery(LocalDate from, LocalDate to, String type, String actor, String country, String place,
                         String text, int page, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 50;

    public enum Sort {
        /** Latest first (undated last), then most mentioned. */
        DATE_DESC,
        /** Earliest first (undated last). */
        DATE_ASC,
        /** Most mentioned first. */
        MENTIONS_DESC
    }

    public EventQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be >= 0");
        }
        size = Math.max(1, Math.min(size, EventStore.MAX_PAGE_SIZE));
        sort = sort == null ? Sort.DATE_DESC : sort;
        type = blankToNull(type);
        actor = blankToNull(actor);
        country = blankToNull(country);
        place = blankToNull(place);
        text = blankToNull(text);
    }

    /** Everything, first page, default size, latest first. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, 0, DEFAULT_SIZE, Sort.DATE_DESC);
    }

    public EventQuery withFrom(LocalDate v) {
        return new EventQuery(v, to, type, actor, country, place, text, page, size, sort);
    }

    public EventQuery withTo(LocalDate v) {
        return new EventQuery(from, v, type, actor, country, place, text, page, size, sort);
    }

    public EventQuery withType(String v) {
        return new EventQuery(from, to, v, actor, country, place, text, page, size, sort);
    }

    public EventQuery withActor(String v) {
        return new EventQuery(from, to, type, v, country, place, text, page, size, sort);
    }

    public EventQuery withCountry(String v) {
        return new EventQuery(from, to, type, actor, v, place, text, page, size, sort);
    }

    public EventQuery withPlace(String v) {
        return new EventQuery(from, to, type, actor, country, v, text, page, size, sort);
    }

    public EventQuery withText(String v) {
        return new EventQuery(from, to, type, actor, country, place, v, page, size, sort);
    }

    public EventQuery withPage(int p, int s) {
        return new EventQuery(from, to, type, actor, country, place, text, p, s, sort);
    }

    public EventQuery withSort(Sort v) {
        return new EventQuery(from, to, type, actor, country, place, text, page, size, v);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package org.tacitus.places.eval;

import java.util.Objects;

/**
 * One gold toponym: a span of the document text, the phrase at that span, and the coordinates the annotators
 * resolved it to.
 *
 * @param start  first character, 0-based, into {@link GeoDocument#text()} (already corrected for GeoVirus's shift)
 * @param end    one past the last character
 * @param phrase the text at {@code start..end}, exactly
 * @param lat    WGS84 latitude in degrees
 * @param lon    WGS84 longitude in degrees
 */
public record GoldToponym(int start, int end, String phrase, double lat, double lon) {

    public GoldToponym {
        Objects.requireNonNull(phrase, "phrase");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span " + start + ":" + end);
        }
        if (end - start != phrase.length()) {
            throw new IllegalArgumentException("span " + start + ":" + end + " does not have the length of '"
                    + phrase + "'");
        }
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
        }
    }
}

package org.tacitus.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * A gazetteer entry.
 *
 * @param country    ISO 3166-1 alpha-3 of the country it lies in, or null (seas, regions across borders)
 * @param geonamesId the GeoNames id where known, else null
 * @param population inhabitants where known, else 0
 */
public record PlaceEntry(String name, List<String> alternateNames, PlaceKind kind, String country, double lat,
                         double lon, Long geonamesId, long population) {

    public PlaceEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        alternateNames = List.copyOf(alternateNames == null ? List.of() : alternateNames);
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("country must be ISO 3166-1 alpha-3: " + country);
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException(name + ": coordinates out of range");
        }
    }
}

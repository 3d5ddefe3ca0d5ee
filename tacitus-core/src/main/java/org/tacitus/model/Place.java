package org.tacitus.model;

import java.util.Objects;

/** A geocoded place: name, ISO 3166-1 alpha-3 country, WGS84 coordinates, and a GeoNames id where known. */
public record Place(String name, String country, double lat, double lon, Long geonamesId) {
    public Place {
        Objects.requireNonNull(name, "name");
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
        }
    }
}

package org.tacitus.lexicon;

import java.util.List;
import java.util.Objects;

/**
 * A country as Tacitus codes it: a row of {@code countries.tsv}, read by {@link CountryTable}. Immutable; validates
 * itself on construction.
 *
 * @param iso3       ISO 3166-1 alpha-3 ({@code RUS}; {@code XKX} for Kosovo), the actor code of the country
 * @param iso2       ISO 3166-1 alpha-2 ({@code RU}; {@code XK} for Kosovo)
 * @param name       canonical short English name ("Russia", "United States", "Czechia")
 * @param names      every surface form news uses, case as written, the canonical name first ("Russia",
 *                   "the Russian Federation")
 * @param demonyms   adjectives and people nouns, singular and plural ("Russian", "Russians"); may be empty where
 *                   the only demonym would be ambiguous
 * @param capitals   the capital first (the one {@code capitalLat}/{@code capitalLon} locate), then other spellings
 *                   and other capitals ("Kyiv", "Kiev")
 * @param capitalLat latitude of the first capital, decimal degrees
 * @param capitalLon longitude of the first capital, decimal degrees
 * @param lat        latitude of an approximate centre of the country
 * @param lon        longitude of an approximate centre of the country
 * @param geonamesId the GeoNames id of the country, or null when not known
 */
public record Country(String iso3, String iso2, String name, List<String> names, List<String> demonyms,
                      List<String> capitals, double capitalLat, double capitalLon, double lat, double lon,
                      Long geonamesId) {

    public Country {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(iso2, "iso2");
        Objects.requireNonNull(name, "name");
        if (!iso3.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("iso3 must be three upper-case letters: " + iso3);
        }
        if (!iso2.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException(iso3 + ": iso2 must be two upper-case letters: " + iso2);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException(iso3 + ": empty name");
        }
        names = List.copyOf(names == null ? List.of() : names);
        demonyms = List.copyOf(demonyms == null ? List.of() : demonyms);
        capitals = List.copyOf(capitals == null ? List.of() : capitals);
        if (names.isEmpty() || !names.get(0).equals(name)) {
            throw new IllegalArgumentException(iso3 + ": names must start with the canonical name " + name);
        }
        if (capitals.isEmpty()) {
            throw new IllegalArgumentException(iso3 + ": no capital");
        }
        for (List<String> forms : List.of(names, demonyms, capitals)) {
            for (String form : forms) {
                if (form.isBlank() || !form.strip().equals(form)) {
                    throw new IllegalArgumentException(iso3 + ": empty or padded entry '" + form + "'");
                }
            }
        }
        checkCoordinates(iso3 + " capital", capitalLat, capitalLon);
        checkCoordinates(iso3, lat, lon);
        if (geonamesId != null && geonamesId <= 0) {
            throw new IllegalArgumentException(iso3 + ": GeoNames id must be positive: " + geonamesId);
        }
    }

    /** The capital whose coordinates are given: the first entry of {@link #capitals()}. */
    public String capital() {
        return capitals.get(0);
    }

    private static void checkCoordinates(String what, double lat, double lon) {
        if (!(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException(what + ": coordinates out of range: " + lat + ", " + lon);
        }
    }
}

package org.tacitus.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in table of countries ({@code countries.tsv}): every UN member state plus Taiwan, Kosovo, Palestine,
 * the Vatican, Hong Kong and Western Sahara, with the names and demonyms news uses for them, their capitals and
 * centre points. It yields the COUNTRY and DEMONYM {@link ActorName}s ("the U.S.", "Ukrainians") and one COUNTRY
 * {@link PlaceEntry} per country.
 *
 * <p>A surface form names one country only: the loader refuses a file where two countries share a name or
 * demonym, so ambiguous forms ("Korea", "Congolese" for Congo-Brazzaville) are left out of the data instead.
 *
 * <p>The bundled file is programmer-controlled data, so a malformed line fails fast with an
 * {@link IllegalStateException} naming the file and line ({@code "countries.tsv:42: ..."}). Instances are
 * immutable and thread-safe; {@link #load()} reads the bundled file once per JVM.
 */
public final class CountryTable {

    /** Classpath location of the bundled table. */
    public static final String RESOURCE = "/org/tacitus/lexicon/countries.tsv";

    /** The header line the table must have (after any {@code #} comments). */
    public static final String HEADER =
            "iso3\tiso2\tname\tnames\tdemonyms\tcapital\tcapital_lat\tcapital_lon\tlat\tlon\tgeonames_id";

    private final Map<String, Country> byIso3;
    private final Map<String, Country> byIso2;
    private final List<ActorName> actorNames;
    private final List<PlaceEntry> places;

    private CountryTable(List<Country> countries) {
        Map<String, Country> iso3 = new LinkedHashMap<>();
        Map<String, Country> iso2 = new HashMap<>();
        List<ActorName> names = new ArrayList<>();
        List<PlaceEntry> entries = new ArrayList<>();
        for (Country c : countries) {
            iso3.put(c.iso3(), c);
            iso2.put(c.iso2(), c);
            for (String phrase : c.names()) {
                names.add(new ActorName(phrase, c.iso3(), c.iso3(), null, c.name(), ActorKind.COUNTRY, null, null));
            }
            for (String phrase : c.demonyms()) {
                names.add(new ActorName(phrase, c.iso3(), c.iso3(), null, c.name(), ActorKind.DEMONYM, null, null));
            }
            entries.add(new PlaceEntry(c.name(), c.names(), PlaceKind.COUNTRY, c.iso3(), c.lat(), c.lon(),
                    c.geonamesId(), 0));
        }
        this.byIso3 = Collections.unmodifiableMap(iso3);
        this.byIso2 = Map.copyOf(iso2);
        this.actorNames = List.copyOf(names);
        this.places = List.copyOf(entries);
    }

    /** The bundled table, read from the classpath on first use and shared afterwards. */
    public static CountryTable load() {
        return Bundled.TABLE;
    }

    /** Lazy holder: class initialisation reads the table once and makes it safely visible to every thread. */
    private static final class Bundled {
        static final CountryTable TABLE = parse("countries.tsv", LexiconTsv.openResource(RESOURCE));
    }

    /**
     * Reads a table in the {@code countries.tsv} format.
     *
     * @param source the file name used in error messages
     * @throws IllegalStateException on a malformed line, naming {@code source} and the line
     */
    static CountryTable parse(String source, Reader in) {
        List<Country> countries = new ArrayList<>();
        Map<String, Integer> iso3Lines = new HashMap<>();
        Map<String, Integer> iso2Lines = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (LexiconTsv.TsvLine line : LexiconTsv.readTsv(source, in, HEADER)) {
            Country c;
            try {
                String geonames = line.optional(10);
                c = new Country(line.field(0), line.field(1), line.field(2), line.list(3), line.list(4),
                        line.list(5), line.decimal(6), line.decimal(7), line.decimal(8), line.decimal(9),
                        geonames == null ? null : line.number(10));
            } catch (IllegalArgumentException e) {
                throw line.fail(e.getMessage());
            }
            Integer earlier = iso3Lines.putIfAbsent(c.iso3(), line.number());
            if (earlier != null) {
                throw line.fail("iso3 " + c.iso3() + " already on line " + earlier);
            }
            earlier = iso2Lines.putIfAbsent(c.iso2(), line.number());
            if (earlier != null) {
                throw line.fail("iso2 " + c.iso2() + " already on line " + earlier);
            }
            Set<String> own = new HashSet<>();
            for (String form : concat(c.names(), c.demonyms())) {
                if (!own.add(form)) {
                    throw line.fail(c.iso3() + " lists '" + form + "' twice");
                }
                String owner = owners.putIfAbsent(form, c.iso3());
                if (owner != null) {
                    throw line.fail("'" + form + "' already names " + owner);
                }
            }
            countries.add(c);
        }
        return new CountryTable(countries);
    }

    /** The country with that ISO 3166-1 alpha-3 code (case-insensitive), if any. */
    public Optional<Country> byIso3(String iso3) {
        Objects.requireNonNull(iso3, "iso3");
        return Optional.ofNullable(byIso3.get(iso3.toUpperCase(Locale.ROOT)));
    }

    /** The country with that ISO 3166-1 alpha-2 code (case-insensitive), if any. */
    public Optional<Country> byIso2(String iso2) {
        Objects.requireNonNull(iso2, "iso2");
        return Optional.ofNullable(byIso2.get(iso2.toUpperCase(Locale.ROOT)));
    }

    /** Every country, in file order. */
    public Collection<Country> all() {
        return byIso3.values();
    }

    /**
     * One COUNTRY name per entry of {@link Country#names()} and one DEMONYM name per demonym; code and country are
     * the ISO alpha-3 code, sector is null, name is the canonical name, and no dates apply.
     */
    public List<ActorName> actorNames() {
        return actorNames;
    }

    /** One COUNTRY entry per country: centre coordinates, GeoNames id, alternate names = {@link Country#names()}. */
    public List<PlaceEntry> places() {
        return places;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}

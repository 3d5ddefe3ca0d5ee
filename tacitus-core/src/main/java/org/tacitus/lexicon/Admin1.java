package org.tacitus.lexicon;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in first-level administrative divisions that news names ({@code admin1.tsv}): US states, Canadian
 * provinces, Australian states, English counties, Indian states, Chinese and Indonesian provinces, Russian
 * federal subjects, Ukrainian oblasts, Nigerian states and others ("Queensland", "NSW", "Uttar Pradesh", "the
 * Lviv region", "Kano State"). Divisions already in {@code regions.tsv} (Crimea, Texas, Xinjiang...) are not
 * repeated here.
 *
 * <p>Each row becomes one {@link PlaceEntry} of kind {@link PlaceKind#ADMIN1} with its country, no GeoNames id and
 * no population. The name column and the names column are all surface forms. One surface form belongs to one
 * entry per country; the same form in two countries is allowed, and so is a division named like a country
 * ("Georgia", the US state): choosing between them is the place stage's job.
 *
 * <p>The bundled file is programmer-controlled data, so a malformed line fails fast with an
 * {@link IllegalStateException} naming the file and line ({@code "admin1.tsv:42: unknown country XYZ"}). The list
 * is immutable and thread-safe; {@link #load()} reads the bundled file once per JVM.
 */
public final class Admin1 {

    /** Classpath location of the bundled table. */
    public static final String RESOURCE = "/org/tacitus/lexicon/admin1.tsv";

    /** The header line the table must have (after any {@code #} comments). */
    public static final String HEADER = "name\tnames\tiso3\tlat\tlon";

    private Admin1() {
    }

    /** The bundled entries, in file order, read from the classpath on first use and shared afterwards. */
    public static List<PlaceEntry> load() {
        return Bundled.ENTRIES;
    }

    /** Lazy holder: class initialisation reads the table once and makes it safely visible to every thread. */
    private static final class Bundled {
        static final List<PlaceEntry> ENTRIES =
                parse("admin1.tsv", LexiconTsv.openResource(RESOURCE), CountryTable.load());
    }

    /**
     * Reads a table in the {@code admin1.tsv} format; every country code must be in {@code countries}.
     *
     * @param source the file name used in error messages
     * @throws IllegalStateException on a malformed line, naming {@code source} and the line: wrong field count,
     *                               empty name or country, unknown country, bad or out-of-range coordinates, or
     *                               a surface form given twice within one country
     */
    static List<PlaceEntry> parse(String source, Reader in, CountryTable countries) {
        List<PlaceEntry> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>(); // iso3 + tab + surface form -> line
        for (LexiconTsv.TsvLine line : LexiconTsv.readTsv(source, in, HEADER)) {
            String name = line.field(0);
            List<String> names = line.list(1);
            String iso3 = line.field(2);
            if (countries.byIso3(iso3).filter(c -> c.iso3().equals(iso3)).isEmpty()) {
                throw line.fail("unknown country " + iso3);
            }
            double lat = line.decimal(3);
            double lon = line.decimal(4);
            List<String> forms = new ArrayList<>();
            forms.add(name);
            forms.addAll(names);
            for (String form : forms) {
                Integer earlier = seen.putIfAbsent(iso3 + "\t" + form, line.number());
                if (earlier != null) {
                    throw line.fail("'" + form + "' (" + iso3 + ") already on line " + earlier);
                }
            }
            try {
                out.add(new PlaceEntry(name, names, PlaceKind.ADMIN1, iso3, lat, lon, null, 0));
            } catch (IllegalArgumentException e) {
                throw line.fail(e.getMessage());
            }
        }
        return List.copyOf(out);
    }
}

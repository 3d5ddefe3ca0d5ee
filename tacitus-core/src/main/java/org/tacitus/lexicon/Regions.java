package org.tacitus.lexicon;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The built-in places that city lists lack ({@code regions.tsv}): seas, straits and canals ("the Black Sea", "the
 * Strait of Hormuz"), regions ("the Sahel", "the Donbas") and first-level divisions news often names ("Crimea",
 * "Xinjiang", "Texas").
 *
 * <p>Each row becomes one {@link PlaceEntry} of kind SEA, REGION or ADMIN1 with no GeoNames id and no population;
 * its country is null for places across borders and for territories without settled recognition. The name column
 * and the names column are all surface forms; one surface form belongs to one entry, and the loader refuses a
 * repeat.
 *
 * <p>The bundled file is programmer-controlled data, so a malformed line fails fast with an
 * {@link IllegalStateException} naming the file and line. The list is immutable and thread-safe; {@link #load()}
 * reads the bundled file once per JVM.
 */
public final class Regions {

    /** Classpath location of the bundled table. */
    public static final String RESOURCE = "/org/tacitus/lexicon/regions.tsv";

    /** The header line the table must have (after any {@code #} comments). */
    public static final String HEADER = "name\tnames\tkind\tiso3\tlat\tlon";

    private static final Set<String> KINDS = Set.of("SEA", "REGION", "ADMIN1");

    private Regions() {
    }

    /** The bundled entries, read from the classpath on first use and shared afterwards. */
    public static List<PlaceEntry> load() {
        return Bundled.ENTRIES;
    }

    /** Lazy holder: class initialisation reads the table once and makes it safely visible to every thread. */
    private static final class Bundled {
        static final List<PlaceEntry> ENTRIES =
                parse("regions.tsv", LexiconTsv.openResource(RESOURCE), CountryTable.load());
    }

    /**
     * Reads a table in the {@code regions.tsv} format; every country code must be in {@code countries}.
     *
     * @param source the file name used in error messages
     * @throws IllegalStateException on a malformed line, naming {@code source} and the line
     */
    static List<PlaceEntry> parse(String source, Reader in, CountryTable countries) {
        List<PlaceEntry> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (LexiconTsv.TsvLine line : LexiconTsv.readTsv(source, in, HEADER)) {
            String name = line.field(0);
            List<String> names = line.list(1);
            String kind = line.field(2);
            String iso3 = line.optional(3);
            if (!KINDS.contains(kind)) {
                throw line.fail("kind must be one of SEA, REGION, ADMIN1, not " + kind);
            }
            if (iso3 != null && countries.byIso3(iso3).filter(c -> c.iso3().equals(iso3)).isEmpty()) {
                throw line.fail("unknown country " + iso3);
            }
            List<String> forms = new ArrayList<>();
            forms.add(name);
            forms.addAll(names);
            for (String form : forms) {
                Integer earlier = seen.putIfAbsent(form, line.number());
                if (earlier != null) {
                    throw line.fail("'" + form + "' already on line " + earlier);
                }
            }
            try {
                out.add(new PlaceEntry(name, names, PlaceKind.valueOf(kind), iso3, line.decimal(4), line.decimal(5),
                        null, 0));
            } catch (IllegalArgumentException e) {
                throw line.fail(e.getMessage());
            }
        }
        return List.copyOf(out);
    }
}

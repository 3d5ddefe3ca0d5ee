package org.tacitus.lexicon;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in metonyms ({@code metonyms.tsv}): capitals, seats and buildings that stand for a country's government
 * or one of its institutions ("Moscow", "the Kremlin", "the Pentagon", "Capitol Hill").
 *
 * <p>Each row becomes one METONYM {@link ActorName}: code = country + sector ({@code RUSGOV}, {@code USAMIL}),
 * country = the ISO alpha-3 code, sector = the row's sector, no dates. The name is the country's canonical name
 * with the phrase in brackets, {@code "Russia (the Kremlin)"}: the code already says which actor is meant, and
 * keeping the phrase in the name lets a reader of the output see which seat the text named. The row's note is
 * documentation only.
 *
 * <p>A phrase maps to one country; the loader refuses a repeated phrase. The bundled file is programmer-controlled
 * data, so a malformed line fails fast with an {@link IllegalStateException} naming the file and line. The list is
 * immutable and thread-safe; {@link #load()} reads the bundled file once per JVM.
 */
public final class Metonyms {

    /** Classpath location of the bundled table. */
    public static final String RESOURCE = "/org/tacitus/lexicon/metonyms.tsv";

    /** The header line the table must have (after any {@code #} comments). */
    public static final String HEADER = "phrase\tiso3\tsector\tnote";

    private Metonyms() {
    }

    /** The bundled metonyms, read from the classpath on first use and shared afterwards. */
    public static List<ActorName> load() {
        return Bundled.NAMES;
    }

    /** Lazy holder: class initialisation reads the table once and makes it safely visible to every thread. */
    private static final class Bundled {
        static final List<ActorName> NAMES =
                parse("metonyms.tsv", LexiconTsv.openResource(RESOURCE), CountryTable.load());
    }

    /**
     * Reads a table in the {@code metonyms.tsv} format; every country code must be in {@code countries}.
     *
     * @param source the file name used in error messages
     * @throws IllegalStateException on a malformed line, naming {@code source} and the line
     */
    static List<ActorName> parse(String source, Reader in, CountryTable countries) {
        List<ActorName> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (LexiconTsv.TsvLine line : LexiconTsv.readTsv(source, in, HEADER)) {
            String phrase = line.field(0);
            String iso3 = line.field(1);
            String sector = line.field(2);
            Country country = countries.byIso3(iso3)
                    .filter(c -> c.iso3().equals(iso3))
                    .orElseThrow(() -> line.fail("unknown country " + iso3));
            if (!sector.matches("[A-Z]{3}")) {
                throw line.fail("sector must be three upper-case letters: " + sector);
            }
            Integer earlier = seen.putIfAbsent(phrase, line.number());
            if (earlier != null) {
                throw line.fail("'" + phrase + "' already on line " + earlier);
            }
            out.add(new ActorName(phrase, iso3 + sector, iso3, sector, country.name() + " (" + phrase + ")",
                    ActorKind.METONYM, null, null));
        }
        return List.copyOf(out);
    }
}

package org.tacitus.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Role words: nouns and titles that give the actor they qualify a sector ("the Russian <em>foreign minister</em>"
 * is Russia + GOV, "Sudanese <em>rebels</em>" Sudan + REB), read from the bundled {@code roles.tsv}. The file, its
 * columns and the coding decisions are documented in the README beside it.
 *
 * <p>Lookups ignore case and runs of white space. Choosing the longest phrase that matches a text is the matcher's
 * job; {@link #phrasesLongestFirst()} gives it the order to try. Loaded once per JVM; an instance is immutable and
 * thread-safe.
 */
public final class RoleWords {

    static final String RESOURCE = "roles.tsv";
    static final String HEADER = "phrase\tsector\tnote";

    /**
     * The three-letter sectors the bundled lexicons may use: CAMEO's role and sector codes (PTY is the party code of
     * the CAMEO/Phoenix dictionaries) and the organisation types IGO, NGO, IMG and MNC.
     */
    static final Set<String> SECTORS = Set.of(
            "GOV", "MIL", "REB", "INS", "SEP", "UAF", "OPP", "JUD", "LEG", "PTY", "SPY", "COP",
            "BUS", "MED", "CVL", "EDU", "HLH", "NGO", "REF", "ELI", "LAB", "CRM", "AGR", "ENV", "HRI", "DEV",
            "RAD", "MOD", "REL", "IGO", "IMG", "MNC");

    /** Unicode white space, so that a no-break space between words still matches. */
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    private static volatile RoleWords bundled;

    /** Sector by normalised phrase, in file order. */
    private final Map<String, String> sectors;
    private final List<String> longestFirst;

    private RoleWords(Map<String, String> sectors) {
        this.sectors = Map.copyOf(sectors);
        List<String> phrases = new ArrayList<>(sectors.keySet());
        phrases.sort(Comparator.comparingInt(RoleWords::words).reversed()
                .thenComparing(Comparator.comparingInt(String::length).reversed())
                .thenComparing(Comparator.naturalOrder()));
        this.longestFirst = List.copyOf(phrases);
    }

    /**
     * The bundled role words, read on the first call and shared afterwards.
     *
     * @throws IllegalStateException when {@code roles.tsv} is missing or malformed (the message names the line)
     */
    public static RoleWords load() {
        RoleWords words = bundled;
        if (words == null) {
            synchronized (RoleWords.class) {
                words = bundled;
                if (words == null) {
                    words = readBundled();
                    bundled = words;
                }
            }
        }
        return words;
    }

    /** The sector of a role phrase ("Foreign Minister" gives GOV), or empty when the phrase is not a role word. */
    public Optional<String> sector(String phrase) {
        Objects.requireNonNull(phrase, "phrase");
        return Optional.ofNullable(sectors.get(normalize(phrase)));
    }

    /**
     * Every phrase, lower case: most words first, then longest, then alphabetically, so that a matcher trying them
     * in order finds "deputy foreign minister" before "foreign minister" before "minister".
     */
    public List<String> phrasesLongestFirst() {
        return longestFirst;
    }

    private static RoleWords readBundled() {
        InputStream raw = RoleWords.class.getResourceAsStream(RESOURCE);
        if (raw == null) {
            throw new IllegalStateException("resource " + RESOURCE + " not found next to " + RoleWords.class);
        }
        try (Reader in = new InputStreamReader(raw, StandardCharsets.UTF_8)) {
            return parse(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Reads role words in the {@code roles.tsv} format.
     *
     * @param source the name error messages give the input
     * @throws IllegalStateException on the first malformed line, naming the source and the line number
     */
    static RoleWords parse(Reader in, String source) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        Map<String, String> sectors = new LinkedHashMap<>();
        boolean headerSeen = false;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                if (!line.equals(HEADER)) {
                    throw malformed(source, number, "expected the header " + HEADER.replace("\t", "<TAB>"));
                }
                headerSeen = true;
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 2 || fields.length > 3) {
                throw malformed(source, number, "expected 2 or 3 tab-separated columns, found " + fields.length);
            }
            String phrase = fields[0];
            String sector = fields[1];
            if (phrase.isEmpty() || !phrase.equals(normalize(phrase))) {
                throw malformed(source, number, "phrase must be non-empty lower case with single spaces: '"
                        + phrase + "'");
            }
            if (!SECTORS.contains(sector)) {
                throw malformed(source, number, "unknown sector '" + sector + "'");
            }
            if (sectors.putIfAbsent(phrase, sector) != null) {
                throw malformed(source, number, "phrase '" + phrase + "' is listed twice");
            }
        }
        if (!headerSeen) {
            throw malformed(source, number, "no header line " + HEADER.replace("\t", "<TAB>"));
        }
        return new RoleWords(sectors);
    }

    /** Lower case (root locale), trimmed, each run of white space one space. */
    private static String normalize(String phrase) {
        return SPACES.matcher(phrase.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static int words(String phrase) {
        return phrase.split(" ").length;
    }

    private static IllegalStateException malformed(String source, int line, String why) {
        return new IllegalStateException(source + " line " + line + ": " + why);
    }
}

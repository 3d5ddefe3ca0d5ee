package org.tacitus.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The built-in dictionary of holders of the highest offices ({@code officeholders.tsv}): heads of state and
 * government, foreign and defence ministers, UN ambassadors and the heads of the UN, EU and NATO, each with the
 * dates of their term. It lets "Lavrov said" code as {@code RUSGOV} with no title in the sentence, and resolves a
 * name to whoever held it on the article's date.
 *
 * <p>Actor codes are country + sector ({@code RUSGOV}); international posts have no country and code as
 * {@code IGO} + the organisation ({@code IGOUNO}, {@code IGOEEC}, {@code IGONAT}); see {@link Holder}.
 * Surface forms match exactly, case included.
 *
 * <p>The bundled file is programmer-controlled data, so a malformed line fails fast: {@link #parse} throws an
 * {@link IllegalArgumentException} naming the file and line ({@code "officeholders.tsv:42: bad date ..."}).
 * Instances are immutable and thread-safe; {@link #load()} reads the bundled file once per JVM.
 */
public final class OfficeHolders {

    /** Classpath location of the bundled table. */
    public static final String RESOURCE = "/org/tacitus/lexicon/officeholders.tsv";

    /** The header line the table must have (after any {@code #} comments). */
    public static final String HEADER = "name\taliases\tcountry\tsector\toffice\tfrom\tto";

    private static final int COLUMNS = 7;

    /** Where several terms carry the phrase on the same day, the latest to start wins, then the earlier row. */
    private static final Comparator<Holder> LATEST_FIRST = Comparator.comparing(Holder::from).reversed();

    private final List<Holder> holders;
    private final List<ActorName> actorNames;
    private final Map<String, List<Holder>> bySurface;

    private OfficeHolders(List<Holder> holders) {
        this.holders = List.copyOf(holders);
        List<ActorName> names = new ArrayList<>();
        Map<String, List<Holder>> surfaces = new LinkedHashMap<>();
        for (Holder h : this.holders) {
            names.addAll(h.actorNames());
            for (String form : h.surfaceForms()) {
                surfaces.computeIfAbsent(form, k -> new ArrayList<>()).add(h);
            }
        }
        this.actorNames = List.copyOf(names);
        surfaces.replaceAll((k, v) -> v.stream().sorted(LATEST_FIRST).toList());
        this.bySurface = Map.copyOf(surfaces);
    }

    /** The bundled table, read from the classpath on first use and shared afterwards. */
    public static OfficeHolders load() {
        return Bundled.TABLE;
    }

    /** Lazy holder: the table is read once, when first asked for, and class initialisation makes it thread-safe. */
    private static final class Bundled {
        static final OfficeHolders TABLE = readBundled();

        private static OfficeHolders readBundled() {
            InputStream in = OfficeHolders.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return parse(reader, "officeholders.tsv");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /**
     * Reads a table in the format of {@code officeholders.tsv} (for example a corrected copy): {@code #} comment
     * lines and blank lines anywhere, the {@link #HEADER} line, then one tab-separated row per term.
     *
     * @param in     the text; not closed
     * @param source the file name to put in error messages
     * @throws IllegalArgumentException at the first malformed line, with {@code source:line:} in the message
     */
    public static OfficeHolders parse(Reader in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        List<Holder> rows = new ArrayList<>();
        boolean headerSeen = false;
        int lineNo = 0;
        try {
            BufferedReader r = new BufferedReader(in);
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!headerSeen) {
                    if (!line.equals(HEADER)) {
                        throw malformed(source, lineNo, "expected the header line '"
                                + HEADER.replace("\t", "<TAB>") + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                rows.add(row(line, source, lineNo));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read", e);
        }
        if (!headerSeen) {
            throw malformed(source, lineNo, "no header line");
        }
        return new OfficeHolders(rows);
    }

    private static Holder row(String line, String source, int lineNo) {
        String[] f = line.split("\t", -1);
        if (f.length != COLUMNS) {
            throw malformed(source, lineNo, "expected " + COLUMNS + " tab-separated columns, found " + f.length);
        }
        String name = f[0].strip();
        List<String> aliases = f[1].isBlank()
                ? List.of()
                : Arrays.stream(f[1].split("\\|", -1)).map(String::strip).toList();
        String country = f[2].isBlank() ? null : f[2].strip();
        LocalDate from = date(f[5], "from", true, source, lineNo);
        LocalDate to = date(f[6], "to", false, source, lineNo);
        try {
            return new Holder(name, aliases, country, f[3].strip(), f[4].strip(), from, to);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw malformed(source, lineNo, e.getMessage());
        }
    }

    private static LocalDate date(String field, String column, boolean required, String source, int lineNo) {
        String v = field.strip();
        if (v.isEmpty()) {
            if (required) {
                throw malformed(source, lineNo, "empty date in column " + column);
            }
            return null;
        }
        // YYYY-MM-DD read by hand: LocalDate.parse goes through a DateTimeFormatter, which costs more than the
        // rest of a row when the JVM is cold, and the table has thousands of dates.
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-' && digits(v, 0, 4) && digits(v, 5, 7)
                && digits(v, 8, 10)) {
            try {
                return LocalDate.of(number(v, 0, 4), number(v, 5, 7), number(v, 8, 10));
            } catch (DateTimeException e) {
                // out of range (month 13, 30 February): reported below
            }
        }
        throw malformed(source, lineNo, "bad date '" + v + "' in column " + column + " (want YYYY-MM-DD)");
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    private static IllegalArgumentException malformed(String source, int lineNo, String message) {
        return new IllegalArgumentException(source + ":" + lineNo + ": " + message);
    }

    /** Every term, in file order. */
    public List<Holder> all() {
        return holders;
    }

    /**
     * One PERSON actor name per surface form (name and each alias) of every term, carrying the term's dates;
     * the same phrase appears once per term that uses it.
     */
    public List<ActorName> actorNames() {
        return actorNames;
    }

    /**
     * Who held an office on a day, in order of taking office (usually one; {@code un_envoy} has several at once,
     * and a gap, such as an omitted acting holder, gives none).
     *
     * @param country ISO 3166-1 alpha-3, or null (or empty) for an international office
     * @param office  a {@link Holder#NATIONAL_OFFICES national} or {@link Holder#INTERNATIONAL_OFFICES
     *                international} office
     * @param date    the day, or null for every term ever recorded
     * @throws IllegalArgumentException for an unknown office
     */
    public List<Holder> holders(String country, String office, LocalDate date) {
        Objects.requireNonNull(office, "office");
        if (!Holder.NATIONAL_OFFICES.contains(office) && !Holder.INTERNATIONAL_OFFICES.containsKey(office)) {
            throw new IllegalArgumentException("unknown office " + office);
        }
        String c = country == null || country.isEmpty() ? null : country;
        return holders.stream()
                .filter(h -> Objects.equals(h.country(), c) && h.office().equals(office))
                .filter(h -> date == null || h.covers(date))
                .sorted(Comparator.comparing(Holder::from))
                .toList();
    }

    /**
     * The term whose name or alias is exactly {@code surface} and which covers {@code date}. Where one person held
     * two offices that day (a king who is also prime minister), the later-started term wins, then the earlier row.
     * With a null date: the most recent term with that name when all its terms are one person's; empty when the
     * phrase names several people ("Bush", "Castro"), since no date says which.
     */
    public Optional<Holder> holder(String surface, LocalDate date) {
        Objects.requireNonNull(surface, "surface");
        List<Holder> terms = bySurface.getOrDefault(surface, List.of());
        if (date == null) {
            return terms.stream().map(Holder::name).distinct().count() == 1 ? Optional.of(terms.get(0))
                    : Optional.empty();
        }
        return terms.stream().filter(h -> h.covers(date)).findFirst();
    }

    /**
     * {@link #holder} as an actor name whose phrase is {@code surface}; with a null date, a phrase naming several
     * people resolves as {@link #undated} says (their shared country, or nothing).
     */
    public Optional<ActorName> lookup(String surface, LocalDate date) {
        Objects.requireNonNull(surface, "surface");
        if (date == null) {
            return undated(surface, bySurface.getOrDefault(surface, List.of()).stream()
                    .map(h -> h.actorName(surface)).toList());
        }
        return holder(surface, date).map(h -> h.actorName(surface));
    }

    /**
     * What a phrase means when no date says which of its terms is meant. {@code terms} are the dated person names
     * the phrase has (in any order):
     * <ul>
     *   <li>all one person's ("Trump", "von der Leyen"): that person's latest term;</li>
     *   <li>several people of one country ("Bush", "Clinton", "Assad"): that country, with the sector when all
     *       share it ({@code USAGOV}), as an actor with no person: the phrase itself is its name and no term
     *       limits it;</li>
     *   <li>several people of different countries, or an international post among them ("Castro" of Cuba and
     *       of Honduras): nothing, as no single actor is meant;</li>
     *   <li>no terms: nothing.</li>
     * </ul>
     */
    public static Optional<ActorName> undated(String phrase, Collection<ActorName> terms) {
        Objects.requireNonNull(phrase, "phrase");
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        ActorName latest = terms.stream().max(Comparator.comparing(OfficeHolders::start)).orElseThrow();
        if (terms.stream().map(ActorName::name).distinct().count() == 1) {
            return Optional.of(latest);
        }
        List<String> countries = terms.stream().map(ActorName::country).distinct().toList();
        if (countries.size() != 1 || countries.get(0) == null) {
            return Optional.empty();
        }
        String country = countries.get(0);
        List<String> sectors = terms.stream().map(ActorName::sector).distinct().toList();
        String sector = sectors.size() == 1 ? sectors.get(0) : null;
        return Optional.of(new ActorName(phrase, country + (sector == null ? "" : sector), country, sector, phrase,
                ActorKind.PERSON, null, null));
    }

    private static LocalDate start(ActorName n) {
        return n.from() == null ? LocalDate.MIN : n.from();
    }
}

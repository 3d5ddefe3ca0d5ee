package org.tacitus.lexicon;

import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads Tacitus's own actor dictionary format: UTF-8, tab-separated, one name per line under the header
 * {@code phrase code country sector name kind from to}; lines starting with {@code #} and blank lines are
 * ignored. {@code phrase}, {@code code} and {@code name} are required; the others may be empty (or, at the end of
 * a line, left out): an empty country or sector is taken from the code as for PETRARCH codes, an empty kind is
 * COUNTRY for a bare country code and ORGANIZATION otherwise, and empty dates leave the period open. See
 * {@code docs/dictionaries.md}. A bad line is reported in the {@link DictionaryLoad} and skipped. Stateless and
 * thread-safe.
 */
public final class UserDictionaryReader {

    /** The header line, tab-separated. */
    public static final List<String> COLUMNS = List.of("phrase", "code", "country", "sector", "name", "kind", "from",
            "to");

    private UserDictionaryReader() {
    }

    public static DictionaryLoad<ActorName> read(Path file) {
        List<String> problems = new ArrayList<>();
        List<String> lines = DictionaryLoad.lines(file, problems);
        return parse(lines, DictionaryLoad.sourceName(file), problems);
    }

    /** @param sourceName the name problems give the input ({@code "actors.tsv"}) */
    public static DictionaryLoad<ActorName> read(Reader in, String sourceName) {
        List<String> problems = new ArrayList<>();
        List<String> lines = DictionaryLoad.lines(in, sourceName, problems);
        return parse(lines, sourceName, problems);
    }

    private static DictionaryLoad<ActorName> parse(List<String> lines, String source, List<String> problems) {
        List<ActorName> out = new ArrayList<>();
        if (lines == null) {
            return new DictionaryLoad<>(out, problems);
        }
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line == null || line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (!header) {
                List<String> names = Arrays.stream(fields).map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
                if (!names.equals(COLUMNS)) {
                    problems.add(DictionaryLoad.problem(source, i + 1, "expected the header "
                            + String.join("<TAB>", COLUMNS) + "; file skipped"));
                    return new DictionaryLoad<>(out, problems);
                }
                header = true;
                continue;
            }
            try {
                out.add(row(fields));
            } catch (BadRow e) {
                problems.add(DictionaryLoad.problem(source, i + 1, e.getMessage() + "; line skipped"));
            }
        }
        if (!header) {
            problems.add(source + ": empty: no header line");
        }
        return new DictionaryLoad<>(out, problems);
    }

    /** A row's problem, carried out of {@link #row} (never leaves this class). */
    private static final class BadRow extends Exception {
        private static final long serialVersionUID = 1L;

        BadRow(String message) {
            super(message, null, false, false);
        }
    }

    private static ActorName row(String[] raw) throws BadRow {
        if (raw.length < 5 || raw.length > COLUMNS.size()) {
            throw new BadRow(raw.length + " fields; expected " + COLUMNS.size() + " (" + String.join(", ", COLUMNS)
                    + ")");
        }
        String[] f = new String[COLUMNS.size()];
        for (int k = 0; k < f.length; k++) {
            f[k] = k < raw.length ? raw[k].strip() : "";
        }
        String phrase = f[0];
        String code = f[1].toUpperCase(Locale.ROOT);
        String name = f[4];
        if (phrase.isEmpty()) {
            throw new BadRow("empty phrase");
        }
        if (!code.matches("[A-Z0-9]{3,}")) {
            throw new BadRow(code.isEmpty() ? "empty code" : "invalid code '" + f[1] + "' (letters and digits)");
        }
        if (name.isEmpty()) {
            throw new BadRow("empty name");
        }
        String country = f[2].isEmpty() ? PetrarchActorReader.countryOf(code) : f[2].toUpperCase(Locale.ROOT);
        if (country != null && !PetrarchActorReader.isIsoCountry(country)) {
            throw new BadRow("unknown country '" + f[2] + "' (ISO 3166-1 alpha-3 expected)");
        }
        String sector = f[3].isEmpty() ? PetrarchActorReader.sectorOf(code) : f[3].toUpperCase(Locale.ROOT);
        if (!f[3].isEmpty() && !sector.matches("[A-Z]{3}")) {
            throw new BadRow("invalid sector '" + f[3] + "' (three letters expected)");
        }
        ActorKind kind = kind(f[5], code);
        LocalDate from = date(f[6], "from");
        LocalDate to = date(f[7], "to");
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadRow("'to' " + to + " is before 'from' " + from);
        }
        return new ActorName(phrase, code, country, sector, name, kind, from, to);
    }

    private static ActorKind kind(String text, String code) throws BadRow {
        if (text.isEmpty()) {
            return code.length() == 3 && PetrarchActorReader.isIsoCountry(code)
                    ? ActorKind.COUNTRY : ActorKind.ORGANIZATION;
        }
        try {
            return ActorKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRow("unknown kind '" + text + "' (one of " + Arrays.toString(ActorKind.values()) + ")");
        }
    }

    private static LocalDate date(String text, String column) throws BadRow {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRow("bad '" + column + "' date '" + text + "' (YYYY-MM-DD expected)");
        }
    }
}

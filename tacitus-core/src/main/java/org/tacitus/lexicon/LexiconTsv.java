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
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The TSV format of the bundled lexicon tables: UTF-8, {@code #} comment lines and blank lines anywhere, one header
 * line, then tab-separated rows with as many fields as the header; {@code |} separates the entries of a list
 * field. Bundled data is the programmer's, so every data error fails fast naming the file and line. Stateless.
 */
public final class LexiconTsv {

    private LexiconTsv() {
    }

    /** A UTF-8 reader over a bundled resource; a missing resource is a packaging error. */
    public static Reader openResource(String resource) {
        InputStream in = LexiconTsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * The data lines of a tab-separated table: lines starting with {@code #} and blank lines are skipped, the first
     * other line must equal {@code header}, and every later line must have as many fields as the header. Closes
     * {@code in}.
     *
     * @throws IllegalStateException naming {@code source} and the line, on a missing header or a wrong field count
     */
    public static List<TsvLine> readTsv(String source, Reader in, String header) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(in, "in");
        List<String> columns = List.of(header.split("\t"));
        List<TsvLine> out = new ArrayList<>();
        boolean headerSeen = false;
        try (BufferedReader r = new BufferedReader(in)) {
            int number = 0;
            for (String text = r.readLine(); text != null; text = r.readLine()) {
                number++;
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.startsWith("#") || text.isBlank()) {
                    continue;
                }
                TsvLine line = new TsvLine(source, number, columns, List.of(text.split("\t", -1)));
                if (!headerSeen) {
                    if (!text.equals(header)) {
                        throw line.fail("expected the header '" + header.replace("\t", "\\t") + "'");
                    }
                    headerSeen = true;
                } else if (line.fields().size() != columns.size()) {
                    throw line.fail("expected " + columns.size() + " tab-separated fields, found "
                            + line.fields().size());
                } else {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        if (!headerSeen) {
            throw new IllegalStateException(source + ": no header line");
        }
        return out;
    }

    /**
     * One data line of a lexicon table, with accessors that fail fast, naming the file, line and column.
     *
     * @param number  1-based line number in the file
     * @param columns the header's column names
     */
    public record TsvLine(String source, int number, List<String> columns, List<String> fields) {

        /** The field as written; never empty. */
        public String field(int i) {
            String value = fields.get(i);
            if (value.isEmpty()) {
                throw fail("empty " + columns.get(i));
            }
            if (!value.strip().equals(value)) {
                throw fail(columns.get(i) + " has leading or trailing spaces: '" + value + "'");
            }
            return value;
        }

        /** The field as written, or null when empty. */
        public String optional(int i) {
            return fields.get(i).isEmpty() ? null : field(i);
        }

        /** The {@code |}-separated entries of the field: empty list when the field is empty. */
        public List<String> list(int i) {
            if (fields.get(i).isEmpty()) {
                return List.of();
            }
            List<String> items = Arrays.asList(fields.get(i).split("\\|", -1));
            Set<String> seen = new HashSet<>();
            for (String item : items) {
                if (item.isBlank() || !item.strip().equals(item)) {
                    throw fail(columns.get(i) + " has an empty or padded entry: '" + fields.get(i) + "'");
                }
                if (!seen.add(item)) {
                    throw fail(columns.get(i) + " repeats '" + item + "'");
                }
            }
            return List.copyOf(items);
        }

        /** The field as a finite decimal number. */
        double decimal(int i) {
            String value = field(i);
            try {
                double d = Double.parseDouble(value);
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw fail(columns.get(i) + " is not a decimal number: '" + value + "'");
        }

        /** The field as a whole number. */
        long number(int i) {
            String value = field(i);
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw fail(columns.get(i) + " is not a whole number: '" + value + "'");
            }
        }

        /** An exception for a data error on this line: {@code "countries.tsv:42: message"}. */
        public IllegalStateException fail(String message) {
            return new IllegalStateException(source + ":" + number + ": " + message);
        }
    }
}

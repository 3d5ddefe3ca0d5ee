package org.tacitus.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Regional and compound collectives named as actors ({@code collectives.tsv}): "the West" (WST), "European
 * partners" (EUR), "Gulf states" (PGS). Each phrase becomes an {@link ActorName} of kind REGION with no country.
 * Bundled data: a malformed line fails fast naming the file and line. Read once per JVM; immutable.
 */
public final class Collectives {

    public static final String RESOURCE = "/org/tacitus/lexicon/collectives.tsv";
    public static final String HEADER = "code\tname\tphrases";

    private Collectives() {
    }

    public static List<ActorName> load() {
        return Bundled.NAMES;
    }

    private static final class Bundled {
        static final List<ActorName> NAMES = read();
    }

    private static List<ActorName> read() {
        try (InputStream in = Collectives.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<ActorName> names = new ArrayList<>();
            boolean header = false;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!header) {
                    if (!line.equals(HEADER)) {
                        throw new IllegalStateException("collectives.tsv:" + number + ": expected header " + HEADER);
                    }
                    header = true;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 3 || !f[0].matches("[A-Z]{3}") || f[1].isBlank() || f[2].isBlank()) {
                    throw new IllegalStateException("collectives.tsv:" + number + ": malformed line");
                }
                for (String phrase : f[2].split("\\|")) {
                    names.add(new ActorName(phrase.strip(), f[0], null, null, f[1], ActorKind.REGION, null, null));
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

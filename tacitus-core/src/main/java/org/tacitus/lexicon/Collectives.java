package org.tacitus.lexicon;

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
        List<ActorName> names = new ArrayList<>();
        for (LexiconTsv.TsvLine line : LexiconTsv.readTsv("collectives.tsv", LexiconTsv.openResource(RESOURCE),
                HEADER)) {
            String code = line.field(0);
            if (!code.matches("[A-Z]{3}")) {
                throw line.fail("code must be three capital letters: '" + code + "'");
            }
            String name = line.field(1);
            for (String phrase : line.list(2)) {
                names.add(new ActorName(phrase, code, null, null, name, ActorKind.REGION, null, null));
            }
        }
        return List.copyOf(names);
    }
}

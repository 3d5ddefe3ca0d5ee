package org.tacitus.places.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One gold document of a geoparsing corpus.
 *
 * @param id   a stable identifier (for GeoVirus: the file stem and the article's 1-based position, e.g.
 *             {@code GeoVirus-007}, because the corpus has no ids and several articles share a source URL)
 * @param text the article text as the XML parser reports it (entities decoded); gold offsets index it
 * @param gold the gold toponyms, sorted by start then end; each phrase is checked against the text here
 */
public record GeoDocument(String id, String text, List<GoldToponym> gold) {

    public GeoDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        gold = gold.stream()
                .sorted(Comparator.comparingInt(GoldToponym::start).thenComparingInt(GoldToponym::end))
                .toList();
        for (GoldToponym g : gold) {
            if (g.end() > text.length()) {
                throw new IllegalArgumentException(id + ": gold span " + g.start() + ":" + g.end()
                        + " is outside the text (length " + text.length() + ")");
            }
            if (!text.regionMatches(g.start(), g.phrase(), 0, g.phrase().length())) {
                throw new IllegalArgumentException(id + ": gold span " + g.start() + ":" + g.end() + " reads '"
                        + text.substring(g.start(), g.end()) + "', not '" + g.phrase() + "'");
            }
        }
    }
}

package org.tacitus.quotes.eval;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tacitus.model.TextSpan;

/**
 * One gold document of an attribution corpus (PolNeAR).
 *
 * @param id        the article's file stem, e.g. {@code nyt_2016-10-12_clinton-s-team-says-wikileaks-e}
 * @param text      the article text exactly as read (UTF-8); every gold span indexes it as a Java string
 * @param published the publication date from the corpus metadata, null when unknown
 * @param gold      the gold attributions, sorted by where their content starts and ends; each span is checked
 *                  against the text here
 * @param others    the attributions of each further annotator of the article, in annotator order, sorted and checked
 *                  like {@code gold}; empty for an article annotated once. They measure how far two people agree
 *                  ({@code tacitus eval quotes --agreement}) and are never scored as gold.
 */
public record PolnearDocument(String id, String text, LocalDate published, List<GoldAttribution> gold,
                              List<List<GoldAttribution>> others) {

    public PolnearDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        gold = sortedAndChecked(id, text, gold);
        others = others.stream().map(o -> sortedAndChecked(id, text, o)).toList();
    }

    /** An article annotated once. */
    public PolnearDocument(String id, String text, LocalDate published, List<GoldAttribution> gold) {
        this(id, text, published, gold, List.of());
    }

    private static List<GoldAttribution> sortedAndChecked(String id, String text, List<GoldAttribution> attributions) {
        List<GoldAttribution> sorted = attributions.stream()
                .sorted(Comparator.comparingInt(GoldAttribution::start).thenComparingInt(GoldAttribution::end))
                .toList();
        for (GoldAttribution g : sorted) {
            for (TextSpan t : g.content()) {
                GoldAttribution.requireInText(id, text, t);
            }
            if (g.source() != null) {
                GoldAttribution.requireInText(id, text, g.source());
            }
            if (g.cue() != null) {
                GoldAttribution.requireInText(id, text, g.cue());
            }
        }
        return sorted;
    }

    /** The gold attributions whose content is a direct quote. */
    public List<GoldAttribution> direct() {
        return gold.stream().filter(GoldAttribution::direct).toList();
    }
}

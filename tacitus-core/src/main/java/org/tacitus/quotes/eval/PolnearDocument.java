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
 */
public record PolnearDocument(String id, String text, LocalDate published, List<GoldAttribution> gold) {

    public PolnearDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        gold = gold.stream()
                .sorted(Comparator.comparingInt(GoldAttribution::start).thenComparingInt(GoldAttribution::end))
                .toList();
        for (GoldAttribution g : gold) {
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
    }

    /** The gold attributions whose content is a direct quote. */
    public List<GoldAttribution> direct() {
        return gold.stream().filter(GoldAttribution::direct).toList();
    }
}

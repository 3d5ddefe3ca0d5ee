package org.tacitus.time.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.tacitus.model.TimeExpression;

/**
 * One TimeML gold document.
 *
 * @param id   the file name without its extension
 * @param text the content of {@code <TEXT>} with every tag removed and entities decoded; gold offsets index it
 * @param dct  the document creation time (the date part of its TIMEX3 value), or null when the file has none
 * @param gold the TIMEX3s inside {@code <TEXT>} that have text and a value, in document order, with their
 *             {@code mod} when they have one
 */
public record TimeMlDocument(String id, String text, LocalDate dct, List<TimeExpression> gold) {

    public TimeMlDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        gold = List.copyOf(gold);
        for (TimeExpression t : gold) {
            if (t.end() > text.length()) {
                throw new IllegalArgumentException(id + ": gold span " + t.start() + ":" + t.end()
                        + " is outside the text (length " + text.length() + ")");
            }
            if (!text.substring(t.start(), t.end()).equals(t.text())) {
                throw new IllegalArgumentException(id + ": gold span " + t.start() + ":" + t.end() + " reads '"
                        + text.substring(t.start(), t.end()) + "', not '" + t.text() + "'");
            }
        }
    }
}

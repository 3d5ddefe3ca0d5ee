package org.tacitus.time;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacitus.model.TimeExpression;
import org.tacitus.model.TimexType;

/**
 * The hedge before a length or a distance back in time belongs to the expression, as TimeML spans it: "nearly
 * two years", "about a decade ago", "more than four hours", each with the TIMEX3 modifier it implies. Stateless.
 */
final class Approximation {

    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?<h>about|around|roughly|approximately|some"
            + "|nearly|almost|less\\s+than|fewer\\s+than|more\\s+than|at\\s+least|no\\s+more\\s+than|at\\s+most)\\s+$");

    private Approximation() {
    }

    /**
     * @param text     the analysed text, where the hedge is looked for
     * @param t        a resolved expression
     * @param floor    the end of the expression before it (its hedge may not reach back over it)
     * @param original the article's text, at the same offsets, that the widened expression quotes
     * @return the expression widened over the hedge just before it, or {@code t} unchanged
     */
    static TimeExpression widen(String text, TimeExpression t, int floor, String original) {
        boolean length = t.type() == TimexType.DURATION;
        boolean distance = t.type() == TimexType.DATE && t.text().toLowerCase(Locale.ROOT).endsWith(" ago");
        if (!length && !distance) {
            return t;
        }
        int from = Math.max(floor, t.start() - 24);
        Matcher m = HEDGE.matcher(text.substring(from, t.start()));
        if (!m.find()) {
            return t;
        }
        String hedge = m.group("h").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (hedge.equals("some") && !length) {
            return t;
        }
        String mod = switch (hedge) {
            case "nearly", "almost", "less than", "fewer than" -> "LESS_THAN";
            case "more than" -> "MORE_THAN";
            case "at least" -> "EQUAL_OR_MORE";
            case "no more than", "at most" -> "EQUAL_OR_LESS";
            default -> "APPROX";
        };
        int start = from + m.start();
        return new TimeExpression(start, t.end(), original.substring(start, t.end()), t.type(), t.value(),
                t.mod() == null ? mod : t.mod());
    }
}

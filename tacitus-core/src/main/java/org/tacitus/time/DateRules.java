package org.tacitus.time;

import static org.tacitus.time.Lexicon.DAY;
import static org.tacitus.time.Lexicon.YEAR;
import static org.tacitus.time.TimexRules.MONTH;
import static org.tacitus.time.TimexRules.WEEKDAY;
import static org.tacitus.time.TimexRules.date;
import static org.tacitus.time.TimexRules.rule;

import java.util.List;
import java.util.regex.Matcher;
import org.tacitus.model.TimexType;
import org.tacitus.time.Meaning.CalendarDate;
import org.tacitus.time.Meaning.Literal;

/** Recognisers of calendar dates in every news spelling, years, decades, centuries, quarters and seasons. */
final class DateRules {

    private static final String NOT_AFTER_NUMBER = "(?<![\\w$£€¥.,/:-])";
    private static final String NOT_BEFORE_NUMBER = "(?![\\w%/:-]|[.,]\\d)";
    private static final String MOD = "(?:(?<mod>early|mid|late)[- ]?)";

    private DateRules() {
    }

    static List<TimexRules.Rule> rules() {
        return List.of(
            rule("month-day", "\\b(?:" + WEEKDAY + ",?\\s+)?(?:(?:the\\s+)?" + MOD + "?)?" + MONTH + "\\s+(?<day>"
                    + DAY + ")(?!\\d|:\\d)\\b(?:,?\\s+(?<year>" + YEAR + ")" + NOT_BEFORE_NUMBER + ")?",
                    m -> date(year(m), Lexicon.month(m.group("month")), day(m), Lexicon.mod(m.group("mod")))),
            rule("week-of", "\\bthe\\s+week\\s+of\\s+" + MONTH + "\\s+(?<day>" + DAY + ")(?!\\d|:\\d)\\b(?:,?\\s+(?<year>"
                    + YEAR + ")" + NOT_BEFORE_NUMBER + ")?", m -> new Meaning.WeekOf(date(year(m),
                    Lexicon.month(m.group("month")), day(m), null))),
            rule("month-day-range-end", "\\b" + MONTH + "\\s+" + DAY + "\\s*(?:-|–|to|through|and|until)\\s*(?<t>"
                    + "(?<day>" + DAY + "))(?!\\d|:\\d)\\b(?:,?\\s+(?<year>" + YEAR + "))?",
                    m -> date(year(m), Lexicon.month(m.group("month")), day(m), null)),
            rule("day-month", "\\b(?:" + WEEKDAY + ",?\\s+)?(?:the\\s+)?(?<day>" + DAY + ")(?:\\s+of)?\\s+" + MONTH
                    + "(?:,?\\s+(?<year>" + YEAR + ")" + NOT_BEFORE_NUMBER + ")?",
                    m -> date(year(m), Lexicon.month(m.group("month")), day(m), null)),
            rule("month-year", "\\b" + MOD + "?" + MONTH + "(?:\\s+of)?,?\\s+(?<year>" + YEAR + ")" + NOT_BEFORE_NUMBER,
                    m -> date(year(m), Lexicon.month(m.group("month")), null, Lexicon.mod(m.group("mod")))),
            rule("month-this-year", "\\b" + MONTH + "(?:\\s+(?<day>" + DAY + "))?\\s+(?<rel>this|last|next)\\s+year\\b",
                    m -> new Meaning.MonthOfYear(Lexicon.month(m.group("month")), m.group("day") == null ? null : day(m),
                            Lexicon.relation(m.group("rel")))),
            rule("spoken-year", "\\b(?:the\\s+year\\s+)?(?<y>nineteen|two\\s+thousand(?:\\s+and)?)(?:\\s+(?<rest>"
                    + Lexicon.NUMBER_WORDS + "))?\\b", DateRules::spokenYear),
            rule("month-spoken-year", "\\b" + MONTH + ",?\\s+(?<y>nineteen|two\\s+thousand(?:\\s+and)?)\\s+(?<rest>"
                    + Lexicon.NUMBER_WORDS + ")\\b", m -> spokenYear(m) instanceof CalendarDate d
                    ? date(d.year(), Lexicon.month(m.group("month")), null, null) : null),
            rule("iso-date", NOT_AFTER_NUMBER + "(?<year>" + YEAR + ")-(?<mm>0[1-9]|1[0-2])-(?<dd>0[1-9]|[12]\\d|3[01])"
                    + "(?![\\w/-])", m -> date(year(m), Integer.parseInt(m.group("mm")),
                    Integer.parseInt(m.group("dd")), null)),
            rule("numeric-date", NOT_AFTER_NUMBER + "(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<year>" + YEAR + "|\\d\\d)"
                    + "(?![\\w/-])", DateRules::numericDate),
            rule("month", "\\b(?:(?<rel>last|next|this|coming|past)\\s+)?(?:(?:the\\s+)?(?:(?<pos>end|beginning|start"
                    + "|middle)\\s+of\\s+)|" + MOD + ")?" + MONTH + "(?!\\.?\\s*\\d)(?!-\\w)(?!(?<=[a-z])\\w)",
                    m -> new CalendarDate(null, Lexicon.month(m.group("month")), null,
                            Lexicon.relation(m.group("rel")), null,
                            Lexicon.mod(m.group("mod") != null ? m.group("mod") : m.group("pos")))),
            rule("year", NOT_AFTER_NUMBER + "(?:" + MOD + "|(?:the\\s+)?(?:fiscal(?:\\s+year)?|FY|the\\s+year)\\s*"
                    + "|(?:the\\s+)?(?<pos>end|beginning|start|middle)\\s+of\\s+)?"
                    + "(?<year>" + YEAR + ")" + NOT_BEFORE_NUMBER + "(?!\\s*(?:-|–)\\s*\\d)",
                    m -> date(year(m), null, null, Lexicon.mod(m.group("mod") != null ? m.group("mod") : m.group("pos")))),
            rule("decade", "\\b(?:the\\s+)?" + MOD + "?(?<dec>1[6-9]\\d|20\\d)0'?s\\b",
                    m -> new Literal(TimexType.DATE, m.group("dec"), Lexicon.mod(m.group("mod")))),
            // "the nineties" of a transcript; "in his fifties" is an age, hence "the"
            rule("spelled-decade", "\\bthe\\s+" + MOD + "?(?<dec>twenties|thirties|forties|fifties|sixties|seventies"
                    + "|eighties|nineties)\\b", m -> new Literal(TimexType.DATE, "19" + switch (m.group("dec")
                    .toLowerCase()) {
                        case "twenties" -> 2;
                        case "thirties" -> 3;
                        case "forties" -> 4;
                        case "fifties" -> 5;
                        case "sixties" -> 6;
                        case "seventies" -> 7;
                        case "eighties" -> 8;
                        default -> 9;
                    }, Lexicon.mod(m.group("mod")))),
            rule("short-decade", "\\bthe\\s+" + MOD + "?'(?<dec>[0-9])0s\\b", m -> new Literal(TimexType.DATE,
                    (m.group("dec").compareTo("3") < 0 ? "20" : "19") + m.group("dec"), Lexicon.mod(m.group("mod")))),
            rule("century", "\\b(?:the\\s+)?(?<ord>\\d{1,2}(?:st|nd|rd|th)|sixteenth|seventeenth|eighteenth"
                    + "|nineteenth|twentieth|twenty-first|twenty-second)\\s+century\\b(?!-)",
                    m -> new Literal(TimexType.DATE, String.format("%02d", Lexicon.ordinal(m.group("ord")) - 1),
                            null)),
            rule("quarter", "\\b(?:the\\s+)?(?:(?<rel>latest|last|previous|current|year-ago|year-earlier)\\s+)?"
                    + "(?<q>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter(?:\\s+of\\s+(?<year>" + YEAR
                    + ")|,?\\s+(?<year2>" + YEAR + "))?\\b", DateRules::quarter),
            rule("year-quarter", "\\b(?:the\\s+)?(?:fiscal\\s+)?(?<year>" + YEAR + ")\\s+(?<q>first|second|third|fourth)"
                    + "[- ]quarter\\b", DateRules::quarter),
            // financial halves: "the first half of 1990", "the last two quarters of this year" (TimeML H1, H2)
            rule("half-year", "\\b(?:the\\s+)?(?<ord>first|second|last|latter|final)\\s+(?:half|two\\s+quarters)"
                    + "(?:\\s+of\\s+(?:(?<year>" + YEAR + ")|(?:the\\s+|this\\s+|(?<rel>next|last)\\s+)year)|,?\\s+(?<year2>"
                    + YEAR + "))\\b(?!-)", m -> new Meaning.Half(m.group("ord").equalsIgnoreCase("first") ? 1 : 2,
                    year(m), m.group("rel") == null ? 0 : Lexicon.relation(m.group("rel")))),
            // earnings reports compare a quarter with the same one a year back: "the 1988 quarter", "last year's
            // quarter", "the corresponding period a year ago" name the story's quarter in another year
            rule("year-period", "\\bthe\\s+(?:(?:comparable|corresponding|same)\\s+)?(?<year>" + YEAR
                    + ")\\s+(?:period|quarter)\\b", m -> new Meaning.PeriodOfYear(year(m))),
            rule("period-year-ago", "\\b(?:(?:the\\s+)?(?:(?:comparable|corresponding|same)\\s+)?(?:period|quarter)"
                    + "\\s+(?:a\\s+year\\s+(?:ago|earlier)|(?:of\\s+)?last\\s+year)|last\\s+year's\\s+(?:(?:comparable"
                    + "|corresponding|same)\\s+)?(?:period|quarter))\\b", m -> new Meaning.YearBefore(Meaning.Anchor.PUBLICATION)),
            rule("year-s-quarter", "\\b(?<rel>next|last|this)\\s+year's\\s+(?<q>first|second|third|fourth)[- ]quarter\\b",
                    m -> new Meaning.Quarter(Lexicon.ordinal(m.group("q")), null, Lexicon.relation(m.group("rel")))),
            rule("latest-period", "\\bthe\\s+(?:latest|most\\s+recent|recent)\\s+(?:period|quarter)\\b",
                    m -> new Meaning.Quarter(null, null, 0)),
            rule("thanksgiving", "\\bThanksgiving(?:\\s+Day)?\\b", m -> new Meaning.NthWeekday(11, 4, 4)),
            rule("q-number", "\\bQ(?<q>[1-4])(?:\\s+(?<year>" + YEAR + "))?\\b", DateRules::quarter),
            rule("the-quarter", "\\bthe\\s+(?:(?<rel>latest|current|year-ago|year-earlier)\\s+)?quarter\\b(?!-|\\s+of"
                    + "\\s+(?:a|an|the)\\b)", m -> "current".equalsIgnoreCase(m.group("rel"))
                    // the quarter under way, where "the quarter" alone is the one just reported
                    ? new Meaning.Shift(Meaning.Unit.QUARTER, 0, Meaning.Anchor.PUBLICATION, null, null)
                    : new Meaning.Quarter(null, null,
                    "year-ago".equalsIgnoreCase(m.group("rel")) || "year-earlier".equalsIgnoreCase(m.group("rel"))
                            ? -1 : 0)),
            rule("season", "\\b(?:(?<rel>this|last|next|the|past|coming)\\s+)?" + MOD + "?(?<s>winter|spring|summer"
                    + "|fall|autumn)(?:\\s+of\\s+(?<year>" + YEAR + ")|\\s+(?<year2>" + YEAR + ")|\\s+of\\s+nineteen\\s+(?<rest>"
                    + Lexicon.NUMBER_WORDS + "))?\\b(?!-)",
                    DateRules::season),
            // "by autumn", "until spring": a season after a preposition, unless a noun follows ("in summer heat")
            rule("bare-season", "\\b(?:by|in|until|till|since|during|through|before|after)\\s+(?<t>" + MOD
                    + "?(?<s>winter|spring|summer|autumn))\\b(?!-|\\s+(?!(?:and|or|but|when|as|if)\\b)[a-z])", m -> new Meaning.Season(
                    Lexicon.season(m.group("s")), null, null, Lexicon.mod(m.group("mod")))),
            rule("holiday", "\\b(?<h>Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year's(?:\\s+Day|\\s+Eve)|"
                    + "Independence\\s+Day)\\b", m -> {
                        String h = m.group("h").toLowerCase();
                        if (h.startsWith("new year's eve") || h.endsWith("eve")) {
                            return date(null, 12, h.startsWith("christmas") ? 24 : 31, null);
                        }
                        if (h.startsWith("independence")) {
                            return date(null, 7, 4, null);
                        }
                        return h.startsWith("new") ? date(null, 1, 1, null) : date(null, 12, 25, null);
                    }));
    }

    private static Integer year(Matcher m) {
        String y = TimexRules.groupOrNull(m, "year");
        if (y == null) {
            y = TimexRules.groupOrNull(m, "year2");
        }
        return y == null ? null : Integer.parseInt(y);
    }

    private static Integer day(Matcher m) {
        return Integer.parseInt(m.group("day").replaceAll("\\D", ""));
    }

    private static Meaning spokenYear(Matcher m) {
        String y = m.group("y").toLowerCase();
        Integer rest = m.group("rest") == null ? Integer.valueOf(0) : Lexicon.count(m.group("rest"));
        if (rest == null) {
            return null;
        }
        if (rest == 0 && !m.group().toLowerCase().startsWith("the year")) {
            return null; // "two thousand troops"
        }
        if (y.startsWith("nineteen")) {
            return rest >= 10 && rest < 100 ? date(1900 + rest, null, null, null) : null;
        }
        return rest < 100 ? date(2000 + rest, null, null, null) : null;
    }

    private static Meaning numericDate(Matcher m) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        int y = Integer.parseInt(m.group("year"));
        if (y < 100) {
            y += y < 50 ? 2000 : 1900;
        }
        int month = a <= 12 ? a : b;
        int day = a <= 12 ? b : a;
        if (month > 12 || day > 31) {
            return null;
        }
        return date(y, month, day, null);
    }

    private static Meaning quarter(Matcher m) {
        String rel = TimexRules.groupOrNull(m, "rel");
        int shift = rel != null && rel.toLowerCase().startsWith("year-") ? -1 : 0;
        return new Meaning.Quarter(Lexicon.ordinal(m.group("q").matches("\\d") ? m.group("q") + "th" : m.group("q")),
                year(m), shift);
    }

    private static Meaning season(Matcher m) {
        String rel = m.group("rel");
        Integer year = year(m);
        if (year == null && m.group("rest") != null && Lexicon.count(m.group("rest")) != null) {
            year = 1900 + Lexicon.count(m.group("rest")); // "the winter of nineteen ninety-four"
        }
        if (rel == null && year == null) {
            return null; // a bare "winter" is too often not a time ("winter clothes")
        }
        String s = Lexicon.season(m.group("s"));
        Integer relation = rel == null || rel.equalsIgnoreCase("the") ? null : Lexicon.relation(rel);
        return new Meaning.Season(s, year, relation, Lexicon.mod(m.group("mod")));
    }
}

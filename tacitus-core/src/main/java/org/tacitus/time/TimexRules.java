package org.tacitus.time;

import static org.tacitus.time.Lexicon.COUNT;
import static org.tacitus.time.Lexicon.DAY;
import static org.tacitus.time.Lexicon.MONTH_ALTERNATIVES;
import static org.tacitus.time.Lexicon.WEEKDAY_ALTERNATIVES;
import static org.tacitus.time.Lexicon.YEAR;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacitus.model.TimexType;
import org.tacitus.time.Meaning.Anchor;
import org.tacitus.time.Meaning.CalendarDate;
import org.tacitus.time.Meaning.Literal;
import org.tacitus.time.Meaning.Shift;
import org.tacitus.time.Meaning.Unit;

/**
 * The recognisers: one regular expression per shape of temporal expression, each turning a match into a
 * {@link Meaning}. Patterns are case-insensitive; month and weekday names must still be capitalised (checked in
 * {@link #capitalised}) so that "may" and "march" the verbs stay out. Where the rules overlap, the longest
 * candidate wins, then the lower priority number. Shapes of absolute dates are in {@link DateRules}.
 */
final class TimexRules {

    /** One recogniser. The candidate span is group {@code t} when the pattern has one, else the whole match. */
    record Rule(String name, Pattern pattern, Function<Matcher, Meaning> meaning) {
    }

    static final String MONTH = "(?<month>" + MONTH_ALTERNATIVES + ")";
    static final String WEEKDAY = "(?<dow>" + WEEKDAY_ALTERNATIVES + ")";
    /** Time units; "three quarters of the vote" is a share, "several quarters of losses" a period. */
    private static final String UNIT = "(?<unit>second|minute|hour|day|week|month|quarter|year|decade|century"
            + "|centuries)s?(?!(?<=quarters?)\\s+of\\s+(?:the|a|an|its|their|his|her|our|all|those|these)\\b)";
    private static final String DATE_UNIT = "(?<unit>day|week|month|year|decade)s?";
    private static final String PART = "(?<part>morning|afternoon|evening|night)";

    static final List<Rule> RULES = new ArrayList<>();

    static {
        RULES.addAll(DateRules.rules());
        // --- days relative to the publication date ---
        add("deictic-day", "\\b(?<w>today|tonight|yesterday|tomorrow)(?:\\s+" + PART + ")?\\b(?!-)", m -> {
            String w = m.group("w").toLowerCase();
            int n = switch (w) {
                case "yesterday" -> -1;
                case "tomorrow" -> 1;
                default -> 0;
            };
            String part = w.equals("tonight") ? "NI" : Lexicon.partOfDay(m.group("part"));
            return new Shift(Unit.DAY, n, Anchor.PUBLICATION, part, null);
        });
        add("day-before-yesterday", "\\bthe\\s+day\\s+(?<w>before\\s+yesterday|after\\s+tomorrow)\\b",
                m -> new Shift(Unit.DAY, m.group("w").toLowerCase().startsWith("before") ? -2 : 2, Anchor.PUBLICATION,
                        null, null));
        // "by mid-afternoon", "at mid-morning yesterday": the narrative's day, or the one named
        add("mid-part", "\\bmid[- ]?(?<part>morning|afternoon|evening)(?:\\s+(?<w>yesterday|today|tomorrow))?\\b",
                m -> new Shift(Unit.DAY, m.group("w") == null ? 0 : switch (m.group("w").toLowerCase()) {
                    case "yesterday" -> -1;
                    case "tomorrow" -> 1;
                    default -> 0;
                }, m.group("w") == null ? Anchor.NARRATIVE : Anchor.PUBLICATION, Lexicon.partOfDay(m.group("part")),
                        null));
        add("this-part", "\\b(?:this|last)\\s+" + PART + "\\b", m -> new Shift(Unit.DAY,
                m.group().toLowerCase().startsWith("last") && m.group("part").equalsIgnoreCase("night") ? -1 : 0,
                Anchor.PUBLICATION, Lexicon.partOfDay(m.group("part")), null));
        add("weekday", "\\b(?:(?<rel>last|next|this|coming|past)\\s+)?(?:(?<mod>early|late)\\s+)?" + WEEKDAY
                + "(?:'s)?(?:\\s+" + PART + ")?\\b", m -> new Meaning.Weekday(Lexicon.weekday(m.group("dow")),
                Lexicon.relation(m.group("rel")), Lexicon.partOfDay(m.group("part"))));
        // "today is the eighth day of the blockade", "it's the second day of the offensive": the day of writing
        add("nth-day-of", "\\b(?:is|'s|marks|marking)\\s+(?<t>the\\s+(?:first|second|third|fourth|fifth|sixth|seventh"
                + "|eighth|ninth|tenth|\\d{1,2}(?:st|nd|rd|th))\\s+day)\\s+of\\b",
                m -> new Shift(Unit.DAY, 0, Anchor.PUBLICATION, null, null));
        // --- weeks, months, years relative to the publication date ---
        add("this-unit", "\\b(?:(?<mod>early|late|mid)[- ]?|(?:earlier|later)\\s+)?(?<rel>last|next|this|coming)"
                + "\\s+(?<unit>week|weekend|month|year|quarter|decade)\\b(?!-)", m -> new Shift(
                Lexicon.unit(m.group("unit")), Lexicon.relation(m.group("rel")), Anchor.PUBLICATION, null,
                Lexicon.mod(m.group("mod"))));
        add("the-coming-unit", "\\bthe\\s+coming\\s+(?<unit>week|weekend|month|year)\\b", m -> new Shift(
                Lexicon.unit(m.group("unit")), 1, Anchor.PUBLICATION, null, null));
        add("end-of-unit", "\\b(?:the\\s+)?(?<pos>end|beginning|start|middle)\\s+of\\s+(?:the\\s+|(?<rel>this|next"
                + "|last)\\s+)?(?<unit>week|month|year|decade)\\b", m -> new Shift(Lexicon.unit(m.group("unit")),
                m.group("rel") == null ? 0 : Lexicon.relation(m.group("rel")), Anchor.PUBLICATION, null,
                Lexicon.mod(m.group("pos"))));
        add("ago", "\\b(?<n>" + COUNT + ")\\s+" + DATE_UNIT + "\\s+ago\\b", m -> shift(m, -1, Anchor.PUBLICATION));
        add("in-n", "\\bin\\s+(?<t>(?<n>" + COUNT + ")\\s+" + DATE_UNIT + ")(?:'?\\s*time)?\\b(?!\\s+(?:ago|later|"
                + "earlier|of))", m -> {
                    Meaning ahead = shift(m, 1, Anchor.PUBLICATION);
                    return ahead instanceof Shift s ? new Meaning.Within(s, new Literal(TimexType.DURATION,
                            Lexicon.durationValue(m.group("unit"), Lexicon.count(m.group("n"))), null)) : ahead;
                });
        add("year-earlier", "\\b(?:the\\s+)?(?:year-earlier|year-ago|prior-year)(?:\\s+(?:period|quarter|level"
                + "|results?))?\\b", m -> new Meaning.YearBefore(Anchor.NARRATIVE));
        add("the-weekend", "\\b(?:the|this|last|next)\\s+weekend\\b", m -> new Shift(Unit.WEEKEND,
                m.group().toLowerCase().startsWith("last") ? -1 : m.group().toLowerCase().startsWith("next") ? 1 : 0,
                Anchor.PUBLICATION, null, null));
        add("new-year", "\\bthe\\s+new\\s+year\\b", m -> new Meaning.NewYear());
        // "for the year ended March 31": a reporting period, so a length of a year
        add("the-year-ended", "\\bthe\\s+(?:(?:fiscal|financial|full)\\s+)?year(?=\\s+(?:ended|ending)\\b)",
                m -> new Literal(TimexType.DURATION, "P1Y", null));
        add("the-current-year", "\\bthe\\s+current\\s+(?:(?:fiscal|financial|calendar)\\s+)?year\\b(?!-)",
                m -> new Shift(Unit.YEAR, 0, Anchor.PUBLICATION, null, null));
        // "sales for the year", "the current fiscal year": with no year named, the year of the publication
        add("the-year", "\\bthe\\s+(?:(?:full|fiscal|financial|current|calendar)\\s+){0,2}year\\b(?!-|\\s+(?:before|after"
                + "|earlier|later|ago|ended|ending|of|in|when|that|which|\\d)\\b)",
                m -> new Shift(Unit.YEAR, 0, Anchor.PUBLICATION, null, null));
        // after a preposition only: "year-end net" is an adjective
        add("year-end", "\\b(?:by|since|at|until|till|before|after|around|from|to|through|near|toward|towards)\\s+(?<t>"
                + "(?:the\\s+)?year[- ]end|year's\\s+end)\\b(?!-)",
                m -> new Shift(Unit.YEAR, 0, Anchor.PUBLICATION, null, "END"));
        // --- relative to the narrative's last date ---
        add("n-later", "\\b(?<n>" + COUNT + ")\\s+" + DATE_UNIT + "\\s+(?:(?<dir>later|earlier|afterwards"
                + "|previously)|(?<dir2>before|after|prior)(?!\\s+(?:to|the|a|an|his|her|its|their|[A-Z0-9])))\\b",
                m -> shift(m, Lexicon.relation(m.group("dir") != null ? m.group("dir") : m.group("dir2")),
                        Anchor.NARRATIVE));
        // "a few days later": no day to count to, so the length alone, as TimeML spans it ("later" is a signal)
        // "hours later", "days earlier" likewise, where no number precedes (then "n-later", a longer match, wins)
        add("vague-later", "\\b(?<t>(?:(?:a\\s+few|few|several|many|some)\\s+)?(?<unit>hours|days|weeks|months|years"
                + "|decades))"
                + "\\s+(?:later|earlier|afterwards)\\b", m -> new Literal(TimexType.DURATION,
                Lexicon.durationValue(m.group("unit"), null), null));
        add("the-following", "\\bthe\\s+(?<dir>following|next|previous|preceding|prior)\\s+(?<unit>day|week|month"
                + "|year|morning|afternoon|evening|night|weekend)\\b", m -> new Shift(Lexicon.unit(m.group("unit")),
                Lexicon.relation(m.group("dir")), Anchor.NARRATIVE, Lexicon.partOfDay(m.group("unit")), null));
        add("the-day-before", "\\bthe\\s+(?<unit>day|week|month|year)\\s+(?<dir>before|after)\\b(?!\\s+(?:the|a"
                + "|an|his|her|its|their|that|this|[A-Z]))", m -> new Shift(Lexicon.unit(m.group("unit")),
                Lexicon.relation(m.group("dir")), Anchor.NARRATIVE, null, null));
        // "the day before last Tuesday's hearing", "the day after Jan. 9": a day from a named day
        add("day-before-day", "\\bthe\\s+day\\s+(?<dir>before|after)\\s+(?:(?:(?<rel>last|next|this)\\s+)?" + WEEKDAY
                + "|" + MONTH + "\\s+(?<day>" + Lexicon.DAY + ")(?!\\d))(?:'s)?", m -> new Meaning.DayOffset(
                m.group("dow") != null ? new Meaning.Weekday(Lexicon.weekday(m.group("dow")),
                        Lexicon.relation(m.group("rel")), null)
                        : date(null, Lexicon.month(m.group("month")), Integer.parseInt(m.group("day").replaceAll("\\D", "")),
                        null), Lexicon.relation(m.group("dir"))));
        add("the-following-weekday", "\\bthe\\s+(?<dir>following|next|previous|preceding|prior)\\s+" + WEEKDAY + "\\b",
                m -> new Meaning.NarrativeWeekday(Lexicon.weekday(m.group("dow")), Lexicon.relation(m.group("dir"))));
        add("same-day", "\\b(?:that(?:\\s+same)?|the\\s+same)\\s+(?<unit>day|week|month|year|morning|afternoon|evening|night)\\b",
                m -> new Shift(Lexicon.unit(m.group("unit")), 0, Anchor.NARRATIVE,
                        Lexicon.partOfDay(m.group("unit")), null));
        // --- vague references ---
        add("present-ref", "\\b(?:now|currently|nowadays|at\\s+present|the\\s+present|current|presently)\\b(?!-)",
                m -> new Literal(TimexType.DATE, "PRESENT_REF", null));
        add("past-ref", "\\b(?:recently|lately|formerly|(?<=in\\s)the\\s+past|recent(?:\\s+(?:days|weeks|months"
                + "|years|decades|times))?)\\b(?!\\s+(?:" + COUNT + ")\\b)",
                m -> new Literal(TimexType.DATE, "PAST_REF", null));
        // "as soon as" and "soon after" are signals tying an event to another, not references to the future
        add("as-soon-as-possible", "\\bas\\s+soon\\s+as\\s+possible\\b",
                m -> new Literal(TimexType.DATE, "FUTURE_REF", null));
        add("future-ref", "\\b(?:(?<!\\bas\\s)soon(?!\\s+(?:as|after|afterwards|thereafter)\\b)|(?:the|in)\\s+(?:near\\s+)?future|(?:the\\s+)?coming\\s+(?:days|weeks|months"
                + "|years|quarters)|the\\s+(?:days|weeks|months|years)\\s+ahead|the\\s+(?:near|short)\\s+term)\\b", m -> new Literal(TimexType.DATE, "FUTURE_REF", null));
        add("later-date", "\\b(?:at|to|on|until)\\s+(?<t>a\\s+(?:later|future)\\s+date)\\b",
                m -> new Literal(TimexType.DATE, "FUTURE_REF", null));
        // "for a while": a length with no number; "once in a while" is a frequency
        add("a-while", "\\b(?<!once\\s)(?:for|in|after)\\s+(?<t>a\\s+(?:little\\s+|long\\s+|short\\s+)?while)\\b",
                m -> new Literal(TimexType.DURATION, "PXX", null));
        // "Islam will one day be...": some time ahead, not a day's length
        add("one-day-ahead", "\\b(?:will|would|could|may|might|can|shall|to)\\s+(?<t>one\\s+day)\\b(?!\\s+(?:of|after"
                + "|before|later|earlier|ago|in|for)\\b)", m -> new Literal(TimexType.DATE, "FUTURE_REF", null));
        // "the then current price": current at a time gone by
        add("then-current", "\\bthen[- ]current\\b", m -> new Literal(TimexType.DATE, "PAST_REF", null));
        // not "this time": it counts occasions ("this time the vote passed"), not the present
        add("present-ref-phrase", "\\bthese\\s+days\\b",
                m -> new Literal(TimexType.DATE, "PRESENT_REF", null));
        add("vague-ago", "\\b(?:(?:a\\s+)?few|several|many|some)\\s+(?:days|weeks|months|years|decades)\\s+ago\\b",
                m -> new Literal(TimexType.DATE, "PAST_REF", null));
        add("past-plural", "\\b(?:(?:the\\s+)?past|recent)\\s+(?:several\\s+)?(?:days|weeks|months|years|decades"
                + "|quarters)\\b", m -> new Literal(TimexType.DATE, "PAST_REF", null));
        // --- durations ---
        add("duration", "\\b(?:the\\s+(?:(?:past|last|next|coming|first|previous|final|latest)\\s+)?|(?:past|last"
                + "|next|first|previous)\\s+)?(?<![\\d/])(?<n>" + COUNT + ")(?<half>\\s+1/2|\\s+and\\s+a\\s+half)?(?:\\s+(?:more|additional|further|extra))?\\s+"
                + UNIT
                + "(?>(?<half2>\\s+and\\s+a\\s+half)?)\\b(?!-|\\s+(?:ago|old|of\\s+age)\\b"
                // "two days later" is a date of the narrative (rule n-later); "an hour later" keeps its length
                + "|(?<=(?:day|week|month|year|decade)s?)\\s+(?:later|earlier)\\b)",
                m -> m.group("unit").equalsIgnoreCase("quarter") && m.group("n").matches("(?i)an?")
                        ? null // "a quarter" is as often a share as a period
                        : new Literal(TimexType.DURATION, Lexicon.durationValue(m.group("unit"),
                        Lexicon.count(m.group("n")), m.group("half") != null || m.group("half2") != null), null));
        add("the-past-year", "\\bthe\\s+(?:past|last)\\s+year\\b", m -> new Shift(Unit.YEAR, -1, Anchor.PUBLICATION,
                null, null));
        add("the-last-decade", "\\bthe\\s+(?:past|last)\\s+decade\\b", m -> new Literal(TimexType.DURATION, "P10Y",
                null));
        add("duration-unit-only", "\\bthe\\s+(?:past|last|next|previous|coming)\\s+(?<unit>week|month|year|decade"
                + "|day|hour)\\b", m -> new Literal(TimexType.DURATION, Lexicon.durationValue(m.group("unit"), 1),
                null));
        add("duration-adjective", "\\b(?<n>\\d{1,3}|" + Lexicon.NUMBER_WORDS + ")-" + UNIT + "\\b(?!-old)",
                m -> new Literal(TimexType.DURATION, Lexicon.durationValue(m.group("unit"),
                        Lexicon.count(m.group("n"))), null));
        // "a year-long inquiry", "a decades-long conflict", "a several-year tenure": lengths as adjectives
        add("unit-long", "\\b(?:(?<one>hour|day|week|month|year)|(?<many>hours|days|weeks|months|years|decades))-long\\b",
                m -> new Literal(TimexType.DURATION, m.group("one") != null ? Lexicon.durationValue(m.group("one"), 1)
                        : Lexicon.durationValue(m.group("many"), null), null));
        add("vague-unit-adjective", "\\b(?:several|many|few)-(?<unit>hour|day|week|month|year|decade)\\b(?!-old)",
                m -> new Literal(TimexType.DURATION, Lexicon.durationValue(m.group("unit"), null), null));
        add("duration-bare", "\\b(?:for|of|after|within|over|took|take|takes|taking|lasted|lasts|lasting|spent|in)\\s+(?<t>(?<unit>hours|days|weeks"
                + "|months|years|decades))\\b(?!\\s+(?:ago|later|earlier|before|after))",
                m -> new Literal(TimexType.DURATION, Lexicon.durationValue(m.group("unit"), null), null));
        // --- sets ---
        add("every", "\\b(?:every|each)\\s+(?:other\\s+)?(?<unit>day|week|month|year|morning|evening|night|weekend|"
                + WEEKDAY_ALTERNATIVES + ")\\b", m -> new Literal(TimexType.SET, setValue(m.group("unit")), null));
        add("every-n", "\\b(?:every|each)\\s+(?<n>" + COUNT + ")\\s+(?<unit>hours|days|weeks|months|years)\\b",
                m -> Lexicon.count(m.group("n")) == null ? null : new Literal(TimexType.SET,
                        Lexicon.durationValue(m.group("unit"), Lexicon.count(m.group("n"))), null));
        add("every-month", "\\b(?:every|each)\\s+" + MONTH + "\\b(?!\\.?\\s*\\d)", m -> new Literal(TimexType.SET,
                String.format("XXXX-%02d", Lexicon.month(m.group("month"))), null));
        add("adverb-set", "\\b(?<adv>daily|weekly|monthly|annually|yearly|quarterly|nightly|hourly)\\b",
                m -> new Literal(TimexType.SET, switch (m.group("adv").toLowerCase()) {
                    case "daily", "nightly" -> "P1D";
                    case "weekly" -> "P1W";
                    case "monthly" -> "P1M";
                    case "quarterly" -> "P3M";
                    case "hourly" -> "PT1H";
                    default -> "P1Y";
                }, null));
        add("times-per", "\\b(?:once|twice|(?:" + COUNT + ")\\s+times)\\s+(?:a|per|each|every)\\s+(?<unit>day|week"
                + "|month|year)\\b", m -> new Literal(TimexType.SET, setValue(m.group("unit")), null));
        // --- clock times ---
        add("clock-ampm", "\\b(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\\d))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am\\b|pm\\b"
                + "|a\\.m\\b|p\\.m\\b)(?:\\s+(?:local\\s+time|GMT|UTC|EST|EDT|ET|CET|CEST|BST|Moscow\\s+time|Kyiv"
                + "\\s+time)\\b)?", m -> {
                    int h = Integer.parseInt(m.group("h")) % 12;
                    if (m.group("ap").toLowerCase().startsWith("p")) {
                        h += 12;
                    }
                    return new Meaning.ClockTime(h, m.group("m") == null ? 0 : Integer.parseInt(m.group("m")));
                });
        add("clock-24h", "\\b(?<h>[01]?\\d|2[0-3])[:h]?(?<m>[0-5]\\d)\\s*(?:GMT|UTC|hours|hrs|local\\s+time)\\b",
                m -> new Meaning.ClockTime(Integer.parseInt(m.group("h")), Integer.parseInt(m.group("m"))));
        add("clock-on-day", "\\b(?:(?<h>1[0-2]|0?[1-9])(?:[:.](?<m>[0-5]\\d))?\\s*(?<ap>a\\.m\\.|p\\.m\\.|am\\b|pm\\b)"
                + "|(?<w>noon|midnight))(?:\\s+(?:EST|EDT|ET|GMT|local\\s+time))?,?\\s+(?:(?:on|next|last|this)\\s+)?"
                + "(?:" + WEEKDAY + "|(?<when>today|tomorrow|yesterday|tonight)|" + MONTH + "\\s+(?<day>"
                + Lexicon.DAY + "))\\b", m -> {
                    int h;
                    if (m.group("w") != null) {
                        h = m.group("w").equalsIgnoreCase("midnight") ? 24 : 12;
                    } else {
                        h = Integer.parseInt(m.group("h")) % 12 + (m.group("ap").toLowerCase().startsWith("p") ? 12 : 0);
                    }
                    int min = m.group("m") == null ? 0 : Integer.parseInt(m.group("m"));
                    Meaning day = m.group("month") != null ? date(null, Lexicon.month(m.group("month")),
                            Integer.parseInt(m.group("day").replaceAll("\\D", "")), null)
                            : m.group("dow") != null ? new Meaning.Weekday(Lexicon.weekday(m.group("dow")), null, null)
                            : new Shift(Unit.DAY, switch (m.group("when").toLowerCase()) {
                                case "yesterday" -> -1;
                                case "tomorrow" -> 1;
                                default -> 0;
                            }, Anchor.PUBLICATION, null, null);
                    return new Meaning.ClockOnDay(day, h, min);
                });
        // "at 4 in the morning", "at 10 o'clock at night": the clock as people say it
        add("clock-spoken", "\\bat\\s+(?<t>(?<h>1[0-2]|[1-9])(?:\\s+o'clock)?\\s+(?:in\\s+the\\s+(?<p>morning|afternoon"
                + "|evening)|at\\s+(?<n>night)))\\b", m -> {
                    int h = Integer.parseInt(m.group("h")) % 12;
                    boolean pm = m.group("p") != null ? !m.group("p").equalsIgnoreCase("morning") : h >= 6;
                    return new Meaning.ClockTime(pm ? h + 12 : h, 0);
                });
        add("noon", "\\b(?<w>noon|midday|midnight)\\b", m -> new Meaning.ClockTime(
                m.group("w").equalsIgnoreCase("midnight") ? 24 : 12, 0));
    }

    private TimexRules() {
    }

    private static void add(String name, String regex, Function<Matcher, Meaning> meaning) {
        RULES.add(new Rule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), meaning));
    }

    static Rule rule(String name, String regex, Function<Matcher, Meaning> meaning) {
        return new Rule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), meaning);
    }

    private static Meaning shift(Matcher m, int direction, Anchor anchor) {
        Integer n = Lexicon.count(m.group("n"));
        if (n == null) {
            return null; // "several weeks ago": no value to compute
        }
        if (n == 1 && direction < 0 && Lexicon.unit(m.group("unit")) == Unit.YEAR) {
            return new Meaning.YearBefore(anchor);
        }
        return new Shift(Lexicon.unit(m.group("unit")), direction * n, anchor, null, null);
    }

    private static String setValue(String unit) {
        int dow = Lexicon.weekday(unit);
        if (dow > 0 && unit.length() > 5) {
            return "XXXX-WXX-" + dow;
        }
        return switch (unit.toLowerCase()) {
            case "week" -> "P1W";
            case "weekend" -> "XXXX-WXX-WE";
            case "month" -> "P1M";
            case "year" -> "P1Y";
            case "morning" -> "XXXX-XX-XXTMO";
            case "evening" -> "XXXX-XX-XXTEV";
            case "night" -> "XXXX-XX-XXTNI";
            default -> "P1D";
        };
    }

    /** Month and weekday names are proper nouns: "may" and "march" in lower case are verbs. */
    static boolean capitalised(Matcher m) {
        for (String group : List.of("month", "month2", "dow")) {
            String g = groupOrNull(m, group);
            if (g != null && !Character.isUpperCase(g.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    static String groupOrNull(Matcher m, String group) {
        try {
            return m.group(group);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Start and end of the candidate: group {@code t} when present, else the whole match. */
    static int[] span(Matcher m) {
        String t = groupOrNull(m, "t");
        return t == null ? new int[] {m.start(), m.end()} : new int[] {m.start("t"), m.end("t")};
    }

    static CalendarDate date(Integer year, Integer month, Integer day, String mod) {
        return new CalendarDate(year, month, day, null, null, mod);
    }
}

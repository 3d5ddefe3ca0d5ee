package org.tacitus.time;

import java.util.Locale;
import java.util.Map;

/** Words of time: months, weekdays, numbers, units, parts of day, and the regex fragments that match them. */
final class Lexicon {

    static final String MONTH_ALTERNATIVES = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Sept\\.|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\."
            + "|Sept\\b|Jan\\b|Feb\\b|Apr\\b|Jun\\b|Jul\\b|Aug\\b|Sep\\b|Oct\\b|Nov\\b|Dec\\b";
    static final String WEEKDAY_ALTERNATIVES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    /**
     * Number words up to ninety-nine (and "hundred"); the compound tens come first so that they match whole,
     * hyphenated or, as transcripts spell them, not ("twenty four hours").
     */
    static final String NUMBER_WORDS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+"
            + "|\\s(?:one|two|three|four|five|six|seven|eight|nine)\\b)"
            + "|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
            + "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred";
    /** A count: digits, a number word, or "a"/"an". */
    static final String COUNT = "(?:\\d{1,3}(?:\\.\\d)?|" + NUMBER_WORDS + "|a|an|a\\s+few|few|several|a\\s+couple\\s+of"
            + "|couple\\s+of|many)";
    static final String YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
    static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100),
            Map.entry("couple of", 2), Map.entry("a couple of", 2));

    private Lexicon() {
    }

    /** Month number 1-12 for a month name or abbreviation, or 0. */
    static int month(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        if (w.length() < 3) {
            return 0;
        }
        return switch (w.substring(0, 3)) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> 0;
        };
    }

    /** ISO day of week (1 = Monday) for a weekday name, or 0. */
    static int weekday(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return 0;
        }
        return switch (w.substring(0, 3)) {
            case "mon" -> 1;
            case "tue" -> 2;
            case "wed" -> 3;
            case "thu" -> 4;
            case "fri" -> 5;
            case "sat" -> 6;
            case "sun" -> 7;
            default -> 0;
        };
    }

    /** The number a count stands for; null for vague counts ("several", "a few", "many"). */
    static Integer count(String text) {
        String t = text.toLowerCase(Locale.ROOT).trim().replaceAll("\\s+", " ");
        if (t.matches("\\d+")) {
            return Integer.parseInt(t);
        }
        if (t.matches("\\d+\\.\\d")) {
            return null;
        }
        Integer direct = NUMBERS.get(t);
        if (direct != null) {
            return direct;
        }
        int dash = t.indexOf('-') > 0 ? t.indexOf('-') : t.indexOf(' '); // "twenty-four", "twenty four"
        if (dash > 0) {
            Integer tens = NUMBERS.get(t.substring(0, dash));
            Integer units = NUMBERS.get(t.substring(dash + 1));
            if (tens != null && units != null && units < 10) {
                return tens + units;
            }
        }
        return null;
    }

    /** Ordinal words and numerals to numbers (first → 1, 3rd → 3), or 0. */
    static int ordinal(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.matches("\\d+(st|nd|rd|th)")) {
            return Integer.parseInt(w.replaceAll("\\D", ""));
        }
        return switch (w) {
            case "first" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            case "fourth" -> 4;
            case "fifth" -> 5;
            case "sixteenth" -> 16;
            case "seventeenth" -> 17;
            case "eighteenth" -> 18;
            case "nineteenth" -> 19;
            case "twentieth" -> 20;
            case "twenty-first" -> 21;
            case "twenty-second" -> 22;
            default -> 0;
        };
    }

    /** TIMEX3 part-of-day code for morning/afternoon/evening/night, or null. */
    static String partOfDay(String word) {
        if (word == null) {
            return null;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "morning" -> "MO";
            case "afternoon" -> "AF";
            case "evening" -> "EV";
            case "night", "tonight" -> "NI";
            default -> null;
        };
    }

    /** TIMEX3 season code (WI, SP, SU, FA) for a season's name. */
    static String season(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "winter" -> "WI";
            case "spring" -> "SP";
            case "summer" -> "SU";
            default -> "FA";
        };
    }

    /** TIMEX3 modifier for early/mid/late and friends, or null. */
    static String mod(String word) {
        if (word == null) {
            return null;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "early", "beginning", "start" -> "START";
            case "mid", "middle" -> "MID";
            case "late", "end" -> "END";
            default -> null;
        };
    }

    /** Duration unit letters in TIMEX3 ({@code Y}, {@code M}, {@code W}, {@code D}, {@code H}, {@code MIN}…). */
    static String durationValue(String unit, Integer n) {
        return durationValue(unit, n, false);
    }

    /**
     * As {@link #durationValue(String, Integer)}, plus half a unit where {@code half} ("2 1/2 years" = P2Y6M)
     * and the unit has a smaller one to carry it; decades and centuries are counted in years (P20Y), as the
     * TimeBank annotators wrote them.
     */
    static String durationValue(String unit, Integer n, boolean half) {
        String u = unit.toLowerCase(Locale.ROOT).replaceAll("s$", "");
        String amount = n == null ? "X" : Integer.toString(n);
        if (half && n != null) {
            switch (u) {
                case "year" -> {
                    return "P" + n + "Y6M";
                }
                case "day" -> {
                    return "P" + n + "DT12H";
                }
                case "hour" -> {
                    return "PT" + n + "H30M";
                }
                case "minute" -> {
                    return "PT" + n + "M30S";
                }
                default -> {
                    // no finer unit in common use: the whole units only
                }
            }
        }
        return switch (u) {
            case "second" -> "PT" + amount + "S";
            case "minute" -> "PT" + amount + "M";
            case "hour" -> "PT" + amount + "H";
            case "day" -> "P" + amount + "D";
            case "week" -> "P" + amount + "W";
            case "month" -> "P" + amount + "M";
            case "year" -> "P" + amount + "Y";
            case "decade" -> n == null ? "PXY" : "P" + n * 10 + "Y";
            case "century", "centurie" -> n == null ? "PXCE" : "P" + n * 100 + "Y";
            case "quarter" -> "P" + amount + "Q";
            default -> throw new IllegalArgumentException("unit " + unit);
        };
    }

    /** The relative-move unit for a unit word. */
    static Meaning.Unit unit(String word) {
        String u = word.toLowerCase(Locale.ROOT).replaceAll("s$", "");
        return switch (u) {
            case "day", "morning", "afternoon", "evening", "night" -> Meaning.Unit.DAY;
            case "week" -> Meaning.Unit.WEEK;
            case "weekend" -> Meaning.Unit.WEEKEND;
            case "month" -> Meaning.Unit.MONTH;
            case "quarter" -> Meaning.Unit.QUARTER;
            case "year" -> Meaning.Unit.YEAR;
            case "decade" -> Meaning.Unit.DECADE;
            default -> throw new IllegalArgumentException("unit " + word);
        };
    }

    /** -1, +1 or 0 for last/next/this and their synonyms; null for anything else. */
    static Integer relation(String word) {
        if (word == null) {
            return null;
        }
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "last", "past", "previous", "preceding", "prior", "earlier", "before", "ago" -> -1;
            case "next", "coming", "following", "later", "after", "afterwards", "subsequent" -> 1;
            case "this", "current", "same", "that" -> 0;
            default -> null;
        };
    }
}

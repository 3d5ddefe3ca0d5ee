package org.tacitus.time;

import org.tacitus.model.TimexType;

/**
 * What a temporal expression says, before it is anchored: the recognisers produce these, the resolver turns them
 * into TIMEX3 values using the publication date, the tense of the clause and the narrative's last date.
 */
sealed interface Meaning {

    /** Granularities that relative expressions move by. */
    enum Unit { DAY, WEEK, WEEKEND, MONTH, QUARTER, YEAR, DECADE }

    /** What a relative expression counts from. */
    enum Anchor { PUBLICATION, NARRATIVE }

    /**
     * A calendar date, possibly partial: any of year, month, day may be null (a missing year is inferred from
     * tense). {@code relation} is -1 for "last January", +1 for "next January", 0 for "this January", null if
     * the text says nothing.
     */
    record CalendarDate(Integer year, Integer month, Integer day, Integer relation, String part, String mod)
            implements Meaning {
    }

    /** A day of the week (1 = Monday), with an explicit relation as for {@link CalendarDate}, and a part of day. */
    record Weekday(int dayOfWeek, Integer relation, String part) implements Meaning {
    }

    /** A number of days from a named day ("the day before last Tuesday's hearing"). */
    record DayOffset(Meaning day, int offset) implements Meaning {
    }

    /** A day of the week after or before the narrative's day ("the following Monday", "the previous Friday"). */
    record NarrativeWeekday(int dayOfWeek, int direction) implements Meaning {
    }

    /** A move by {@code amount} units from the publication date or the narrative's last date. */
    record Shift(Unit unit, int amount, Anchor anchor, String part, String mod) implements Meaning {
    }

    /** A season (WI, SP, SU, FA) of a given year, or of the year the relation or tense picks. */
    record Season(String season, Integer year, Integer relation, String mod) implements Meaning {
    }

    /**
     * A year before the period the story reports on ("a year ago", "year-earlier"): in a story about a quarter,
     * that quarter a year back; otherwise the year before the anchor.
     */
    record YearBefore(Anchor anchor) implements Meaning {
    }

    /**
     * The period the story reports on, in a named year ("the 1988 quarter", "the 1989 period"): that quarter of
     * the year when the story has named one, else the year.
     */
    record PeriodOfYear(int year) implements Meaning {
    }

    /** A quarter (1-4; null for "the quarter" = the latest one) of a given or inferred year. */
    record Quarter(Integer quarter, Integer year, int yearShift) implements Meaning {
    }

    /** A half year (1 or 2) of a given year, or of the publication year moved by {@code yearShift}. */
    record Half(int half, Integer year, int yearShift) implements Meaning {
    }

    /** The nth weekday of a month (Thanksgiving: the fourth Thursday of November), year from tense. */
    record NthWeekday(int month, int dayOfWeek, int nth) implements Meaning {
    }

    /** The week a day falls in ("a hearing the week of March 6"). */
    record WeekOf(CalendarDate day) implements Meaning {
    }

    /** A clock time; its date is the narrative's current day. */
    record ClockTime(int hour, int minute) implements Meaning {
    }

    /**
     * A month, or a day of it (null for none), of the year before, of this or of the next ("January this year",
     * "June last year", "Feb. 24 last year").
     */
    record MonthOfYear(int month, Integer day, int yearShift) implements Meaning {
    }

    /** A clock time on a named day ("10 p.m. Wednesday", "noon Thursday"). */
    record ClockOnDay(Meaning day, int hour, int minute) implements Meaning {
    }

    /** The year that starts next ("the new year"): this year's if the article is from its first months. */
    record NewYear() implements Meaning {
    }

    /**
     * "in two weeks": that far ahead of the publication date, or, in a clause that tells the past, a stretch of
     * that length ("his second letter in two weeks", "won three titles in four years").
     */
    record Within(Shift ahead, Literal length) implements Meaning {
    }

    /** A value that needs no anchoring: durations, sets, PRESENT_REF, decades, centuries. */
    record Literal(TimexType type, String value, String mod) implements Meaning {
    }
}

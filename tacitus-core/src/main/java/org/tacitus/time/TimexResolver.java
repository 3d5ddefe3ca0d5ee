package org.tacitus.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.tacitus.model.TimexType;
import org.tacitus.time.Meaning.Anchor;
import org.tacitus.time.Meaning.CalendarDate;
import org.tacitus.time.Meaning.ClockTime;
import org.tacitus.time.Meaning.Literal;
import org.tacitus.time.Meaning.NewYear;
import org.tacitus.time.Meaning.Quarter;
import org.tacitus.time.Meaning.Season;
import org.tacitus.time.Meaning.Shift;
import org.tacitus.time.Meaning.Weekday;

/**
 * Anchors a {@link Meaning}: the publication date resolves deictic expressions ("yesterday", "last week"), the
 * clause's tense picks the year of "June" and the direction of "Friday", and the narrative's last date resolves
 * "the following day" and "two days later". Stateless; the narrative date is passed in and returned.
 */
final class TimexResolver {

    /**
     * A resolved value, and the day it makes the narrative's current date (null when it names no day) or the
     * quarter it makes the story's reported period (null when it names none).
     */
    record Resolved(TimexType type, String value, String mod, LocalDate narrativeDay, String quarter) {
        Resolved(TimexType type, String value, String mod, LocalDate narrativeDay) {
            this(type, value, mod, narrativeDay, null);
        }
    }

    /**
     * Where an expression stands.
     *
     * @param dct       the publication date, or null when unknown
     * @param tense     the tense of its clause
     * @param narrative the narrative's current day (the last day named), or null
     * @param quarter   the quarter the story reports on ({@code 1989-Q3}), or null
     * @param year      the year the narrative last named ("in June 1998", "on Oct. 23"), or null
     * @param month     the month the narrative last named ("in March", "on Oct. 23"), or null
     */
    record Context(LocalDate dct, Tense tense, LocalDate narrative, String quarter, Integer year, YearMonth month) {

        Context(LocalDate dct, Tense tense, LocalDate narrative, String quarter) {
            this(dct, tense, narrative, quarter, null, null);
        }
    }

    /** @return the value, or null when the expression cannot be given one */
    Resolved resolve(Meaning meaning, Context context) {
        LocalDate dct = context.dct();
        Tense tense = context.tense();
        LocalDate narrative = context.narrative();
        try {
            if (meaning instanceof Literal l) {
                return new Resolved(l.type(), l.value(), l.mod(), null);
            }
            if (meaning instanceof CalendarDate c) {
                return calendar(c, dct, tense);
            }
            if (meaning instanceof Meaning.WeekOf w) {
                Resolved day = calendar(w.day(), dct, tense);
                return day == null || day.narrativeDay() == null ? null
                        : new Resolved(TimexType.DATE, week(day.narrativeDay()), null, null);
            }
            if (meaning instanceof Meaning.Within w) {
                return resolve(tense == Tense.PAST ? w.length() : w.ahead(), context);
            }
            if (dct == null) {
                return unanchored(meaning);
            }
            if (meaning instanceof Weekday w) {
                LocalDate day = weekday(w, dct, tense);
                return day(day, w.part(), null);
            }
            if (meaning instanceof Meaning.NarrativeWeekday w) {
                LocalDate base = narrative != null ? narrative : dct;
                DayOfWeek dow = DayOfWeek.of(w.dayOfWeek());
                return day(base.with(w.direction() < 0 ? TemporalAdjusters.previous(dow) : TemporalAdjusters.next(dow)),
                        null, null);
            }
            if (meaning instanceof Shift s) {
                LocalDate base = s.anchor() == Anchor.NARRATIVE && narrative != null ? narrative : dct;
                if (s.anchor() == Anchor.NARRATIVE && s.unit() == Meaning.Unit.YEAR && context.year() != null) {
                    // "that year", "the following year": the year the story last named, even without a day
                    base = LocalDate.of(context.year(), 7, 1);
                }
                if (s.anchor() == Anchor.NARRATIVE && s.unit() == Meaning.Unit.DECADE && context.year() != null) {
                    // "in 2011 ... a decade later": ten years on from the year named, not the decade after ours
                    return new Resolved(TimexType.DATE, year(context.year() + 10 * s.amount()), s.mod(), null);
                }
                if (s.anchor() == Anchor.NARRATIVE && s.unit() == Meaning.Unit.MONTH && context.month() != null) {
                    base = context.month().atDay(1); // "in March ... the following month"
                }
                if (s.unit() == Meaning.Unit.WEEKEND && s.amount() == 0 && s.anchor() == Anchor.PUBLICATION
                        && tense == Tense.PAST && dct.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()) {
                    // "said over the weekend" in a weekday's paper: the weekend just gone, in last week
                    base = dct.minusWeeks(1);
                }
                return shift(s, base);
            }
            if (meaning instanceof Season s) {
                return season(s, dct, tense);
            }
            if (meaning instanceof Quarter q) {
                return quarter(q, dct, tense);
            }
            if (meaning instanceof ClockTime t) {
                LocalDate day = narrative != null ? narrative : dct;
                String hhmm = String.format("T%02d:%02d", t.hour(), t.minute());
                return new Resolved(TimexType.TIME, day + hhmm, null, null);
            }
            if (meaning instanceof Meaning.YearBefore y) {
                if (context.quarter() != null) {
                    int year = Integer.parseInt(context.quarter().substring(0, 4)) - 1;
                    return new Resolved(TimexType.DATE, year + context.quarter().substring(4), null, null);
                }
                LocalDate base = y.anchor() == Anchor.NARRATIVE && narrative != null ? narrative : dct;
                return new Resolved(TimexType.DATE, year(base.getYear() - 1), null, null);
            }
            if (meaning instanceof Meaning.PeriodOfYear p) {
                String q = context.quarter() == null ? "" : context.quarter().substring(4);
                return new Resolved(TimexType.DATE, year(p.year()) + q, null, null);
            }
            if (meaning instanceof Meaning.Half h) {
                int year = h.year() != null ? h.year() : dct.getYear() + h.yearShift();
                return new Resolved(TimexType.DATE, year(year) + "-H" + h.half(), null, null);
            }
            if (meaning instanceof Meaning.NthWeekday w) {
                return nthWeekday(w, dct, tense);
            }
            if (meaning instanceof Meaning.MonthOfYear m) {
                return m.day() != null ? day(LocalDate.of(dct.getYear() + m.yearShift(), m.month(), m.day()), null, null)
                        : new Resolved(TimexType.DATE, YearMonth.of(dct.getYear() + m.yearShift(), m.month()).toString(),
                        null, null);
            }
            if (meaning instanceof Meaning.DayOffset o) {
                Resolved day = resolve(o.day(), context);
                return day == null || day.narrativeDay() == null ? null
                        : day(day.narrativeDay().plusDays(o.offset()), null, null);
            }
            if (meaning instanceof Meaning.ClockOnDay c) {
                Resolved day = resolve(c.day(), context);
                if (day == null || day.narrativeDay() == null) {
                    return null;
                }
                return new Resolved(TimexType.TIME, day.narrativeDay() + String.format("T%02d:%02d", c.hour(),
                        c.minute()), null, day.narrativeDay());
            }
            if (meaning instanceof NewYear) {
                int year = dct.getMonthValue() >= 10 ? dct.getYear() + 1 : dct.getYear();
                return new Resolved(TimexType.DATE, Integer.toString(year), null, null);
            }
        } catch (DateTimeException e) {
            return null; // "February 30": not a date
        }
        return null;
    }

    private Resolved calendar(CalendarDate c, LocalDate dct, Tense tense) {
        if (c.month() == null) {
            return c.year() == null ? null : new Resolved(TimexType.DATE, year(c.year()), c.mod(), null);
        }
        Integer year = c.year();
        if (year == null && dct != null) {
            year = inferYear(c, dct, tense);
        }
        if (c.day() == null) {
            String value = (year == null ? "XXXX" : year(year)) + String.format("-%02d", c.month());
            return new Resolved(TimexType.DATE, value, c.mod(), null);
        }
        if (year == null) {
            return new Resolved(TimexType.DATE, String.format("XXXX-%02d-%02d", c.month(), c.day()), c.mod(), null);
        }
        LocalDate day = LocalDate.of(year, c.month(), c.day());
        Resolved r = day(day, c.part(), c.mod());
        return r;
    }

    /** The year that puts the month (and day) where the relation or tense says, nearest the publication date. */
    private static int inferYear(CalendarDate c, LocalDate dct, Tense tense) {
        int y = dct.getYear();
        int target = c.month() * 100 + (c.day() == null ? 0 : c.day());
        int now = dct.getMonthValue() * 100 + (c.day() == null ? 0 : dct.getDayOfMonth());
        Integer relation = c.relation();
        if (relation != null) {
            // "last February" said in March means a year ago: the month just gone would be "last month"
            if (relation < 0) {
                return target < now - 100 ? y : y - 1;
            }
            if (relation > 0) {
                return target > now + 100 ? y : y + 1;
            }
            return y;
        }
        if (c.day() != null && tense == Tense.FUTURE) {
            // a day of the week just gone is that day, not next year's, even in a clause looking ahead: a
            // deadline that has just passed, a story written the day before it was dated
            LocalDate behind = LocalDate.of(target <= now ? y : y - 1, c.month(), Math.min(c.day(), 28));
            if (!behind.isBefore(dct.minusDays(7))) {
                return behind.getYear();
            }
        }
        if (c.day() != null && tense != Tense.FUTURE) {
            // a day up to two months ahead is this year's whatever the verb ("extended to Nov. 20"); a past
            // tense otherwise sends it back to the most recent one
            LocalDate ahead = LocalDate.of(target > now ? y : y + 1, c.month(), Math.min(c.day(), 28));
            if (!ahead.isAfter(dct.plusMonths(2))) {
                return ahead.getYear();
            }
        }
        if (c.day() == null && tense == Tense.PAST && c.month() == dct.plusMonths(1).getMonthValue()) {
            // the coming month after a past verb is what was told or planned for it ("announced a cut in supplies
            // in September" in August): eleven months back a reporter writes "last September"
            return dct.plusMonths(1).getYear();
        }
        return switch (tense) {
            case FUTURE -> target >= now ? y : y + 1;
            case PAST -> target <= now ? y : y - 1;
            default -> {
                int forward = (target >= now ? 0 : 1200) + target - now;
                int backward = (target <= now ? 0 : 1200) + now - target;
                yield forward < backward ? (target >= now ? y : y + 1) : (target <= now ? y : y - 1);
            }
        };
    }

    private static LocalDate weekday(Weekday w, LocalDate dct, Tense tense) {
        DayOfWeek dow = DayOfWeek.of(w.dayOfWeek());
        Integer relation = w.relation();
        if (relation != null && relation < 0) {
            return dct.with(TemporalAdjusters.previous(dow));
        }
        if (relation != null && relation > 0) {
            return dct.with(TemporalAdjusters.next(dow));
        }
        if (tense == Tense.FUTURE) {
            return dct.with(TemporalAdjusters.nextOrSame(dow));
        }
        if (tense == Tense.PRESENT) {
            // "the council meets Tuesday": a day named with a present verb is the nearest one, ahead or just gone;
            // ahead when it is no more than a day further ("voters go to the polls on Sunday" on a Wednesday), as
            // a present tense schedules more often than it reports
            LocalDate ahead = dct.with(TemporalAdjusters.nextOrSame(dow));
            LocalDate behind = dct.with(TemporalAdjusters.previousOrSame(dow));
            return ahead.toEpochDay() - dct.toEpochDay() <= dct.toEpochDay() - behind.toEpochDay() + 1 ? ahead : behind;
        }
        return dct.with(TemporalAdjusters.previousOrSame(dow));
    }

    private static Resolved shift(Shift s, LocalDate base) {
        return switch (s.unit()) {
            case DAY -> day(base.plusDays(s.amount()), s.part(), s.mod());
            case WEEK -> new Resolved(TimexType.DATE, week(base.plusWeeks(s.amount())), s.mod(), null);
            case WEEKEND -> new Resolved(TimexType.DATE, week(base.plusWeeks(s.amount())) + "-WE", s.mod(), null);
            case MONTH -> new Resolved(TimexType.DATE, YearMonth.from(base).plusMonths(s.amount()).toString(),
                    s.mod(), null);
            case QUARTER -> {
                LocalDate d = base.plusMonths(3L * s.amount());
                yield new Resolved(TimexType.DATE, year(d.getYear()) + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR),
                        s.mod(), null);
            }
            case YEAR -> new Resolved(TimexType.DATE, year(base.getYear() + s.amount()), s.mod(), null);
            case DECADE -> new Resolved(TimexType.DATE, Integer.toString(base.getYear() / 10 + s.amount()),
                    s.mod(), null);
        };
    }

    private static Resolved season(Season s, LocalDate dct, Tense tense) {
        if (s.year() != null) {
            return new Resolved(TimexType.DATE, year(s.year()) + "-" + s.season(), s.mod(), null);
        }
        int current = seasonIndex(dct.getMonthValue());
        // January and February belong to the winter that began the December before
        int seasonYear = dct.getMonthValue() <= 2 ? dct.getYear() - 1 : dct.getYear();
        int target = switch (s.season()) {
            case "SP" -> 1;
            case "SU" -> 2;
            case "FA" -> 3;
            default -> 4;
        };
        int y = seasonYear;
        Integer relation = s.relation();
        int year;
        if (relation != null && relation < 0) {
            year = target < current ? y : y - 1;
        } else if (relation != null && relation > 0) {
            year = target > current ? y : y + 1;
        } else if (relation != null) {
            year = y; // "this summer": this year's, whether it is past or to come
        } else if (tense == Tense.FUTURE) {
            year = target >= current ? y : y + 1;
        } else if (tense == Tense.PAST) {
            year = target <= current ? y : y - 1;
        } else {
            year = y;
        }
        return new Resolved(TimexType.DATE, year(year) + "-" + s.season(), s.mod(), null);
    }

    private static Resolved nthWeekday(Meaning.NthWeekday w, LocalDate dct, Tense tense) {
        LocalDate thisYear = nth(w, dct.getYear());
        LocalDate chosen;
        if (tense == Tense.FUTURE) {
            chosen = thisYear.isBefore(dct) ? nth(w, dct.getYear() + 1) : thisYear;
        } else {
            chosen = thisYear.isAfter(dct) ? nth(w, dct.getYear() - 1) : thisYear;
        }
        return day(chosen, null, null);
    }

    private static LocalDate nth(Meaning.NthWeekday w, int year) {
        return LocalDate.of(year, w.month(), 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(w.nth(), DayOfWeek.of(w.dayOfWeek())));
    }

    private static int seasonIndex(int month) {
        return switch (month) {
            case 3, 4, 5 -> 1;
            case 6, 7, 8 -> 2;
            case 9, 10, 11 -> 3;
            default -> 4;
        };
    }

    private static Resolved quarter(Quarter q, LocalDate dct, Tense tense) {
        int current = dct.get(IsoFields.QUARTER_OF_YEAR);
        int year = q.year() != null ? q.year() : dct.getYear();
        int quarter;
        if (q.quarter() == null) {
            quarter = current == 1 ? 4 : current - 1;
            if (current == 1 && q.year() == null) {
                year--;
            }
        } else {
            quarter = q.quarter();
            if (q.year() == null && q.yearShift() == 0 && quarter > current && tense != Tense.FUTURE) {
                year--;
            }
        }
        String value = year(year + q.yearShift()) + "-Q" + quarter;
        return new Resolved(TimexType.DATE, value, null, null, q.yearShift() == 0 ? value : null);
    }

    private static Resolved day(LocalDate day, String part, String mod) {
        if (part != null) {
            return new Resolved(TimexType.TIME, day + "T" + part, mod, day);
        }
        return new Resolved(TimexType.DATE, day.toString(), mod, day);
    }

    private static Resolved unanchored(Meaning meaning) {
        if (meaning instanceof Weekday w) {
            return new Resolved(TimexType.DATE, "XXXX-WXX-" + w.dayOfWeek(), null, null);
        }
        if (meaning instanceof Season s) {
            return new Resolved(TimexType.DATE, "XXXX-" + s.season(), s.mod(), null);
        }
        if (meaning instanceof Meaning.Half h) {
            return new Resolved(TimexType.DATE, (h.year() == null ? "XXXX" : year(h.year())) + "-H" + h.half(), null,
                    null);
        }
        return null;
    }

    private static String week(LocalDate d) {
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String year(int y) {
        return String.format("%04d", y);
    }
}

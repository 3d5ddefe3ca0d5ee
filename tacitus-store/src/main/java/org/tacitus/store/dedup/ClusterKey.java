package org.tacitus.store.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tacitus.model.Event;
import org.tacitus.model.EventDate;
import org.tacitus.model.Participant;

/**
 * What decides whether two reports are one real-world event: PLOVER type, the actor keys on each side, the day
 * and whether a time expression dates it, and the place's name.
 *
 * <p>The rule ({@link #compatibleWith}): same type; each side's actor set equal to, or a subset or superset of,
 * the other's, and at least one actor in common; days within one day of each other (a day not given by a time
 * expression is the publication day, which may also precede a dated one by up to 31 days: announced ahead); same
 * place, or no place on either side. Pure and thread-safe.
 */
public record ClusterKey(String type, SortedSet<String> sources, SortedSet<String> targets, LocalDate day,
                         boolean timexDated, String dateValue, String placeName) {

    public ClusterKey {
        Objects.requireNonNull(type, "type");
        sources = new TreeSet<>(sources);
        targets = new TreeSet<>(targets);
        if (timexDated && day == null) {
            throw new IllegalArgumentException("a timex-dated key needs its day");
        }
    }

    /** The key of one article's event. */
    public static ClusterKey of(Event event) {
        EventDate date = event.date();
        LocalDate day = date == null ? null : dayOf(date.value());
        boolean timex = day != null && date.basis() == EventDate.Basis.TIMEX;
        return new ClusterKey(event.type(), keys(event.source()), keys(event.target()), day, timex,
                date == null ? null : date.value(), event.place() == null ? null : event.place().place().name());
    }

    /** The day of a TIMEX3 value that names one ({@code 2022-01-10}, {@code 2022-01-10T15:00}), else null. */
    public static LocalDate dayOf(String timexValue) {
        if (timexValue == null || timexValue.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(timexValue.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static SortedSet<String> keys(List<Participant> side) {
        SortedSet<String> keys = new TreeSet<>();
        for (Participant p : side) {
            keys.add(p.key());
        }
        return keys;
    }

    /** True when this report and {@code other} (a report or a cluster) describe one event. */
    public boolean compatibleWith(ClusterKey other) {
        return type.equals(other.type)
                && nested(sources, other.sources) && nested(targets, other.targets) && shareAnActor(other)
                && daysCompatible(other)
                && (placeName == null || other.placeName == null || placeName.equalsIgnoreCase(other.placeName));
    }

    /** Two reports that name no actor in common are not known to be one event, whatever else agrees. */
    private boolean shareAnActor(ClusterKey other) {
        Set<String> mine = new TreeSet<>(sources);
        mine.addAll(targets);
        for (String k : other.sources) {
            if (mine.contains(k)) {
                return true;
            }
        }
        for (String k : other.targets) {
            if (mine.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Within a day of each other. A day not given by a time expression is the article's publication day: it may
     * also precede a dated one by up to a month (an event announced ahead: "the talks will take place…").
     */
    private boolean daysCompatible(ClusterKey other) {
        if (day == null || other.day == null) {
            return periodsOverlap(dateValue, other.dateValue);
        }
        long gap = other.day.toEpochDay() - day.toEpochDay();
        if (Math.abs(gap) <= 1) {
            return true;
        }
        if (!timexDated && other.timexDated) {
            return gap > 0 && gap <= ANNOUNCED_AHEAD_DAYS;
        }
        if (timexDated && !other.timexDated) {
            return gap < 0 && -gap <= ANNOUNCED_AHEAD_DAYS;
        }
        return false;
    }

    private static final int ANNOUNCED_AHEAD_DAYS = 31;

    /**
     * A report dated only by a year, month, week or quarter ("later in the year": {@code 2023}) may be the same
     * event as one dated within that period, not as one dated in another ({@code 2022-01-10}); an undated report,
     * or a reference such as {@code FUTURE_REF}, may be any.
     */
    private static boolean periodsOverlap(String a, String b) {
        String x = calendarPart(a);
        String y = calendarPart(b);
        return x == null || y == null || x.startsWith(y) || y.startsWith(x);
    }

    /** "2023", "2021-06" or "2022-01-10" from a TIMEX3 value; null for none or a reference. */
    private static String calendarPart(String value) {
        if (value == null) {
            return null;
        }
        java.util.regex.Matcher m = CALENDAR.matcher(value);
        return m.lookingAt() ? m.group() : null;
    }

    private static final java.util.regex.Pattern CALENDAR =
            java.util.regex.Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?(?![\\d])");

    private static boolean nested(Set<String> a, Set<String> b) {
        return a.containsAll(b) || b.containsAll(a);
    }

    /** The key of a cluster after {@code report} joined it: union of sides, the better date, a known place. */
    public ClusterKey merge(ClusterKey report) {
        SortedSet<String> s = new TreeSet<>(sources);
        s.addAll(report.sources);
        SortedSet<String> t = new TreeSet<>(targets);
        t.addAll(report.targets);
        boolean takeReportDate = !timexDated && (report.timexDated || day == null);
        return new ClusterKey(type, s, t, takeReportDate ? report.day : day, timexDated || report.timexDated,
                takeReportDate ? report.dateValue : dateValue, placeName != null ? placeName : report.placeName);
    }

    /**
     * The stable cluster id: {@code ev-} and 16 hex digits of SHA-256 over type, both sides, date value and
     * place of the report that founded the cluster. The same report always founds the same id.
     */
    public String clusterId() {
        String basis = type + "|" + String.join(",", sources) + "|" + String.join(",", targets) + "|"
                + (dateValue == null ? "" : dateValue) + "|" + (placeName == null ? "" : placeName);
        return "ev-" + sha256(basis).substring(0, 16);
    }

    /** Lower-case hex SHA-256 of a UTF-8 string. */
    public static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** ',A,B,' — the form the store keeps sides in, so that a code can be matched with LIKE '%,A,%'. */
    public static String joined(Set<String> keys) {
        return keys.isEmpty() ? "," : "," + String.join(",", keys) + ",";
    }

    /** The inverse of {@link #joined}. */
    public static SortedSet<String> split(String joined) {
        SortedSet<String> keys = new TreeSet<>();
        for (String k : joined.split(",")) {
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }
}

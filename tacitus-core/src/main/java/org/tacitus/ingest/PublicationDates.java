package org.tacitus.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tacitus.model.Problem;
import org.tacitus.model.ProblemCode;

/**
 * Publication dates as news metadata writes them: ISO dates and timestamps ({@code 2021-12-28},
 * {@code 2023-09-21T08:30:00Z}) and datelines ({@code December 28, 2021}, {@code Dec. 28, 2021},
 * {@code 28 December 2021}, {@code Tuesday, December 28, 2021 10:32 AM}). Also decides the article's reference
 * date from what was found and the user's {@code --published}.
 */
public final class PublicationDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
            Map.entry("dec", 12));

    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");

    private PublicationDates() {
    }

    /** Parses a metadata value: an ISO date or timestamp, or a written date. */
    public static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.ISO_ZONED_DATE_TIME)) {
            try {
                return Optional.of(OffsetDateTime.parse(v, f).toLocalDate());
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            // not RFC 1123
        }
        try {
            return Optional.of(LocalDateTime.parse(v).toLocalDate());
        } catch (DateTimeParseException e) {
            // not a local timestamp
        }
        return findWrittenDate(v);
    }

    /** The first written or ISO date inside a line of text, if any. */
    public static Optional<LocalDate> findWrittenDate(String text) {
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return date(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return date(m.group(3), month(m.group(2)), m.group(1));
        }
        m = ISO_DATE.matcher(text);
        if (m.find()) {
            return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        }
        return Optional.empty();
    }

    /**
     * The reference date of an article: the date found in the input, else the user's default. Adds
     * {@link ProblemCode#DATE_UNKNOWN} to {@code problems} when there is neither.
     */
    public static LocalDate resolve(Optional<LocalDate> found, LocalDate userDefault, List<Problem> problems) {
        if (found.isPresent()) {
            return found.get();
        }
        if (userDefault != null) {
            return userDefault;
        }
        problems.add(Problem.of(ProblemCode.DATE_UNKNOWN, "ingest",
                "no publication date in the input and no --published given; relative dates are left unanchored"));
        return null;
    }

    /** A fresh mutable list for readers to collect problems in. */
    public static List<Problem> problems() {
        return new ArrayList<>();
    }

    private static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        key = key.length() > 4 && key.startsWith("sept") ? "sept" : key.substring(0, Math.min(3, key.length()));
        return MONTHS.getOrDefault(key, 0);
    }

    private static Optional<LocalDate> date(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}

package org.tacitus.quotes.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tacitus.model.TextSpan;

/**
 * Parses a BRAT standoff file ({@code .ann}) against its text: text-bound annotations
 * ({@code T3<TAB>Content 120 211;215 230<TAB>the text}) and events ({@code E1<TAB>Attribution:T4 Content:T3
 * Cue:T2 Source:T1}); notes, attributes, relations and the rest are skipped. Stateless.
 *
 * <p><b>Offsets.</b> BRAT is written in Python and counts offsets in Unicode code points; Java strings count UTF-16
 * units, which differ after any character outside the Basic Multilingual Plane (an emoji). Offsets are therefore
 * read as code points and converted, and every text-bound annotation is checked: the text at its fragments, joined
 * with one space as BRAT joins them, must equal the text the file gives for it, whitespace runs compared as one
 * space because PolNeAR's files break a span's text over lines and add blank lines after some records. (On
 * PolNeAR's train and dev sets every one of the 97,146 text-bound spans passes this check; byte offsets would fail
 * on about half of them; no text there has a character outside the BMP, so code points and UTF-16 agree.) An
 * annotation that fails the check, or whose offsets do not parse or lie outside the text, is left out and reported
 * as an {@link Issue}, never silently.
 */
final class BratStandoff {

    /** A line that starts a record: an id letter, a number, a tab. Any other line continues the record before. */
    private static final Pattern RECORD = Pattern.compile("^[TERAMN*#]\\d*\t");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** A text-bound annotation whose fragments were checked against the text. */
    record TextBound(String id, String type, List<TextSpan> fragments, int line) {

        TextBound {
            fragments = List.copyOf(fragments);
        }

        /** The span from the first fragment's start to the last fragment's end. */
        TextSpan hull(String text) {
            int start = fragments.get(0).start();
            int end = fragments.get(fragments.size() - 1).end();
            return new TextSpan(start, end, text.substring(start, end));
        }
    }

    /** One argument of an event: its role ({@code Content}, {@code Content2}, {@code Source}…) and the id. */
    record Argument(String role, String id) {
    }

    /** An event: its type, its trigger's id (may be empty) and its arguments in file order. */
    record Event(String id, String type, String trigger, List<Argument> arguments, int line) {

        Event {
            arguments = List.copyOf(arguments);
        }
    }

    /** A record left out, with the 1-based line where it starts in the file. */
    record Issue(int line, String annotation, String reason) {
    }

    /**
     * What one file holds.
     *
     * @param checked the text-bound annotations whose text matched their offsets
     */
    record Parsed(Map<String, TextBound> textBounds, List<Event> events, int checked, List<Issue> issues) {
    }

    private BratStandoff() {
    }

    static Parsed parse(String ann, String text) {
        List<String> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String[] raw = ann.split("\n", -1);
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i].endsWith("\r") ? raw[i].substring(0, raw[i].length() - 1) : raw[i];
            if (RECORD.matcher(line).find()) {
                records.add(line);
                lines.add(i + 1);
            } else if (!records.isEmpty()) {
                records.set(records.size() - 1, records.get(records.size() - 1) + "\n" + line);
            }
        }
        Offsets offsets = new Offsets(text);
        Map<String, TextBound> textBounds = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
            String record = records.get(r);
            int line = lines.get(r);
            String[] fields = record.split("\t", 3);
            String id = fields[0];
            if (id.startsWith("T")) {
                TextBound t = textBound(id, fields, line, text, offsets, issues);
                if (t != null) {
                    textBounds.put(id, t);
                }
            } else if (id.startsWith("E")) {
                // an event is one line: what follows it up to the next record is not part of it
                Event e = event(id, record.split("\n", 2)[0].split("\t", 3), line, issues);
                if (e != null) {
                    events.add(e);
                }
            }
        }
        return new Parsed(textBounds, events, textBounds.size(), issues);
    }

    private static TextBound textBound(String id, String[] fields, int line, String text, Offsets offsets,
                                       List<Issue> issues) {
        if (fields.length < 3) {
            issues.add(new Issue(line, id, "not 'id<TAB>type offsets<TAB>text'"));
            return null;
        }
        String[] typeAndOffsets = fields[1].split(" ", 2);
        if (typeAndOffsets.length < 2) {
            issues.add(new Issue(line, id, "no offsets"));
            return null;
        }
        List<TextSpan> fragments = new ArrayList<>();
        for (String fragment : typeAndOffsets[1].split(";")) {
            String[] ends = fragment.strip().split(" ");
            int start;
            int end;
            try {
                if (ends.length != 2) {
                    throw new NumberFormatException(fragment);
                }
                start = offsets.toChar(Integer.parseInt(ends[0]));
                end = offsets.toChar(Integer.parseInt(ends[1]));
            } catch (NumberFormatException | IndexOutOfBoundsException e) {
                issues.add(new Issue(line, id, "offsets '" + typeAndOffsets[1] + "' do not parse or lie outside "
                        + "the text (" + offsets.codePoints + " code points)"));
                return null;
            }
            if (end <= start) {
                issues.add(new Issue(line, id, "empty or reversed fragment '" + fragment + "'"));
                return null;
            }
            fragments.add(new TextSpan(start, end, text.substring(start, end)));
        }
        // The text joins the fragments in file order, which need not be text order ("209 236;91 186").
        StringBuilder read = new StringBuilder();
        for (TextSpan f : fragments) {
            read.append(read.isEmpty() ? "" : " ").append(f.text());
        }
        if (!normalise(read).equals(normalise(fields[2]))) {
            issues.add(new Issue(line, id, "offsets '" + typeAndOffsets[1] + "' read '" + shorten(read)
                    + "', not '" + shorten(fields[2]) + "'"));
            return null;
        }
        fragments.sort(Comparator.comparingInt(TextSpan::start));
        for (int i = 1; i < fragments.size(); i++) {
            if (fragments.get(i).start() < fragments.get(i - 1).end()) {
                issues.add(new Issue(line, id, "overlapping fragments '" + typeAndOffsets[1] + "'"));
                return null;
            }
        }
        return new TextBound(id, typeAndOffsets[0], fragments, line);
    }

    private static Event event(String id, String[] fields, int line, List<Issue> issues) {
        String[] parts = fields.length < 2 ? new String[0] : fields[1].strip().split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty() || parts[0].indexOf(':') < 0) {
            issues.add(new Issue(line, id, "no 'Type:trigger' in the event"));
            return null;
        }
        String type = parts[0].substring(0, parts[0].indexOf(':'));
        String trigger = parts[0].substring(parts[0].indexOf(':') + 1);
        List<Argument> arguments = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            int colon = parts[i].indexOf(':');
            if (colon <= 0 || colon == parts[i].length() - 1) {
                issues.add(new Issue(line, id, "argument '" + parts[i] + "' is not 'Role:id'"));
                continue;
            }
            arguments.add(new Argument(parts[i].substring(0, colon), parts[i].substring(colon + 1)));
        }
        return new Event(id, type, trigger, arguments, line);
    }

    private static String normalise(CharSequence s) {
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    private static String shorten(CharSequence s) {
        String one = normalise(s);
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }

    /** Converts code-point offsets to UTF-16 offsets; the identity when no character is outside the BMP. */
    private static final class Offsets {
        final String text;
        final int codePoints;

        Offsets(String text) {
            this.text = text;
            this.codePoints = text.codePointCount(0, text.length());
        }

        int toChar(int codePoint) {
            if (codePoint < 0 || codePoint > codePoints) {
                throw new IndexOutOfBoundsException(codePoint);
            }
            return codePoints == text.length() ? codePoint : text.offsetByCodePoints(0, codePoint);
        }
    }
}

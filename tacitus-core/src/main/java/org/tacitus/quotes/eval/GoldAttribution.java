package org.tacitus.quotes.eval;

import java.util.List;
import java.util.Objects;
import org.tacitus.model.TextSpan;

/**
 * One gold attribution: what was said or thought (the content), by whom (the source) and the words that attribute
 * it (the cue), as spans of {@link PolnearDocument#text()}.
 *
 * @param content the content's fragments in text order, at least one; more than one when the annotators marked a
 *                discontinuous content ({@code “We will,” she said, “win.”}) or gave a second content
 * @param source  the source, null when the attribution has none (PolNeAR's {@code Attribution-no-source}); a
 *                discontinuous source is kept as the span from its first to its last fragment
 * @param cue     the cue, null when there is none or it could not be placed in the text; a discontinuous cue is
 *                kept like a discontinuous source
 * @param direct  whether the content is a direct quote: it begins or ends with a quotation mark
 *                ({@link #isDirect}), single quotes included where they cannot be an apostrophe
 */
public record GoldAttribution(List<TextSpan> content, TextSpan source, TextSpan cue, boolean direct) {

    public GoldAttribution {
        content = List.copyOf(content);
        if (content.isEmpty()) {
            throw new IllegalArgumentException("an attribution needs a content");
        }
        for (int i = 1; i < content.size(); i++) {
            if (content.get(i).start() < content.get(i - 1).end()) {
                throw new IllegalArgumentException("content fragments must be in order and apart: " + content);
            }
        }
    }

    /** An attribution whose {@link #direct} flag is computed from its content by {@link #isDirect}. */
    public static GoldAttribution of(List<TextSpan> content, TextSpan source, TextSpan cue) {
        return new GoldAttribution(content, source, cue, isDirect(content));
    }

    /**
     * Whether content fragments make a direct quote: the first fragment, leading whitespace aside, begins with a
     * quotation mark, or the last, trailing whitespace (no-break spaces included) aside, ends with one. The marks are
     * straight and curly double quotes, the doubled apostrophes {@code ''} and {@code ``} of some wire copy, and single
     * quotes where they cannot be an apostrophe: an opening {@code ‘}, a straight {@code '} before a letter at the
     * start, and a closing {@code ’} or {@code '} right after {@code . , ! ?} at the end ("the Clintons’" ends with a
     * possessive, not a quotation; "‘Not fit to serve.’" is a quotation, as the headlines of some publishers write
     * them).
     */
    public static boolean isDirect(List<TextSpan> content) {
        if (content.isEmpty()) {
            return false;
        }
        String first = content.get(0).text();
        String last = content.get(content.size() - 1).text();
        int from = 0;
        while (from < first.length() && isSpace(first.charAt(from))) {
            from++;
        }
        int to = last.length();
        while (to > 0 && isSpace(last.charAt(to - 1))) {
            to--;
        }
        return startsWithMark(first.substring(from)) || endsWithMark(last.substring(0, to));
    }

    /** Whitespace, the no-break space of web copy ({@code U+00A0}) included. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean startsWithMark(String s) {
        return s.startsWith("\"") || s.startsWith("“") || s.startsWith("”") || s.startsWith("''")
                || s.startsWith("``") || s.startsWith("‘")
                || s.length() > 1 && s.charAt(0) == '\'' && Character.isLetter(s.charAt(1));
    }

    private static boolean endsWithMark(String s) {
        if (s.endsWith("\"") || s.endsWith("“") || s.endsWith("”") || s.endsWith("''") || s.endsWith("``")) {
            return true;
        }
        int n = s.length();
        return n > 1 && (s.charAt(n - 1) == '’' || s.charAt(n - 1) == '\'') && ".,!?".indexOf(s.charAt(n - 2)) >= 0;
    }

    /** The first character of the content. */
    public int start() {
        return content.get(0).start();
    }

    /** One past the last character of the content. */
    public int end() {
        return content.get(content.size() - 1).end();
    }

    /** The content's fragments joined with {@code " … "}, for reading by a person. */
    public String text() {
        StringBuilder s = new StringBuilder();
        for (TextSpan t : content) {
            s.append(s.isEmpty() ? "" : " … ").append(t.text());
        }
        return s.toString();
    }

    /** The characters of the content, summed over its fragments, that lie inside {@code [start, end)}. */
    public int overlap(int start, int end) {
        int n = 0;
        for (TextSpan t : content) {
            n += Math.max(0, Math.min(end, t.end()) - Math.max(start, t.start()));
        }
        return n;
    }

    /** Whether the gold source, if any, is given. */
    public boolean hasSource() {
        return source != null;
    }

    @Override
    public String toString() {
        return "GoldAttribution[" + start() + ":" + end() + " '" + text() + "'"
                + (source == null ? "" : ", source '" + source.text() + "'") + (direct ? ", direct" : "") + "]";
    }

    static void requireInText(String id, String text, TextSpan span) {
        Objects.requireNonNull(span, "span");
        if (span.end() > text.length() || !text.regionMatches(span.start(), span.text(), 0, span.text().length())) {
            throw new IllegalArgumentException(id + ": span " + span.start() + ":" + span.end()
                    + " does not read '" + span.text() + "' in the text (length " + text.length() + ")");
        }
    }
}

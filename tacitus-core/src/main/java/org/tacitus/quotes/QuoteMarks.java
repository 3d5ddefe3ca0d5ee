package org.tacitus.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds spans between quotation marks: straight {@code "…"} and curly {@code “…”} double quotes, doubled
 * apostrophes {@code ''…''} and {@code ``…''}, single quotes {@code '…'} and {@code ‘…’} (at top level only: inside
 * a double quote they are a nested quote), and guillemets. A paragraph that opens a quote without closing it
 * continues into the next paragraph when that one opens with a quotation mark, as news style has it. Straight
 * marks are opening when they follow a space or an opening bracket, closing otherwise; a curly mark typed the wrong
 * way round (a {@code ”} that opens a paragraph's quotation, a {@code “} that closes one after its final period)
 * is read by where it stands. A paragraph that opens with a quotation mark and never closes it (nor goes on
 * into a quoted paragraph) is read as a quotation to its end, its closing mark forgotten, when it has a few words.
 * Stateless.
 */
final class QuoteMarks {

    /**
     * The fewest words of a paragraph that opens a quotation and never closes it, nor goes on into a quoted
     * paragraph, for the paragraph to be read as the quotation (its closing mark forgotten); shorter ones are dropped.
     */
    private static final int UNCLOSED_WORDS = 4;

    /** A quoted span, marks included: [start, end). */
    record Marked(int start, int end) {
    }

    private QuoteMarks() {
    }

    /** Whether [start, end) lies inside one of the quoted spans, marks included. */
    static boolean inside(List<Marked> quoted, int start, int end) {
        for (Marked m : quoted) {
            if (m.start() <= start && end <= m.end()) {
                return true;
            }
        }
        return false;
    }

    static List<Marked> find(String text) {
        List<Marked> out = new ArrayList<>();
        int n = text.length();
        int openDouble = -1;   // index of the open double mark, or -1
        int openSingle = -1;
        int nested = 0;        // curly double quotes opened inside the open one
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                openSingle = -1;
                nested = 0;
                if (openDouble >= 0 && !continuesInNextParagraph(text, i)) {
                    if (opensParagraph(text, openDouble) && words(text, openDouble, i) >= UNCLOSED_WORDS) {
                        out.add(new Marked(openDouble, trimEnd(text, openDouble, i)));
                    }
                    openDouble = -1; // unbalanced: the paragraph never closes it
                }
                if (openDouble >= 0) {
                    i = skipReopening(text, i);
                    continue;
                }
                i++;
                continue;
            }
            int len = doubleMarkLength(text, i);
            if (len > 0) {
                boolean opening = openDouble < 0 ? isOpeningDouble(text, i, len) || wrongWayOpening(text, i)
                        : isOpeningDouble(text, i, len) && !wrongWayClosing(text, i);
                if (openDouble < 0 && opening) {
                    openDouble = i;
                    openSingle = -1;
                } else if (openDouble >= 0 && opening && text.charAt(i) == '“' && nestedBalanced(text, i)) {
                    nested++;
                } else if (nested > 0 && !opening) {
                    nested--;
                } else if (openDouble >= 0 && !opening) {
                    out.add(new Marked(openDouble, i + len));
                    openDouble = -1;
                } else if (openDouble >= 0 && isStraight(text, i, len) && closingContext(text, i + len)) {
                    out.add(new Marked(openDouble, i + len));
                    openDouble = -1;
                }
                i += len;
                continue;
            }
            if (openDouble < 0 && (c == '\'' || c == '‘' || c == '’')) {
                if (openSingle < 0 && (c == '‘' || c == '\'') && openingContext(text, i) && i + 1 < n
                        && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    openSingle = i;
                } else if (openSingle >= 0 && (c == '’' || c == '\'') && i > 0
                        && !Character.isWhitespace(text.charAt(i - 1)) && closingContext(text, i + 1)) {
                    out.add(new Marked(openSingle, i + 1));
                    openSingle = -1;
                }
            }
            i++;
        }
        return out;
    }

    /**
     * Whether a {@code “} inside an open curly quotation opens a nested one ({@code “I'd rather live in what he
     * calls “hell” than here.”}): the rest of the paragraph closes both, with more {@code ”} than {@code “}.
     */
    private static boolean nestedBalanced(String text, int i) {
        int opens = 0;
        int closes = 0;
        for (int j = i; j < text.length() && text.charAt(j) != '\n'; j++) {
            char c = text.charAt(j);
            opens += c == '“' ? 1 : 0;
            closes += c == '”' ? 1 : 0;
        }
        return closes > opens;
    }

    /** Whether the mark at {@code i} is the first character of its line, blanks aside. */
    private static boolean opensParagraph(String text, int i) {
        int j = i - 1;
        while (j >= 0 && text.charAt(j) != '\n' && Character.isWhitespace(text.charAt(j))) {
            j--;
        }
        return j < 0 || text.charAt(j) == '\n';
    }

    private static int words(String text, int from, int to) {
        String inner = text.substring(from, to).strip();
        return inner.isEmpty() ? 0 : inner.split("\\s+").length;
    }

    /** {@code to}, moved back over trailing blanks, and not before {@code from + 1}. */
    private static int trimEnd(String text, int from, int to) {
        int j = to;
        while (j > from + 1 && Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    /** Length of a double quotation mark at i (1 or 2 characters), or 0. */
    private static int doubleMarkLength(String text, int i) {
        char c = text.charAt(i);
        if (c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„') {
            return 1;
        }
        if (i + 1 < text.length()) {
            char d = text.charAt(i + 1);
            if (c == '\'' && d == '\'' || c == '`' && d == '`') {
                return 2;
            }
        }
        return 0;
    }

    private static boolean isStraight(String text, int i, int len) {
        char c = text.charAt(i);
        return c == '"' || len == 2 && c == '\'';
    }

    private static boolean isOpeningDouble(String text, int i, int len) {
        char c = text.charAt(i);
        if (c == '“' || c == '«' || c == '„' || c == '`') {
            return true;
        }
        if (c == '”' || c == '»') {
            return false;
        }
        return openingContext(text, i) && i + len < text.length() && !Character.isWhitespace(text.charAt(i + len));
    }

    /**
     * A closing mark typed where an opening one belongs ({@code ”Fear. I am afraid…”}, {@code ” … he said}), as
     * smart-quote converters leave them: after a space or at a paragraph's start, before a word or an ellipsis.
     */
    private static boolean wrongWayOpening(String text, int i) {
        if (text.charAt(i) != '”' || !openingContext(text, i)) {
            return false;
        }
        int j = i + 1;
        if (j < text.length() && text.charAt(j) == ' ') {
            j++; // "” … he delivered"
            return j < text.length() && text.charAt(j) == '…';
        }
        return j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '…');
    }

    /** An opening mark typed where a closing one belongs ({@code 51 percent.“ When}): after sentence punctuation, before a space. */
    private static boolean wrongWayClosing(String text, int i) {
        return text.charAt(i) == '“' && i > 0 && ".,!?".indexOf(text.charAt(i - 1)) >= 0
                && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static boolean openingContext(String text, int i) {
        if (i == 0) {
            return true;
        }
        char p = text.charAt(i - 1);
        return Character.isWhitespace(p) || p == '(' || p == '[' || p == '—' || p == '–' || p == '-' || p == '/'
                || p == ':' || p == '{';
    }

    private static boolean closingContext(String text, int after) {
        if (after >= text.length()) {
            return true;
        }
        char c = text.charAt(after);
        return !Character.isLetterOrDigit(c);
    }

    /** True when the next non-blank paragraph opens with a double quotation mark. */
    private static boolean continuesInNextParagraph(String text, int newline) {
        int j = newline;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && doubleMarkLength(text, j) > 0
                && (isOpeningDouble(text, j, doubleMarkLength(text, j)) || wrongWayOpening(text, j));
    }

    private static int skipReopening(String text, int newline) {
        int j = newline;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j + doubleMarkLength(text, j);
    }
}

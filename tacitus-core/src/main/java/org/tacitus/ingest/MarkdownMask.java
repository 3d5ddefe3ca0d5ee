package org.tacitus.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks markdown syntax out of a line with spaces, keeping its length, so the NLP stages read prose while
 * offsets still point into the raw text. Links keep their anchor text, images and URLs vanish, emphasis markers,
 * heading hashes, list and quote markers go.
 */
final class MarkdownMask {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*]\\([^)\\n]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]*)]\\(([^)\\n]*)\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(?:https?|ftp|mailto):[^>\\s]*>");
    private static final Pattern BARE_URL = Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>()\\[\\]]+");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>\\n]*)?/?>");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}(?:\\s+|$)");
    private static final Pattern QUOTE_OR_LIST = Pattern.compile("^\\s{0,3}(?:>\\s?)+|^\\s{0,3}(?:[-+*]|\\d{1,3}[.)])\\s+");
    private static final Pattern RULE = Pattern.compile("^\\s{0,3}(?:[-*_]\\s*){3,}$");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(?=[\\\\`*_{}\\[\\]()#+\\-.!])");

    private MarkdownMask() {
    }

    /** The line with markdown syntax replaced by spaces; same length as the input. */
    static String mask(String line) {
        char[] out = line.toCharArray();
        if (RULE.matcher(line).matches()) {
            return " ".repeat(line.length());
        }
        blank(out, IMAGE.matcher(line));
        Matcher link = LINK.matcher(line);
        while (link.find()) {
            out[link.start()] = ' ';
            for (int i = link.end(1); i < link.end(); i++) {
                out[i] = ' ';
            }
        }
        blank(out, AUTOLINK.matcher(line));
        blank(out, BARE_URL.matcher(line));
        blank(out, HTML_TAG.matcher(line));
        blank(out, HEADING.matcher(line));
        blank(out, QUOTE_OR_LIST.matcher(line));
        blank(out, EMPHASIS.matcher(line));
        blank(out, ESCAPE.matcher(line));
        return new String(out);
    }

    /** True when the line is markdown-only noise: nothing would be left after masking. */
    static boolean isBlankAfterMask(String line) {
        return mask(line).isBlank();
    }

    private static void blank(char[] out, Matcher m) {
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out[i] = ' ';
            }
        }
    }
}

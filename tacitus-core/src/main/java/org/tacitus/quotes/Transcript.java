package org.tacitus.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The turns of an interview or debate transcript printed in an article: paragraphs that open, after an optional
 * quotation mark, with a speaker's label in capitals and a colon ({@code WALLACE: Let's start…}, {@code "PENCE:
 * Well, look…}, {@code JAKE TAPPER: Why not debate?}). A turn's words are its speaker's, to the end of the paragraph.
 * The labels make a transcript only when there are at least two turns by at least two speakers, so that a lone
 * {@code UPDATE:} or {@code BREAKING:} is nobody's; labels that head notes rather than speech are never speakers.
 * Stateless.
 */
final class Transcript {

    /**
     * One turn: the label (without its colon) and the words after it, as character offsets of the text.
     *
     * @param label the speaker's label as printed, e.g. {@code PENCE}
     */
    record Turn(int labelStart, int labelEnd, String label, int start, int end) {
    }

    private static final Pattern TURN = Pattern.compile(
            "(?m)^[ \\t\\u00A0]*[\"“]?([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):[ \\t\\u00A0]+(?=\\S)");
    /** Labels that head notes, sections and links, not anyone's words. */
    private static final Set<String> NOT_SPEAKERS = Set.of("UPDATE", "UPDATED", "EMAIL", "BYLINE", "VIDEO", "PHOTO",
            "PHOTOS", "EXCLUSIVE", "BREAKING", "BREAKING NEWS", "WATCH", "LOOK", "BOOM", "BUSTED", "NOTE",
            "EDITOR'S NOTE", "EDITOR’S NOTE", "CORRECTION", "CLARIFICATION", "READ", "READ MORE", "RELATED", "SOURCE",
            "SOURCES", "CREDIT", "TWEET", "AUDIO", "LISTEN", "MORE", "ALSO", "PHOTOGRAPH", "DATELINE", "WARNING",
            "SPOILER", "POLL", "REPORT", "ANALYSIS", "OPINION", "COMMENTARY", "FACT CHECK", "TRANSCRIPT", "SUBSCRIBE",
            "CONTACT", "PS", "P.S.", "HUFFPOLLSTER");
    /** The fewest turns, and of distinct speakers, that make a transcript. */
    private static final int MIN_TURNS = 2;
    private static final int MIN_SPEAKERS = 2;

    private Transcript() {
    }

    /** The turns of the text's transcripts, in text order; none when the labels do not make a transcript. */
    static List<Turn> turns(String text) {
        List<Turn> out = new ArrayList<>();
        Set<String> speakers = new HashSet<>();
        Matcher m = TURN.matcher(text);
        while (m.find()) {
            String label = m.group(1);
            if (NOT_SPEAKERS.contains(label) || label.replaceAll("[^A-Z]", "").length() < 2) {
                continue;
            }
            int end = text.indexOf('\n', m.end());
            end = trimEnd(text, m.end(), end < 0 ? text.length() : end);
            if (end > m.end()) {
                out.add(new Turn(m.start(1), m.end(1), label, m.end(), end));
                speakers.add(label);
            }
        }
        return out.size() >= MIN_TURNS && speakers.size() >= MIN_SPEAKERS ? out : List.of();
    }

    /** Whether a person's name is the one a label stands for: the whole name or its last word, in any case. */
    static boolean names(String label, String name) {
        String l = label.toLowerCase(Locale.ROOT).replaceAll("[’']", "'");
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[’']", "'");
        if (l.equals(n)) {
            return true;
        }
        String[] words = n.split("\\s+");
        return words.length > 1 && words[words.length - 1].equals(l);
    }

    /** {@code to} moved back over trailing blanks (a closing quotation mark stays: the turn's words end with it). */
    private static int trimEnd(String text, int from, int to) {
        int j = to;
        while (j > from && Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        return j;
    }
}

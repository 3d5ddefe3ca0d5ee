package org.tacitus.quotes;

import java.util.regex.Pattern;

/**
 * Quoted words that name rather than say: titles of shows, books and laws ("Meet the Press"), slogans in title
 * case, names introduced as such ("the so-called", "known as the"), subheadings; and the shapes that make title-case
 * words speech all the same (a headline's "Name:", an utterance right after its cue). Stateless.
 */
final class NamesAndTitles {

    private static final Pattern TITLE_INTRODUCER = Pattern.compile(
            "(?i)\\b(?:so-called|called|dubbed|titled|entitled|named|known as|labell?ed|branded|slogan|hashtag|"
                    + "headline|nicknamed|term|phrase|word|program(?:me)?|show|book|film|series|newspaper)"
                    + "(?:\\s+(?:the|a|an))?\\W{0,3}$");
    /** What stands between a quotation and its cue when the speaker comes first: a few words, no punctuation. */
    private static final Pattern SPEAKER_BEFORE_CUE = Pattern.compile("\\s*(?:[\\p{L}.'’-]+\\s+){0,4}");
    /** The longest quotation a title introducer ("the show", "titled") can introduce; longer ones are words. */
    private static final int NAME_WORDS = 8;
    private NamesAndTitles() {
    }

    /**
     * A title ("Fox News Sunday") or a scare quote: title-case words that are neither said right after their cue
     * nor a sentence with words in lower case, or at most three words that no cue attributes and that make no
     * sentence.
     *
     * @param cue the attribution found for the quotation, or null
     */
    static boolean titleOrScareQuote(String text, QuoteMarks.Marked m, String inner, int words,
                                     SpeakerFinder.Attribution cue) {
        boolean sentence = wholeSentence(text, m, inner);
        return !spoken(text, cue, m) && (looksLikeTitle(inner) && !(sentence && inner.chars()
                .anyMatch(Character::isLowerCase)) || cue == null && words <= 3 && !sentence);
    }

    /**
     * Words in title case that are said all the same: a headline's attribution ({@code Sanders: ‘Of Course’ She Is
     * Qualified}), an utterance right after its cue ({@code yelled “You lie!”}, {@code chanted, “USA! USA!”}) or
     * one that opens its sentence and is closed by its own punctuation right before its speaker and cue
     * ({@code “Absolutely,” he said}, {@code “No,” replied Jeff Zucker}); a show named in passing is not
     * ({@code Sunday on CNN's “State of the Union,” Rubio said}).
     */
    private static boolean spoken(String text, SpeakerFinder.Attribution a, QuoteMarks.Marked m) {
        if (a == null) {
            return false;
        }
        if (text.startsWith(":", a.cueStart()) && a.cueStart() < m.start()) {
            return true;
        }
        String quoted = text.substring(m.start(), m.end()).replaceAll("[\\s\"“”'’`]+$", "");
        if (quoted.isEmpty() || ".!?,".indexOf(quoted.charAt(quoted.length() - 1)) < 0) {
            return false;
        }
        if (a.cueEnd() <= m.start()) {
            return text.substring(a.cueEnd(), m.start()).matches("[\\s,:]*");
        }
        return m.end() <= a.cueStart() && opensSentence(text, m)
                && SPEAKER_BEFORE_CUE.matcher(text.substring(m.end(), a.cueStart())).matches();
    }

    /** Whether only blanks stand between the quotation and the end of the sentence or paragraph before it. */
    private static boolean opensSentence(String text, QuoteMarks.Marked m) {
        int i = m.start() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i)))
                && text.charAt(i) != '\n') {
            i--; // blanks, the no-break space of web copy included
        }
        return i < 0 || ".?!\"”\n".indexOf(text.charAt(i)) >= 0;
    }

    /** A quotation that is a sentence of its own ("“I don't.”"), not a word or two inside one. */
    private static boolean wholeSentence(String text, QuoteMarks.Marked m, String inner) {
        String quoted = text.substring(m.start(), m.end()).replaceAll("[\\s\"“”'’`]+$", "");
        int i = m.start() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return !inner.isEmpty() && Character.isUpperCase(inner.charAt(0)) && !quoted.isEmpty()
                && ".?!".indexOf(quoted.charAt(quoted.length() - 1)) >= 0
                && (i < 0 || ".?!\"”".indexOf(text.charAt(i)) >= 0);
    }

    /** Whether the quotation is the whole of its paragraph, blanks and a final period aside. */
    static boolean aloneInParagraph(String text, QuoteMarks.Marked m) {
        int i = m.start() - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int j = m.end();
        while (j < text.length() && text.charAt(j) != '\n' && (Character.isWhitespace(text.charAt(j))
                || text.charAt(j) == '.')) {
            j++;
        }
        return (i < 0 || text.charAt(i) == '\n') && (j >= text.length() || text.charAt(j) == '\n');
    }

    /** Whether a name introducer stands right before the quotation, and it is short enough to be a name. */
    static boolean introducedAsName(String text, int quoteStart, int words) {
        if (words > NAME_WORDS) {
            return false;
        }
        int from = Math.max(0, quoteStart - 30);
        return TITLE_INTRODUCER.matcher(text.substring(from, quoteStart)).find();
    }

    /** A short run of capitalised words ("Make America Great Again"): a title or slogan when nobody says it. */
    static boolean looksLikeTitle(String inner) {
        String[] words = inner.split("\\s+");
        if (words.length > 6) {
            return false;
        }
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && w.length() > 3) {
                return false;
            }
        }
        return true;
    }
}

package org.tacitus.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tacitus.model.Sentence;
import org.tacitus.model.Token;

/**
 * Longest-match lookup of dictionary phrases over a sentence's tokens. A phrase matches where the text has the
 * same characters and the match starts and ends on token boundaries. Case: short all-capital phrases (acronyms:
 * "US", "UN", "NATO") match only in capitals; others match ignoring case, except that a capitalised word of the
 * phrase needs a capital in the text ("Moscow", not "moscow"). A leading "the" in a phrase is optional in text.
 * Immutable and thread-safe once built.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {

    /** A phrase found in the text: its span and what it stands for. */
    public record Match<T>(int start, int end, T value) {
    }

    private record Entry<T>(String phrase, T value) {
    }

    private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();
    private int size;

    public PhraseIndex(Collection<T> values, Function<T, String> phraseOf) {
        for (T v : values) {
            add(phraseOf.apply(v), v);
        }
        for (List<Entry<T>> list : byFirstWord.values()) {
            list.sort(Comparator.comparingInt((Entry<T> e) -> e.phrase().length()).reversed());
        }
    }

    private void add(String raw, T value) {
        String phrase = raw.strip();
        if (phrase.regionMatches(true, 0, "the ", 0, 4) && phrase.length() > 4) {
            phrase = phrase.substring(4);
        }
        byFirstWord.computeIfAbsent(firstWord(phrase).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                .add(new Entry<>(phrase, value));
        size++;
    }

    public int size() {
        return size;
    }

    /** Longest non-overlapping matches in a sentence, left to right, among values that pass {@code accept}. */
    public List<Match<T>> find(String text, Sentence sentence, Predicate<T> accept) {
        List<Match<T>> out = new ArrayList<>();
        List<Token> tokens = sentence.tokens();
        Map<Integer, Integer> tokenEnds = new HashMap<>();
        for (Token t : tokens) {
            tokenEnds.put(t.end(), t.index());
        }
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            Match<T> best = null;
            List<Entry<T>> candidates = byFirstWord.get(firstWord(t.text()).toLowerCase(Locale.ROOT));
            if (candidates != null) {
                for (Entry<T> e : candidates) {
                    int end = t.start() + e.phrase().length();
                    if (end <= text.length() && tokenEnds.containsKey(end) && matches(text, t.start(), e.phrase())
                            && accept.test(e.value())) {
                        best = new Match<>(t.start(), end, e.value());
                        break; // longest first
                    }
                }
            }
            if (best == null) {
                i++;
            } else {
                out.add(best);
                i = tokenEnds.get(best.end()) + 1;
            }
        }
        return out;
    }

    /** Every value whose phrase is exactly {@code phrase} (by the same case rules). */
    public List<T> lookup(String phrase, Predicate<T> accept) {
        List<T> out = new ArrayList<>();
        String p = phrase.strip();
        List<Entry<T>> candidates = byFirstWord.get(firstWord(p).toLowerCase(Locale.ROOT));
        if (candidates != null) {
            for (Entry<T> e : candidates) {
                if (e.phrase().length() == p.length() && matches(p, 0, e.phrase()) && accept.test(e.value())) {
                    out.add(e.value());
                }
            }
        }
        return out;
    }

    private static boolean matches(String text, int at, String phrase) {
        if (isAcronym(phrase)) {
            return text.startsWith(phrase, at);
        }
        if (!text.regionMatches(true, at, phrase, 0, phrase.length())) {
            return false;
        }
        boolean wordStart = true;
        for (int k = 0; k < phrase.length(); k++) {
            char p = phrase.charAt(k);
            if (wordStart && Character.isUpperCase(p) && !Character.isUpperCase(text.charAt(at + k))) {
                return false;
            }
            wordStart = !Character.isLetterOrDigit(p);
        }
        return true;
    }

    private static boolean isAcronym(String phrase) {
        if (phrase.length() > 6) {
            return false;
        }
        boolean letters = false;
        for (int k = 0; k < phrase.length(); k++) {
            char c = phrase.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    /**
     * The key a phrase is filed under and a token looked up by: up to the first space or hyphen, since the
     * tokenizer may split "al-Qaeda" into "al", "-", "Qaeda" or keep it whole.
     */
    private static String firstWord(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == ' ' || (c == '-' && k > 0)) {
                return s.substring(0, k);
            }
        }
        return s;
    }
}

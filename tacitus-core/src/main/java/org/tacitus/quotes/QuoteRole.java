package org.tacitus.quotes;

import java.util.ArrayList;
import java.util.List;
import org.tacitus.model.Sentence;
import org.tacitus.model.Token;
import org.tacitus.nlp.DependencyTree;

/**
 * What a quoted span is to the sentence around it: a statement of its own ({@code “We will win,” she said}), a
 * part of words that a verb reports ({@code said Moscow would take a “hard line”}: the reported clause carries it,
 * and is direct when it opens or closes with the quotation), or a phrase quoted in passing ({@code a “litmus test”
 * for Democrats}: glued to the word before it, in lower case, reported by no verb, and the sentence goes on after
 * it; one that closes its sentence, {@code the exit was “a great thing.”}, is kept: news writes the end of someone's
 * words that way). A statement that closes a
 * sentence attributed after it ({@code The aim was “to reassure our allies,” the official said}) takes the words
 * before it in: they are what the speaker is said to have said. Stateless.
 */
final class QuoteRole {

    enum Kind {
        STATEMENT,
        PART_OF_REPORTED,
        IN_PASSING
    }

    /**
     * @param kind  what the span is
     * @param start where a statement's content begins: the quotation's opening mark, the start of its sentence when
     *              the sentence is attributed after the quotation, or the first word after the colon of a headline
     *              attribution ({@code Sanders: ‘It Is Not A Radical Idea’ To Ask For A $15 Wage})
     * @param end   where it ends: the quotation's closing mark, or the end of the headline's sentence
     */
    record Verdict(Kind kind, int start, int end) {
    }

    private QuoteRole() {
    }

    /**
     * @param sentences   the sentences the span overlaps
     * @param attribution the cue found for the span in {@code cueSentence}, or null
     */
    static Verdict of(String text, List<Sentence> sentences, QuoteMarks.Marked m, List<QuoteMarks.Marked> marked,
                      String inner, Sentence cueSentence, DependencyTree cueTree,
                      SpeakerFinder.Attribution attribution, SentenceParses parses) {
        if (insideReportedWords(sentences, m, marked, parses)) {
            return new Verdict(Kind.PART_OF_REPORTED, m.start(), m.end());
        }
        if (attribution != null && text.startsWith(":", attribution.cueStart()) && cueSentence != null) {
            return headline(cueSentence, attribution, m);
        }
        int start = attribution == null ? -1 : attributedAfter(cueSentence, cueTree, attribution, m);
        if (start >= 0) {
            return new Verdict(Kind.STATEMENT, start, m.end());
        }
        if (!reported(sentences, m, parses) && gluedToAWord(text, m) && !inner.isEmpty()
                && Character.isLowerCase(inner.charAt(0)) && wordsAfter(sentences, m)) {
            return new Verdict(Kind.IN_PASSING, m.start(), m.end());
        }
        return new Verdict(Kind.STATEMENT, m.start(), m.end());
    }

    /** {@code Name: words “quotation” words}: the words after the colon, to the end of the sentence. */
    private static Verdict headline(Sentence s, SpeakerFinder.Attribution colon, QuoteMarks.Marked m) {
        Token first = null;
        Token last = null;
        for (Token t : s.tokens()) {
            if (t.start() > colon.cueStart()) {
                first = first == null ? t : first;
                if (isWord(t) || t.end() <= m.end()) {
                    last = t;
                }
            }
        }
        int start = first == null ? m.start() : Math.min(first.start(), m.start());
        int end = last == null ? m.end() : Math.max(last.end(), m.end());
        return new Verdict(Kind.STATEMENT, start, end);
    }

    /**
     * Some verb reports words that begin before the quotation, in the writer's words, and hold it all. Words that
     * begin inside another quotation are a parse of direct speech ({@code stated, “A,” adding, “B.”} parsed as one
     * clause from A to B), not reported words.
     */
    private static boolean insideReportedWords(List<Sentence> sentences, QuoteMarks.Marked m,
                                               List<QuoteMarks.Marked> marked, SentenceParses parses) {
        for (Sentence s : sentences) {
            int[] inside = wordsInside(s, m);
            if (inside == null) {
                continue;
            }
            for (ReportedSpeech.Clause c : parses.clauses(s)) {
                Token first = s.tokens().get(c.first());
                if (c.first() <= inside[0] && inside[1] <= c.last()
                        && !QuoteMarks.inside(marked, first.start(), first.end())) {
                    for (int i = c.first(); i < inside[0]; i++) {
                        if (isWord(s.tokens().get(i))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    /** Some verb reports words that overlap the quotation. */
    private static boolean reported(List<Sentence> sentences, QuoteMarks.Marked m, SentenceParses parses) {
        for (Sentence s : sentences) {
            int[] inside = wordsInside(s, m);
            if (inside == null) {
                continue;
            }
            for (ReportedSpeech.Clause c : parses.clauses(s)) {
                if (c.first() <= inside[1] && inside[0] <= c.last()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The start of the sentence when it closes with the quotation and its speaker and cue ({@code The aim was “to
     * reassure,” the official said}; {@code …,” said the official}), with words of its own before the quotation;
     * else -1.
     */
    private static int attributedAfter(Sentence s, DependencyTree tree, SpeakerFinder.Attribution a,
                                       QuoteMarks.Marked m) {
        if (s == null || a.cueStart() < m.end() || m.start() <= s.start() || a.speaker() < 0
                || s.tokens().get(a.speaker()).start() < m.end()) {
            return -1; // the speaker is named before the quotation, or in it
        }
        List<Token> tokens = s.tokens();
        int[] speaker = s.parsed() ? tree.subtree(a.speaker()) : new int[] {a.speaker(), a.speaker()};
        Token first = null;
        for (Token t : tokens) {
            if (t.end() <= m.start()) {
                if (first == null && isWord(t)) {
                    first = t;
                }
            } else if (t.start() >= m.end() && t.end() <= a.cueStart()) {
                boolean inSpeaker = speaker[0] <= t.index() && t.index() <= speaker[1];
                if (isWord(t) && !inSpeaker) {
                    return -1; // more words before the cue: the attribution is not the sentence's tail
                }
            } else if (t.start() < m.start() && t.end() > m.start()) {
                return -1; // the quotation opens inside a token: the tokeniser and the marks disagree
            }
        }
        return first == null ? -1 : first.start();
    }

    /** The sentence where the quotation closes has words after it. */
    private static boolean wordsAfter(List<Sentence> sentences, QuoteMarks.Marked m) {
        Sentence last = sentences.get(sentences.size() - 1);
        return last.tokens().stream().anyMatch(t -> t.start() >= m.end() && isWord(t));
    }

    /** The first and last word tokens of the sentence inside the quotation, or null. */
    private static int[] wordsInside(Sentence s, QuoteMarks.Marked m) {
        if (!s.parsed()) {
            return null;
        }
        List<Integer> inside = new ArrayList<>();
        for (Token t : s.tokens()) {
            if (t.start() >= m.start() && t.end() <= m.end() && isWord(t)) {
                inside.add(t.index());
            }
        }
        return inside.isEmpty() ? null : new int[] {inside.get(0), inside.get(inside.size() - 1)};
    }

    private static boolean gluedToAWord(String text, QuoteMarks.Marked m) {
        int i = m.start() - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && Character.isLetterOrDigit(text.charAt(i));
    }

    static boolean isWord(Token t) {
        return t.text().codePoints().anyMatch(Character::isLetterOrDigit);
    }
}

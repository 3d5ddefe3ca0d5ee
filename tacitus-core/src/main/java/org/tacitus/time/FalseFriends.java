package org.tacitus.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Sentence;
import org.tacitus.model.TimexType;
import org.tacitus.model.Token;

/**
 * Vetoes from the tokens and tags of the NLP layer on candidates the recognisers found: words that look like times
 * and are not ("May" the modal, "March" the verb or the procession, "Theresa May", "2,000 troops", "60 Minutes",
 * "today's world", "700 seats a week"). Stateless.
 */
final class FalseFriends {

    private static final Set<String> YEAR_INTRODUCERS = Set.of("the", "a", "in", "since", "by", "until", "of", "from",
            "to", "during", "before", "after", "'s", "early", "late", "mid", "fiscal", "through", "for", "and", "or",
            "between", "around", "about", "year", "summer", "winter", "spring", "fall", "autumn", ",");
    private static final Set<String> TITLE_WORDS = Set.of("week", "weekend", "minute", "minutes", "hour", "hours",
            "noon", "today", "tonight", "tomorrow", "yesterday", "now", "month", "year", "years", "days", "morning",
            "night", "evening", "afternoon");
    private static final Set<String> GENERIC_PRESENT = Set.of("world", "youth", "society", "generation",
            "children", "teenagers", "economy", "standards");
    private static final Set<String> ENTITY_NER = Set.of("PERSON", "ORGANIZATION");

    private FalseFriends() {
    }

    /** Vetoes from the tokens: modal "May", verb "March", names, quantities that look like years. */
    static boolean plausible(TimexCandidate c, AnalyzedText analyzed) {
        Sentence s = RuleBasedTimeTagger.sentenceOf(analyzed, c.start());
        if (s == null || c.end() > s.end()) {
            return s == null; // no sentence (untagged input): keep; crossing a sentence end: drop
        }
        List<Token> tokens = RuleBasedTimeTagger.tokensIn(s, c.start(), c.end());
        for (Token t : tokens) {
            boolean calendarWord = Lexicon.month(t.text()) > 0 && t.text().length() >= 3
                    && Character.isUpperCase(t.text().charAt(0)) || Lexicon.weekday(t.text()) > 0;
            if (t.pos() != null && calendarWord && (t.pos().equals("MD") || t.pos().startsWith("VB"))) {
                return false;
            }
            if (calendarWord && t.ner() != null && ENTITY_NER.contains(t.ner())) {
                return false;
            }
            if (t.text().equals("March") && (marchTheNoun(s, t) || marchOfAName(s, t))) {
                return false; // "the annual March for Life", "a March on Washington", "the March of Dimes"
            }
            if (Lexicon.month(t.text()) > 0 && t.index() > 0 && isSubjectLike(s.tokens().get(t.index() - 1))
                    && !followedByNumber(s, t)) {
                return false; // "veterans March to parliament"
            }
        }
        if (genericToday(s, tokens)) {
            return false; // "today's world", "today's youth": the present age, no day
        }
        if (titleCased(s, tokens)) {
            return false; // "60 Minutes", "This Week", "High Noon", "VOA Today": names of shows and films
        }
        if (c.meaning() instanceof Meaning.Literal l && l.type() == TimexType.DURATION && namesAnEvent(s, tokens)) {
            return false; // "the Six-Day War", "the Thirty Years War": a length in the name of a war
        }
        if (c.meaning() instanceof Meaning.CalendarDate d && d.month() == null && d.year() != null
                && tokens.size() == 1) {
            return plausibleYear(s, tokens.get(0));
        }
        if (c.meaning() instanceof Meaning.Literal l && l.type() == TimexType.SET && tokens.size() == 1
                && l.value().startsWith("P")) {
            int next = tokens.get(0).index() + 1;
            if (next < s.tokens().size() && s.tokens().get(next).pos() != null
                    && s.tokens().get(next).pos().startsWith("NN")) {
                return false; // "a quarterly dividend", "daily newspapers": adjectives, not times
            }
        }
        if (c.meaning() instanceof Meaning.Literal l && l.type() == TimexType.DURATION && tokens.size() == 2
                && tokens.get(0).text().matches("(?i)an?") && tokens.get(0).index() > 0) {
            int before = tokens.get(0).index() - 1;
            String previous = s.tokens().get(before).pos();
            if ("CD".equals(previous) || before > 0 && previous != null && previous.startsWith("NN")
                    && "CD".equals(s.tokens().get(before - 1).pos())) {
                return false; // "$2 million a year", "700 seats a week", "four flights a week": a rate, not a duration
            }
        }
        if (c.meaning() instanceof Meaning.Literal l && l.type() == TimexType.DURATION && l.value().equals("PT1S")) {
            return false; // "a second round"
        }
        return true;
    }

    /**
     * A common time word written with a capital inside a sentence is part of a title, not a time. The first
     * word of the sentence or of a quotation may be capitalised; months, weekdays and holidays always are.
     */
    private static boolean titleCased(Sentence s, List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.text();
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int first = s.tokens().get(0).index();
            if (t.index() == first) {
                continue;
            }
            String previous = s.tokens().get(t.index() - 1).text();
            if (t == tokens.get(0) && (previous.equals("``") || previous.equals("\"") || previous.equals("'")
                    || previous.equals(":") || previous.equals("--") || previous.equals("(") || previous.equals("-LRB-"))) {
                continue;
            }
            return true;
        }
        return false;
    }

    /** A length written in capitals, each word, before a capitalised proper noun: part of a name. */
    private static boolean namesAnEvent(Sentence s, List<Token> tokens) {
        for (Token t : tokens) {
            if (!t.text().isEmpty() && Character.isLowerCase(t.text().charAt(0))) {
                return false;
            }
        }
        int next = tokens.get(tokens.size() - 1).index() + 1;
        if (next < s.tokens().size() && s.tokens().get(next).text().equals("'")) {
            next++; // "the Hundred Years' War"
        }
        return next < s.tokens().size() && s.tokens().get(next).pos() != null
                && s.tokens().get(next).pos().startsWith("NN")
                && Character.isUpperCase(s.tokens().get(next).text().charAt(0));
    }

    /** "today's" before a noun for an age or a society rather than an event or an edition. */
    private static boolean genericToday(Sentence s, List<Token> tokens) {
        Token last = tokens.get(tokens.size() - 1);
        if (!tokens.get(0).text().equalsIgnoreCase("today")) {
            return false;
        }
        int next = last.index() + 1;
        if (!last.text().endsWith("'s") && (next >= s.tokens().size() || !s.tokens().get(next).text().equals("'s"))) {
            return false;
        }
        int noun = last.text().endsWith("'s") ? next : next + 1;
        return noun < s.tokens().size()
                && GENERIC_PRESENT.contains(s.tokens().get(noun).text().toLowerCase(Locale.ROOT));
    }

    /** "March" after a determiner or adjective and before of/for/on/to/against/through is a procession. */
    private static boolean marchTheNoun(Sentence s, Token t) {
        int i = t.index();
        if (i == 0 || i + 1 >= s.tokens().size()) {
            return false;
        }
        String before = s.tokens().get(i - 1).pos();
        String after = s.tokens().get(i + 1).text().toLowerCase(Locale.ROOT);
        return before != null && (before.equals("DT") || before.startsWith("JJ") || before.equals("PRP$"))
                && Set.of("of", "for", "on", "to", "against", "through").contains(after);
    }

    /**
     * "March of Dimes", "the March of the Combatant Mothers": a name, where the month goes on in lower case ("March
     * of the following year") or with a number ("March of 1998").
     */
    private static boolean marchOfAName(Sentence s, Token t) {
        int i = t.index();
        if (i + 2 >= s.tokens().size() || !s.tokens().get(i + 1).text().equals("of")) {
            return false;
        }
        Token next = s.tokens().get(i + 2);
        if (next.text().equalsIgnoreCase("the") && i + 3 < s.tokens().size()) {
            next = s.tokens().get(i + 3);
        }
        return !next.text().isEmpty() && Character.isUpperCase(next.text().charAt(0)) && !"CD".equals(next.pos());
    }

    private static boolean isSubjectLike(Token previous) {
        String pos = previous.pos();
        return pos != null && (pos.equals("NNS") || pos.equals("NNPS") || pos.equals("PRP"))
                && !previous.text().equalsIgnoreCase("it");
    }

    private static boolean followedByNumber(Sentence s, Token t) {
        int next = t.index() + 1;
        return next < s.tokens().size() && "CD".equals(s.tokens().get(next).pos());
    }

    private static boolean plausibleYear(Sentence s, Token year) {
        int i = year.index();
        Token next = i + 1 < s.tokens().size() ? s.tokens().get(i + 1) : null;
        Token previous = i > 0 ? s.tokens().get(i - 1) : null;
        if (next != null && "NNS".equals(next.pos())) {
            return previous != null && YEAR_INTRODUCERS.contains(previous.text().toLowerCase(Locale.ROOT));
        }
        if (previous != null && (previous.text().equals("$") || previous.text().equalsIgnoreCase("No.")
                || previous.text().equalsIgnoreCase("number"))) {
            return false;
        }
        return true;
    }
}

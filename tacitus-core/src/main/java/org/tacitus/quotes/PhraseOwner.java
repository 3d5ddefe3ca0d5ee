package org.tacitus.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Sentence;
import org.tacitus.model.Token;
import org.tacitus.nlp.DependencyTree;

/**
 * Whose words a quoted phrase is when no speech cue attributes it. Two conventions of news English give it an
 * owner:
 * <ul>
 *   <li>a verb that puts the phrase in someone's mouth by what it does with it: {@code Ortiz branded the plan
 *   “reckless”}, {@code likened the deal to “a surrender”}, {@code blasted the board for being “asleep at the
 *   wheel”}, {@code the court ruled the claim “baseless”}. The first verb above the phrase in the parse decides: the
 *   phrase is its subject's when the verb is one of these, and nobody's otherwise ({@code the group's “listening
 *   tour” began in May});</li>
 *   <li>a headline in title case quotes its subject: {@code Senators Slam Airline Chief As ‘Out Of Touch’},
 *   {@code Teachers March To ‘Save Our Libraries’}, unless the quotation names a work or a nickname right after a
 *   name or a possessive ({@code Lee’s ‘Night Train’ Tops Charts}, {@code Mayor ‘The Fixer’ Resigns}).</li>
 * </ul>
 * Stateless.
 */
final class PhraseOwner {

    /** Verbs whose subject is the author of the quoted phrase they govern. */
    static final Set<String> OWNING = Set.of("call", "label", "brand", "term", "describe", "characterize",
            "characterise", "liken", "compare", "blast", "slam", "decry", "denounce", "condemn", "criticize",
            "criticise", "attack", "mock", "deride", "dismiss", "ridicule", "praise", "hail", "tout", "laud",
            "promise", "pledge", "vow", "proclaim", "declare", "urge", "exhort", "implore", "rule", "rate", "type",
            "write", "tweet", "post", "reference", "cite", "invoke", "chant", "shout", "yell", "warn", "predict",
            "insist", "decree", "lambast", "lambaste", "castigate", "excoriate", "scold", "rebuke");

    private PhraseOwner() {
    }

    /** The owner of the phrase as an attribution (the owning verb its cue), or empty. */
    static Optional<SpeakerFinder.Found> of(AnalyzedText analyzed, List<Sentence> overlapping, QuoteMarks.Marked m,
                                            SentenceParses parses) {
        Sentence s = overlapping.get(0);
        if (!s.parsed() || overlapping.size() > 1) {
            return Optional.empty();
        }
        DependencyTree tree = parses.tree(s);
        int inside = firstWordInside(s, m);
        if (inside < 0) {
            return Optional.empty();
        }
        if (headline(analyzed, s)) {
            int verb = rootVerb(s, tree, m);
            int subject = verb < 0 ? -1 : ReportedSpeech.subject(s, tree, verb);
            if (subject >= 0 && outside(s.tokens().get(subject), m) && !namesAWork(s, tree, m, subject)) {
                return Optional.of(found(s, tree, verb, subject));
            }
        }
        int head = headInside(s, tree, m, inside);
        for (int g = tree.governor(head), steps = 0; g >= 0 && steps < 4; g = tree.governor(g), steps++) {
            Token t = s.tokens().get(g);
            if (t.pos() == null || !t.pos().startsWith("VB")) {
                continue;
            }
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            String rel = tree.relation(g);
            boolean ownSubject = tree.child(g, "nsubj") >= 0;
            if (!OWNING.contains(lemma) || rel != null && rel.startsWith("acl") && !ownSubject) {
                return Optional.empty(); // the nearest verb is someone else's ("a show called “…”" names a title)
            }
            int subject = ReportedSpeech.subject(s, tree, g);
            return subject >= 0 && outside(s.tokens().get(subject), m)
                    ? Optional.of(found(s, tree, g, subject)) : Optional.empty();
        }
        return Optional.empty();
    }

    private static SpeakerFinder.Found found(Sentence s, DependencyTree tree, int verb, int subject) {
        Token cue = s.tokens().get(verb);
        return new SpeakerFinder.Found(s, tree, new SpeakerFinder.Attribution(cue.start(), cue.end(), subject));
    }

    /**
     * A headline: the article's first sentence, in title case (most words of four letters or more capitalised),
     * with no sentence before it in its paragraph.
     */
    static boolean headline(AnalyzedText analyzed, Sentence s) {
        if (analyzed.sentences().isEmpty() || analyzed.sentences().get(0) != s) {
            return false;
        }
        int long_ = 0;
        int capitalised = 0;
        for (Token t : s.tokens()) {
            String w = t.text();
            if (w.length() >= 4 && Character.isLetter(w.charAt(0))) {
                long_++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return long_ >= 2 && capitalised * 4 >= long_ * 3;
    }

    /**
     * The root of the parse when it is a verb outside the quotation (title case can make the tagger call it a proper
     * noun: none then).
     */
    private static int rootVerb(Sentence s, DependencyTree tree, QuoteMarks.Marked m) {
        for (Token t : s.tokens()) {
            if (tree.governor(t.index()) < 0 && t.pos() != null && t.pos().startsWith("VB") && outside(t, m)) {
                return t.index();
            }
        }
        return -1;
    }

    /**
     * The quotation follows a possessive or the subject itself: a work's title or a nickname ("Lee’s ‘Night
     * Train’ Tops Charts", "Mayor ‘The Fixer’ Resigns"). In title case every word looks like a name, so the parse
     * decides, not the tags.
     */
    private static boolean namesAWork(Sentence s, DependencyTree tree, QuoteMarks.Marked m, int subject) {
        Token before = null;
        for (Token t : s.tokens()) {
            if (t.end() <= m.start()) {
                before = t;
            }
        }
        if (before == null) {
            return true;
        }
        int[] subjectWords = tree.subtree(subject);
        return "POS".equals(before.pos()) || before.text().endsWith("’s") || before.text().endsWith("'s")
                || subjectWords[0] <= before.index() && before.index() <= subjectWords[1];
    }

    private static int firstWordInside(Sentence s, QuoteMarks.Marked m) {
        for (Token t : s.tokens()) {
            if (t.start() >= m.start() && t.end() <= m.end() && QuoteRole.isWord(t)) {
                return t.index();
            }
        }
        return -1;
    }

    /** The word inside the quotation whose governor lies outside it (the phrase's head), else the first word. */
    private static int headInside(Sentence s, DependencyTree tree, QuoteMarks.Marked m, int first) {
        for (Token t : s.tokens()) {
            if (t.start() >= m.start() && t.end() <= m.end() && QuoteRole.isWord(t)) {
                int g = tree.governor(t.index());
                if (g < 0 || outside(s.tokens().get(g), m)) {
                    return t.index();
                }
            }
        }
        return first;
    }

    private static boolean outside(Token t, QuoteMarks.Marked m) {
        return t.end() <= m.start() || t.start() >= m.end();
    }
}

package org.tacitus.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Sentence;
import org.tacitus.model.Token;
import org.tacitus.nlp.DependencyTree;

/**
 * Finds the cue of an attribution in a sentence ("said", "told reporters", "according to") and its speaker: the
 * subject of the cue verb, in either order ({@code X said, "…"}, {@code "…," X said}, {@code "…," said X}), or the
 * object of "according to". Words inside the quotation itself are never cues. Stateless.
 */
final class SpeakerFinder {

    /** A cue token (and its extent) and the head token of its speaker (-1 when the cue has no subject). */
    record Attribution(int cueStart, int cueEnd, int speaker) {
    }

    static final Set<String> SPEECH = Set.of("say", "tell", "add", "warn", "write", "insist", "state", "declare",
            "note", "explain", "argue", "claim", "ask", "reply", "respond", "announce", "continue", "conclude",
            "stress", "emphasize", "emphasise", "acknowledge", "admit", "deny", "remark", "suggest", "tweet", "post",
            "report", "predict", "vow", "pledge", "promise", "urge", "complain", "caution", "recall", "confirm",
            "reiterate", "assert", "contend", "maintain", "observe", "comment", "quip", "testify", "accuse",
            "allege", "concede", "counter", "boast", "demand", "threaten", "charge", "describe", "believe", "think",
            "hope", "fear", "estimate", "indicate", "signal", "answer", "retort", "exclaim", "shout", "yell", "scream",
            "chant", "joke", "agree", "recount", "interject", "muse", "whisper", "plead", "lament", "cry", "wonder",
            "bark", "snap", "scoff", "mutter", "grumble", "gush", "marvel", "sigh", "concur", "tease", "chide",
            "scold", "read");

    /** Verbs that are cues with their particle: "fired back", "went on", "pointed out", "chimed in". */
    static final Map<String, String> PHRASAL = Map.of("fire", "back", "shoot", "back", "hit", "back", "go", "on",
            "point", "out", "chime", "in", "weigh", "in", "cut", "in", "pipe", "up", "write", "back");

    /**
     * How much farther a participle cue after a quotation counts ("…,” adding, “…”"): it introduces the words that
     * follow it, so any cue before the quotation is taken first.
     */
    private static final int AFTERTHOUGHT = 10_000;

    private SpeakerFinder() {
    }

    /** An attribution with the sentence where its cue stands. */
    record Found(Sentence sentence, DependencyTree tree, Attribution attribution) {
    }

    /**
     * The attribution of a quotation: in the sentences it overlaps, the last first ({@link #find}); else in the
     * sentence before, when that one ends with a colon; else in the sentence after, when the splitter cut it off.
     */
    static Optional<Found> around(AnalyzedText analyzed, List<Sentence> overlapping, String text,
                                  QuoteMarks.Marked m, List<QuoteMarks.Marked> marked, SentenceParses parses) {
        Optional<Found> signed = signedWithDash(analyzed, text, m, parses);
        if (signed.isPresent()) {
            return signed;
        }
        for (int k = overlapping.size() - 1; k >= 0; k--) {
            Sentence s = overlapping.get(k);
            DependencyTree tree = parses.tree(s);
            Optional<Attribution> a = find(s, tree, m.start(), m.end(), marked);
            if (a.isPresent()) {
                return Optional.of(new Found(s, tree, a.get()));
            }
        }
        Optional<Found> colon = afterColon(overlapping.get(0), m, marked, parses);
        if (colon.isPresent()) {
            return colon;
        }
        Optional<Found> before = introducedByColon(analyzed, overlapping.get(0), m, marked, parses);
        return before.isPresent() ? before
                : attributedInNextSentence(analyzed, overlapping.get(overlapping.size() - 1), text, m, marked,
                        parses);
    }

    /**
     * {@code “We need a change.” ― Ana Ruiz}: a quotation signed with a dash (or a hyphen, or two: {@code "…" -Ana
     * Ruiz}) and a name right after it, as pull quotes, epigraphs and round-ups of readers' voices have it. The dash is the cue, the name's last word the
     * speaker's head.
     */
    private static Optional<Found> signedWithDash(AnalyzedText analyzed, String text, QuoteMarks.Marked m,
                                                  SentenceParses parses) {
        int i = m.end();
        while (i < text.length() && Character.isSpaceChar(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || "―—–-".indexOf(text.charAt(i)) < 0) {
            return Optional.empty();
        }
        while (i + 1 < text.length() && text.charAt(i + 1) == '-') {
            i++; // "--", a dash typed as two hyphens
        }
        int dash = i;
        i++;
        while (i < text.length() && Character.isSpaceChar(text.charAt(i))) {
            i++;
        }
        for (Sentence s : analyzed.sentences()) {
            if (s.end() <= i || s.start() > i) {
                continue;
            }
            List<Token> tokens = s.tokens();
            int first = -1;
            for (Token t : tokens) {
                if (t.start() == i) {
                    first = t.index();
                }
            }
            if (first < 0 || !Character.isUpperCase(tokens.get(first).text().charAt(0))) {
                return Optional.empty();
            }
            int last = first;
            while (last + 1 < tokens.size() && last + 1 < first + 5 && QuoteRole.isWord(tokens.get(last + 1))
                    && Character.isUpperCase(tokens.get(last + 1).text().charAt(0))) {
                last++;
            }
            return Optional.of(new Found(s, parses.tree(s), new Attribution(dash, dash + 1, last)));
        }
        return Optional.empty();
    }

    /** A quotation after a sentence that ends "…, he said:" is what that sentence introduces. */
    private static Optional<Found> introducedByColon(AnalyzedText analyzed, Sentence first, QuoteMarks.Marked m,
                                                     List<QuoteMarks.Marked> marked, SentenceParses parses) {
        int k = analyzed.sentences().indexOf(first);
        if (k <= 0 || first.tokens().isEmpty() || first.tokens().get(0).start() < m.start()) {
            return Optional.empty(); // the quotation does not open its sentence
        }
        Sentence before = analyzed.sentences().get(k - 1);
        List<Token> tokens = before.tokens();
        if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).text().equals(":")) {
            return Optional.empty();
        }
        DependencyTree tree = parses.tree(before);
        Optional<Attribution> a = find(before, tree, m.start(), m.end(), marked);
        if (a.isEmpty()) {
            a = colonOfClause(before, tree, tokens.size() - 1, marked); // "…rolling out a new message:" ¶ "…"
        }
        return a.map(x -> new Found(before, tree, x));
    }

    /**
     * {@code Obama is rolling out a new message: “It's about me.”}: a quotation right after a colon, with no cue
     * verb in its sentence, is what the subject of the clause before the colon put out; the colon is the cue.
     */
    private static Optional<Found> afterColon(Sentence s, QuoteMarks.Marked m, List<QuoteMarks.Marked> marked,
                                              SentenceParses parses) {
        int colon = -1;
        for (Token t : s.tokens()) {
            if (t.end() <= m.start()) {
                colon = t.text().equals(":") ? t.index() : QuoteRole.isWord(t) ? -1 : colon;
            }
        }
        DependencyTree tree = parses.tree(s);
        Optional<Attribution> clause = colon < 0 ? Optional.empty() : colonOfClause(s, tree, colon, marked);
        return clause.or(() -> headlineSubject(s, m)).map(a -> new Found(s, tree, a));
    }

    /**
     * {@code Warren Hammers Bank Chief: ‘You Should Be Investigated.’}, {@code Obama on Climate: The Trends Are
     * ‘Terrifying.’}: in a headline in title case, a quotation after a colon is what the person or body that opens
     * the headline said. The colon is the cue, the last word of the opening name the speaker's head.
     */
    private static Optional<Attribution> headlineSubject(Sentence s, QuoteMarks.Marked m) {
        List<Token> tokens = s.tokens();
        int colon = -1;
        for (Token t : tokens) {
            if (t.end() <= m.start() && t.text().equals(":")) {
                colon = t.index();
            }
        }
        if (colon < 1 || tokens.get(0).ner() == null || "O".equals(tokens.get(0).ner())) {
            return Optional.empty();
        }
        for (int i = 0; i < colon; i++) {
            String w = tokens.get(i).text();
            if (w.length() > 3 && Character.isLowerCase(w.charAt(0))) {
                return Optional.empty(); // not a headline in title case
            }
        }
        String kind = tokens.get(0).ner();
        int last = 0;
        // a headline's title case runs the name on into its verb ("Warren Hammers Bank…", tagged a plural name)
        while (last + 1 < colon && last < 2 && kind.equals(tokens.get(last + 1).ner())
                && !"NNPS".equals(tokens.get(last + 1).pos())) {
            last++;
        }
        if (!Character.isUpperCase(tokens.get(0).text().charAt(0))) {
            return Optional.empty();
        }
        Token c = tokens.get(colon);
        return Optional.of(new Attribution(c.start(), c.end(), last));
    }

    /** The colon at {@code colon} as a cue, with the subject of the main verb before it as the speaker. */
    private static Optional<Attribution> colonOfClause(Sentence s, DependencyTree tree, int colon,
                                                       List<QuoteMarks.Marked> marked) {
        if (!s.parsed()) {
            return Optional.empty();
        }
        List<Token> tokens = s.tokens();
        for (int i = 0; i < colon; i++) {
            if ("root".equals(tree.relation(i)) && tokens.get(i).pos() != null
                    && tokens.get(i).pos().startsWith("VB")) {
                int subject = outside(tokens, ReportedSpeech.subject(s, tree, i), marked);
                if (subject >= 0 && subject < colon) {
                    Token c = tokens.get(colon);
                    return Optional.of(new Attribution(c.start(), c.end(), subject));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code “Who wants to live at home at 29?” she said.}: the sentence splitter ends a sentence at a question or
     * exclamation mark inside a quotation, so the speaker and cue that follow stand in a sentence of their own,
     * opening it.
     */
    private static Optional<Found> attributedInNextSentence(AnalyzedText analyzed, Sentence last, String text,
                                                            QuoteMarks.Marked m, List<QuoteMarks.Marked> marked,
                                                            SentenceParses parses) {
        String inside = text.substring(m.start(), m.end()).replaceAll("[\\s\"“”'’`]+$", "");
        int k = analyzed.sentences().indexOf(last);
        if (inside.isEmpty() || "?!,".indexOf(inside.charAt(inside.length() - 1)) < 0 || k < 0
                || k + 1 >= analyzed.sentences().size()) {
            return Optional.empty();
        }
        Sentence next = analyzed.sentences().get(k + 1);
        if (next.tokens().isEmpty() || !text.substring(m.end(), next.tokens().get(0).start()).isBlank()) {
            return Optional.empty();
        }
        DependencyTree tree = parses.tree(next);
        Optional<Attribution> a = find(next, tree, m.start(), m.end(), marked);
        if (a.isEmpty() || a.get().speaker() < 0
                || a.get().cueStart() > next.tokens().get(Math.min(3, next.tokens().size() - 1)).start()) {
            return Optional.empty(); // the next sentence does not open with the attribution
        }
        return Optional.of(new Found(next, tree, a.get()));
    }

    /**
     * The attribution nearest to the quote in {@code s}. Tokens inside a quotation ({@code quoted}: the document's
     * quoted spans) are never cues nor speakers: a parse that makes the quoted words the subject of "added" in
     * {@code “Supporters of other candidates,” Blackwell added, “have focused on ads.”} is set aside for the name
     * next to the cue. Without a verb, a name and a colon before the quotation attribute it ({@code Stone: “…”}).
     */
    static Optional<Attribution> find(Sentence s, DependencyTree tree, int quoteStart, int quoteEnd,
                                      List<QuoteMarks.Marked> quoted) {
        List<Token> tokens = s.tokens();
        Attribution best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Token t : tokens) {
            if (t.start() >= quoteStart && t.end() <= quoteEnd || QuoteMarks.inside(quoted, t.start(), t.end())) {
                continue;
            }
            Attribution a = null;
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            if (t.text().equalsIgnoreCase("according") && t.index() + 1 < tokens.size()
                    && tokens.get(t.index() + 1).text().equalsIgnoreCase("to")) {
                int speaker = s.parsed() ? tree.governor(t.index()) : t.index() + 2 < tokens.size() ? t.index() + 2 : -1;
                a = new Attribution(t.start(), tokens.get(t.index() + 1).end(), outside(tokens, speaker, quoted));
            } else if (t.pos() != null && t.pos().startsWith("VB") && (SPEECH.contains(lemma)
                    || PHRASAL.containsKey(lemma) && t.index() + 1 < tokens.size()
                    && tokens.get(t.index() + 1).text().equalsIgnoreCase(PHRASAL.get(lemma))
                    || lemma.equals("put") && t.index() + 1 < tokens.size()
                    && tokens.get(t.index() + 1).text().equalsIgnoreCase("it"))) { // "as Vulture put it, “…”"
                a = new Attribution(t.start(), t.end(),
                        speakerOf(s, tree, t.index(), t.start() >= quoteEnd ? quoteEnd : -1, quoted));
            }
            if (a != null) {
                int distance = t.end() <= quoteStart ? quoteStart - t.end() : t.start() - quoteEnd;
                if ("VBG".equals(t.pos()) && t.start() >= quoteEnd) {
                    distance += AFTERTHOUGHT; // "stated, “A,” adding, “B.”": "adding" introduces B, not A
                }
                if (distance < bestDistance) {
                    best = a;
                    bestDistance = distance;
                }
            }
        }
        Optional<Attribution> colon = namedBeforeColon(s, quoteStart);
        if (colon.isPresent() && (best == null || best.speaker() < 0 || best.cueStart() >= quoteEnd)) {
            return colon; // "Okafor: ‘It Is Not A Radical Idea’ To Ask For…": the name before the colon said it
        }
        return Optional.ofNullable(best);
    }

    /**
     * The speaker of a cue verb: its subject, else, after the quotation, the name right after it ("…,” said Pamela
     * Padilla).
     */
    private static int speakerOf(Sentence s, DependencyTree tree, int verb, int quoteEnd,
                                 List<QuoteMarks.Marked> quoted) {
        boolean afterQuote = quoteEnd >= 0;
        List<Token> tokens = s.tokens();
        int parsed = s.parsed() ? ReportedSpeech.subject(s, tree, verb) : -1;
        int subject = outside(tokens, parsed, quoted);
        if (subject < 0) {
            // the parse took quoted words ("…,” Blackwell added), or found no subject ("…,” Devine declared", with
            // "Devine" tagged an adjective)
            subject = adjacentNounBefore(tokens, verb, quoted);
        }
        if (subject < 0 && s.parsed() && "VBG".equals(tokens.get(verb).pos())) {
            subject = linkedSpeaker(s, tree, verb, quoted); // "“…,” she said, adding, “…”", the parse's root "adding"
        }
        if (subject < 0 && s.parsed()) {
            int object = tree.child(verb, "obj"); // "…,” said Okafor, parsed as an object
            String pos = object > verb ? tokens.get(object).pos() : null;
            subject = pos != null && pos.startsWith("NNP") ? outside(tokens, object, quoted) : -1;
        }
        if (subject < 0 && afterQuote) { // "…,” Flynn, a top surrogate, said", the parse's subject in the quotation
            subject = outside(tokens, nameBetween(tokens, quoteEnd, verb), quoted);
        }
        if (subject < 0 && (afterQuote || verb == 0 || !s.parsed())) { // "Continued Stone: “…”"
            subject = outside(tokens, properNounAfter(tokens, verb), quoted);
        }
        if (subject < 0 && !s.parsed()) {
            subject = outside(tokens, nearestNounBefore(tokens, verb), quoted);
        }
        return subject;
    }

    /**
     * The speaker of a participle cue without a subject ("adding", "saying") taken from a speech verb that has a
     * subject outside quotations: one next to it in the parse (its governor or a dependent), else the nearest
     * before it in the sentence ("the senator stated, “…,” adding, “…”"); or -1.
     */
    private static int linkedSpeaker(Sentence s, DependencyTree tree, int verb, List<QuoteMarks.Marked> quoted) {
        List<Token> tokens = s.tokens();
        List<Integer> near = new java.util.ArrayList<>(tree.children(verb));
        near.add(tree.governor(verb));
        for (int k = verb - 1; k >= 0; k--) {
            near.add(k);
        }
        for (int k : near) {
            if (k < 0 || k == verb) {
                continue;
            }
            Token t = tokens.get(k);
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            if (t.pos() != null && t.pos().startsWith("VB") && SPEECH.contains(lemma)
                    && !QuoteMarks.inside(quoted, t.start(), t.end())) {
                int subject = outside(tokens, tree.child(k, "nsubj"), quoted);
                if (subject >= 0) {
                    return subject;
                }
            }
        }
        return -1;
    }

    /** The token index, or -1 when it is -1 or lies inside a quotation. */
    private static int outside(List<Token> tokens, int i, List<QuoteMarks.Marked> quoted) {
        return i < 0 || QuoteMarks.inside(quoted, tokens.get(i).start(), tokens.get(i).end()) ? -1 : i;
    }

    /**
     * {@code Stone: “…”}, {@code Sidney Blumenthal: ‘No Idea’ If I…}: a sentence that opens with capitalised words
     * and a colon, and has the quotation after the colon; the colon is the cue, the last word before it the
     * speaker's head.
     */
    private static Optional<Attribution> namedBeforeColon(Sentence s, int quoteStart) {
        List<Token> tokens = s.tokens();
        int colon = -1;
        for (Token t : tokens) {
            if (t.end() > quoteStart) {
                break;
            }
            colon = t.text().equals(":") ? t.index() : colon;
        }
        if (colon < 1 || colon > 5) {
            return Optional.empty();
        }
        for (int i = 0; i < colon; i++) {
            Token t = tokens.get(i);
            String w = t.text();
            if (QuoteRole.isWord(t) && !Character.isUpperCase(w.charAt(0)) && !w.equals("and")) {
                return Optional.empty(); // "Frank Newport and Jim Harter:", "- Philip Bump:"
            }
        }
        Token c = tokens.get(colon);
        return Optional.of(new Attribution(c.start(), c.end(), colon - 1));
    }

    /** The last word of the name that opens the words between a quotation's end and its cue, or -1. */
    private static int nameBetween(List<Token> tokens, int quoteEnd, int verb) {
        for (int i = 0; i < verb; i++) {
            Token t = tokens.get(i);
            if (t.start() < quoteEnd || !QuoteRole.isWord(t)) {
                continue;
            }
            if (!"NNP".equals(t.pos()) && !"PRP".equals(t.pos())) {
                return -1;
            }
            int last = i;
            while (last + 1 < verb && "NNP".equals(tokens.get(last + 1).pos())) {
                last++;
            }
            return last;
        }
        return -1;
    }

    private static int properNounAfter(List<Token> tokens, int verb) {
        for (int i = verb + 1; i < tokens.size() && i <= verb + 4; i++) {
            if ("DATE".equals(tokens.get(i).ner()) || "TIME".equals(tokens.get(i).ner())) {
                return -1; // "…,” Flynn, a surrogate, said Thursday": a date is nobody
            }
            String pos = tokens.get(i).pos();
            if (pos != null && (pos.startsWith("NNP") || pos.equals("PRP")) || capitalised(tokens.get(i))) {
                int last = i;
                while (last + 1 < tokens.size() && "NNP".equals(tokens.get(last + 1).pos())) {
                    last++;
                }
                return last;
            }
        }
        return -1;
    }

    /** A noun or pronoun right before the verb, outside quotations, with no punctuation between: "Blackwell added". */
    private static int adjacentNounBefore(List<Token> tokens, int verb, List<QuoteMarks.Marked> quoted) {
        for (int i = verb - 1; i >= 0 && i >= verb - 3; i--) {
            Token t = tokens.get(i);
            String pos = t.pos();
            if (!QuoteRole.isWord(t) || QuoteMarks.inside(quoted, t.start(), t.end())) {
                return -1;
            }
            if (pos != null && (pos.startsWith("NN") || pos.equals("PRP")) || capitalised(t)) {
                return i;
            }
        }
        return -1;
    }

    /** A word that starts with a capital letter, not the first of its sentence: a name whatever its tag. */
    private static boolean capitalised(Token t) {
        return t.index() > 0 && !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }

    private static int nearestNounBefore(List<Token> tokens, int verb) {
        for (int i = verb - 1; i >= 0 && i >= verb - 4; i--) {
            String pos = tokens.get(i).pos();
            if (pos != null && (pos.startsWith("NN") || pos.equals("PRP"))) {
                return i;
            }
        }
        return -1;
    }
}

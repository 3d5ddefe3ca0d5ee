package org.tacitus.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tacitus.model.Sentence;
import org.tacitus.model.Token;
import org.tacitus.nlp.DependencyTree;

/**
 * Reported speech in one parsed sentence: a reporting verb ("said", "told", "adding"), its speaker and the words it
 * reports. The words are the verb's clausal complement ("said (that) the talks would resume"), or, for a verb that
 * names what something is, the object with its predicate ("called the plan “a disaster”", "described the field as
 * “all very good”"). The speaker is the verb's subject, or, for a participle or an infinitive without one, the
 * subject of the clause it hangs from ("Lavrov spoke for an hour, adding that…"); a relative pronoun stands for its
 * antecedent ("Clinton, who said…"). Stateless.
 */
final class ReportedSpeech {

    /**
     * One reporting verb and what it reports, as token indices of the sentence.
     *
     * @param cue     the reporting verb
     * @param subject the head of its speaker, or -1
     * @param first   the first token of the reported words
     * @param last    the last token of the reported words
     */
    record Clause(int cue, int subject, int first, int last) {
    }

    static final Set<String> REPORTING = Set.of("say", "tell", "add", "warn", "insist", "state", "declare",
            "note", "explain", "argue", "claim", "announce", "stress", "acknowledge", "admit", "deny", "suggest",
            "report", "predict", "confirm", "assert", "contend", "maintain", "believe", "think", "write", "allege",
            "concede", "reiterate", "tweet", "estimate", "indicate", "boast", "complain", "caution", "recall",
            "counter", "reply", "respond", "emphasize", "emphasise", "promise", "vow", "pledge", "assure", "testify",
            "remark", "observe", "conclude", "charge", "fear", "hope", "signal", "agree", "post", "concur");
    /** Verbs that report by naming what something is: their object and its predicate are the reported words. */
    static final Set<String> NAMING = Set.of("call", "describe", "label", "brand", "dub", "deem", "term");
    /**
     * Verbs that report a charge: their object and what it is charged with ("accused Kyiv of planning…", "blamed the
     * law on “reckless politicians”").
     */
    static final Set<String> CHARGING = Set.of("accuse", "blame", "charge");

    private ReportedSpeech() {
    }

    /** Every reporting verb of the sentence with the words it reports; none in a sentence that was not parsed. */
    static List<Clause> all(Sentence s, DependencyTree tree) {
        List<Clause> out = new ArrayList<>();
        if (!s.parsed()) {
            return out;
        }
        for (Token t : s.tokens()) {
            of(s, tree, t.index()).ifPresent(out::add);
        }
        return out;
    }

    /** What the verb at {@code verb} reports, when it is a reporting verb with a complement. */
    static Optional<Clause> of(Sentence s, DependencyTree tree, int verb) {
        if (!s.parsed()) {
            return Optional.empty();
        }
        Token t = s.tokens().get(verb);
        if (t.pos() == null || !t.pos().startsWith("VB")) {
            return Optional.empty();
        }
        String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
        int[] range = null;
        if (REPORTING.contains(lemma)) {
            int clause = tree.child(verb, "ccomp");
            if (clause < 0) {
                // "said the talks should be “serious”": a predicate with a subject of its own
                int predicate = tree.child(verb, "xcomp");
                clause = predicate >= 0 && tree.child(predicate, "nsubj") >= 0 ? predicate : -1;
            }
            if (clause >= 0) {
                range = tree.subtree(clause);
            }
        } else if (NAMING.contains(lemma)) {
            range = named(s, tree, verb, "as");
        } else if (CHARGING.contains(lemma)) {
            range = lemma.equals("blame") ? named(s, tree, verb, "for") : named(s, tree, verb, "of");
            if (range == null && lemma.equals("blame")) {
                range = named(s, tree, verb, "on"); // "blamed the law on “reckless politicians”"
            }
        } else if (!lemma.equals("be")) {
            range = characterized(s, tree, verb);
        }
        if (range == null) {
            return Optional.empty();
        }
        return Optional.of(new Clause(verb, subject(s, tree, verb), range[0], range[1]));
    }

    /**
     * The object and predicate of a naming verb ("called [the plan “a disaster”]", "described [the field as “all
     * very good”]") or of a charging verb ("accused [the allies of planning a “nuclear war”]"), the predicate
     * introduced by {@code preposition}, or null; "called for", "called on them to…" and a verb with an object only
     * name nothing.
     */
    private static int[] named(Sentence s, DependencyTree tree, int verb, String preposition) {
        int predicate = -1;
        for (int c : tree.children(verb)) {
            String rel = tree.relation(c);
            String pos = s.tokens().get(c).pos();
            if (rel == null || pos == null || pos.startsWith("VB") && !rel.startsWith("advcl")) {
                continue; // "called for", "called on them to…"; but "accused them of planning"
            }
            boolean marked = (rel.startsWith("obl") || rel.startsWith("advcl")) && introducedBy(s, tree, c, preposition);
            if (rel.startsWith("xcomp") && preposition.equals("as") || marked) {
                predicate = c;
                break;
            }
        }
        int object = tree.child(verb, "obj");
        if (predicate < 0 && preposition.equals("as") && object > verb && quoted(s, tree.subtree(object))) {
            return tree.subtree(object); // "called her “third-rate”", the predicate parsed into the object
        }
        if (predicate < 0 && !preposition.equals("as") && object > verb && tree.children(object).stream()
                .anyMatch(c -> introducedBy(s, tree, c, preposition))) {
            return tree.subtree(object); // "accused [the allies of planning …]", the charge parsed into the object
        }
        if (predicate < 0) {
            return null;
        }
        int[] range = tree.subtree(predicate);
        if (object >= 0) {
            int[] o = tree.subtree(object);
            range = new int[] {Math.min(range[0], o[0]), Math.max(range[1], o[1])};
        }
        return range[0] > verb ? range : null;
    }

    /**
     * Any other verb that sets its object beside a quotation introduced by "as" or "for" reports what its subject
     * called the object ("admires [Putin as a “strong leader”]", "blasted [the media for being “dishonest”]"):
     * the object and the phrase up to its last closing quotation mark, or null.
     */
    private static int[] characterized(Sentence s, DependencyTree tree, int verb) {
        int object = tree.child(verb, "obj");
        if (object < verb || reportedBySomeoneElse(s, tree, verb)) {
            return null;
        }
        List<Integer> heads = new ArrayList<>(tree.children(verb));
        heads.addAll(tree.children(object)); // "admires [Putin [as a “strong leader”]]", the phrase hung on the object
        for (int c : heads) {
            String rel = tree.relation(c);
            if (c > object && rel != null && (rel.startsWith("obl") || rel.startsWith("advcl")
                    || rel.startsWith("nmod") || rel.startsWith("acl"))
                    && (introducedBy(s, tree, c, "as") || introducedBy(s, tree, c, "for"))) {
                int[] predicate = tree.subtree(c);
                int after = predicate[1] + 1; // a closing mark the parse hung on the verb: "as a “strong leader,”"
                while (after < s.tokens().size() && s.tokens().get(after).text().matches("[.,]")) {
                    after++;
                }
                if (after < s.tokens().size() && isClosing(s.tokens().get(after).text())) {
                    predicate = new int[] {predicate[0], after};
                }
                for (int i = predicate[1]; i > c; i--) {
                    if (isClosing(s.tokens().get(i).text())) {
                        return new int[] {tree.subtree(object)[0], i}; // what follows the last quotation is the writer's
                    }
                }
            }
        }
        return null;
    }

    /** "Diaz admires him as a “steady hand,” her aides said": the words are the aides' report, not Diaz's. */
    private static boolean reportedBySomeoneElse(Sentence s, DependencyTree tree, int verb) {
        List<Integer> near = new ArrayList<>(tree.children(verb));
        near.add(tree.governor(verb));
        for (int k : near) {
            String lemma = k < 0 || s.tokens().get(k).lemma() == null ? "" : s.tokens().get(k).lemma();
            if (k >= 0 && REPORTING.contains(lemma.toLowerCase(Locale.ROOT)) && !"conj".equals(tree.relation(k))
                    && (k != tree.governor(verb) || !"conj".equals(tree.relation(verb)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the phrase headed by {@code head} opens with the preposition ("of planning", "as a threat"). */
    private static boolean introducedBy(Sentence s, DependencyTree tree, int head, String preposition) {
        return tree.children(head).stream().anyMatch(k -> ("case".equals(tree.relation(k))
                || "mark".equals(tree.relation(k))) && s.tokens().get(k).text().equalsIgnoreCase(preposition));
    }

    private static boolean quoted(Sentence s, int[] range) {
        for (int i = range[0]; i <= range[1]; i++) {
            if (isMark(s.tokens().get(i).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClosing(String w) {
        return w.equals("\"") || w.equals("”") || w.equals("''");
    }

    private static boolean isMark(String w) {
        return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("''") || w.equals("``");
    }

    /**
     * The head of the speaker of a verb: its subject; a relative pronoun's antecedent; for a verb without a
     * subject that hangs from another (an infinitive, a participle, a second verb: "…, adding", "was quoted as
     * saying", "said X and added"), that one's subject; for a participle of a noun ("issued a statement saying"),
     * the subject of the verb governing the noun, else the noun; or -1. A verb without a subject climbs past any
     * relation but one that opens a clause of its own ({@link #opensAClause}), so "went on to back the plan,
     * calling it “…”" finds who went on.
     */
    static int subject(Sentence s, DependencyTree tree, int verb) {
        int subject = tree.child(verb, "nsubj");
        String rel = tree.relation(verb);
        int governor = tree.governor(verb);
        if (subject >= 0) {
            String pos = s.tokens().get(subject).pos();
            if (pos != null && pos.startsWith("W") && rel != null && rel.startsWith("acl") && governor >= 0) {
                return governor; // "Hillary Clinton, who said …": the relative pronoun's antecedent
            }
            return subject;
        }
        if (governor >= 0 && "acl".equals(rel)) {
            // "Walsh issued a statement saying …": who issued it, else the statement itself
            int issuer = tree.governor(governor) >= 0 ? tree.child(tree.governor(governor), "nsubj") : -1;
            return issuer >= 0 ? issuer : governor;
        }
        for (int depth = 0; depth < 3 && governor >= 0 && rel != null && !opensAClause(rel); depth++) {
            int found = tree.child(governor, "nsubj");
            if (found >= 0) {
                return antecedent(s, tree, found, governor);
            }
            rel = tree.relation(governor);
            governor = tree.governor(governor);
        }
        // "…,” said Mr. Kamin": an inverted speaker the parse took for the object
        int object = tree.child(verb, "obj");
        String pos = object > verb ? s.tokens().get(object).pos() : null;
        return pos != null && pos.startsWith("NNP") && precededByQuotation(s, verb) ? object : -1;
    }

    /**
     * Relations that open a clause with a subject of its own, which a verb without one does not look past for its
     * speaker: reported words, a relative or other adnominal clause, a clausal subject, a sentence set beside.
     */
    private static boolean opensAClause(String rel) {
        return rel.startsWith("ccomp") || rel.startsWith("acl") || rel.startsWith("csubj")
                || rel.startsWith("parataxis") || rel.startsWith("appos") || rel.startsWith("list");
    }

    /**
     * "Rosa Imhof, a historian who was at the meeting, recalled": a verb the parse hung on a relative clause takes
     * its relative pronoun's antecedent, and a role in apposition gives way to the name it describes.
     */
    private static int antecedent(Sentence s, DependencyTree tree, int subject, int clause) {
        String pos = s.tokens().get(subject).pos();
        String rel = tree.relation(clause);
        if (pos == null || !pos.startsWith("W") || rel == null || !rel.startsWith("acl") || tree.governor(clause) < 0) {
            return subject;
        }
        int noun = tree.governor(clause);
        return "appos".equals(tree.relation(noun)) && tree.governor(noun) >= 0 ? tree.governor(noun) : noun;
    }

    /** Whether the verb comes right after a closing quotation mark and its comma ("…,'' said Kamin"). */
    private static boolean precededByQuotation(Sentence s, int verb) {
        for (int i = verb - 1; i >= 0 && i >= verb - 2; i--) {
            String w = s.tokens().get(i).text();
            if (w.equals("''") || w.equals("”") || w.equals("\"")) {
                return true;
            }
            if (!w.equals(",")) {
                return false;
            }
        }
        return false;
    }
}

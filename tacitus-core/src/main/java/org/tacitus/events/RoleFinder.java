package org.tacitus.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacitus.lexicon.EventLexicon;
import org.tacitus.lexicon.EventLexicon.Cue;
import org.tacitus.model.Participant;

/**
 * Source and target of a trigger from the UD parse. Verbs: subject → source (through control and raising when
 * the clause has none, through the antecedent of a relative pronoun), object and obliques with "with", "against",
 * "to", "on"… → target, passives reversed ("by" → source), "between X and Y" → both sources. Nouns: the light
 * verb's subject ("hold talks"), else possessor, demonym or "by" phrase → source; "of", "against", "on", "with"…
 * → target. Stateless.
 */
final class RoleFinder {

    /** The two sides, each with the tokens they were read from. */
    record Roles(List<Participant> source, List<Participant> target) {
    }

    private static final Set<String> TARGET_CASES = Set.of("with", "against", "to", "on", "at", "into", "toward",
            "towards", "upon", "from", "over", "for");
    private static final Set<String> NOUN_TARGET_CASES = Set.of("with", "against", "to", "on", "into", "toward",
            "towards", "upon", "of", "over", "for", "in");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

    private final EventLexicon lexicon;

    RoleFinder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Roles find(SentenceView s, Candidate c, ParticipantResolver actors) {
        Map<String, Participant> source = new LinkedHashMap<>();
        Map<String, Participant> target = new LinkedHashMap<>();
        int head = c.head();
        if (s.isVerb(head)) {
            verbRoles(s, head, actors, source, target);
        } else {
            if (c.light()) {
                verbRoles(s, c.predicate(), actors, source, target);
            }
            nounRoles(s, head, actors, source, target, !source.isEmpty());
        }
        target.keySet().removeAll(source.keySet());
        return new Roles(List.copyOf(source.values()), List.copyOf(target.values()));
    }

    private void verbRoles(SentenceView s, int v, ParticipantResolver actors, Map<String, Participant> source,
                           Map<String, Participant> target) {
        boolean passive = s.child(v, "nsubj:pass") >= 0 || s.child(v, "aux:pass") >= 0;
        int subject = s.child(v, passive ? "nsubj:pass" : "nsubj");
        if (subject >= 0) {
            put(passive ? target : source, actors.resolve(s, relative(s, v, subject)));
        }
        for (int ch : s.children(v)) {
            String r = s.relation(ch);
            String kase = s.caseOf(ch);
            if (r.equals("obj") || r.equals("iobj")) {
                put(target, actors.resolve(s, ch));
            } else if (r.startsWith("obl") && "by".equals(kase) && passive) {
                put(source, actors.resolve(s, ch));
            } else if (r.startsWith("obl") && "between".equals(kase)) {
                put(source, actors.resolve(s, ch));
            } else if (r.startsWith("obl") && kase != null && TARGET_CASES.contains(kase) && !r.equals("obl:tmod")) {
                put(target, actors.resolve(s, ch));
            }
        }
        if (!passive && subject < 0) {
            put(source, controller(s, v, actors, 0));
        }
        if (target.isEmpty()) { // "demanded that NATO halt", "urged Iran to stop": the embedded subject
            for (int ch : s.children(v)) {
                if (s.relation(ch).equals("ccomp") || s.relation(ch).equals("xcomp")) {
                    int sub = s.child(ch, "nsubj");
                    if (sub >= 0) {
                        put(target, actors.resolve(s, sub));
                    }
                }
            }
        }
    }

    private void nounRoles(SentenceView s, int n, ParticipantResolver actors, Map<String, Participant> source,
                           Map<String, Participant> target, boolean hasSource) {
        for (int ch : s.children(n)) {
            String r = s.relation(ch);
            String kase = s.caseOf(ch);
            if (r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")) {
                if (!hasSource) {
                    put(source, actors.resolve(s, ch));
                }
            } else if (r.startsWith("nmod") && "by".equals(kase)) {
                put(source, actors.resolve(s, ch));
            } else if (r.startsWith("nmod") && "between".equals(kase)) {
                put(source, actors.resolve(s, ch));
            } else if (r.startsWith("nmod") && kase != null && NOUN_TARGET_CASES.contains(kase)) {
                if (!kase.equals("in") || s.entity(ch) == null || s.entity(ch).place() == null) {
                    put(target, actors.resolve(s, ch));
                }
            }
        }
        if (source.isEmpty() && !hasSource) {
            int gov = s.governor(n);
            // "X's call for talks", an apposition or the subject of a copula: no source to borrow; a noun
            // governed by a trigger verb borrows nothing either (the folding decides)
            if (gov >= 0 && s.isVerb(gov) && s.relation(n).equals("obj")
                    && lexicon.is(s.lemma(gov), Cue.LIGHT)) {
                put(source, controller(s, gov, actors, 0));
            }
        }
    }

    /** The subject a clause without one shares with the clause that controls it. */
    List<Participant> controller(SentenceView s, int v, ParticipantResolver actors, int depth) {
        if (depth > 3) {
            return List.of();
        }
        int up = s.governor(v);
        String rel = s.relation(v);
        // climb over a preposition or noun that the parser put between: "accusing Russia of massing"
        int steps = 0;
        while (up >= 0 && !s.isVerb(up) && !s.pos(up).startsWith("JJ") && steps++ < 2) {
            rel = s.relation(up);
            up = s.governor(up);
        }
        if (up < 0 || !(rel.equals("xcomp") || rel.equals("advcl") || rel.equals("conj") || rel.equals("dep")
                || rel.equals("ccomp") || rel.equals("acl"))) {
            return List.of();
        }
        if (!rel.equals("conj") && lexicon.is(s.lemma(up), Cue.OBJECT_CONTROL)) {
            int obj = s.child(up, "obj");
            if (obj >= 0) {
                List<Participant> found = actors.resolve(s, obj);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        if (rel.equals("ccomp")) {
            return List.of();
        }
        int subject = s.child(up, "nsubj");
        if (subject >= 0) {
            return actors.resolve(s, relative(s, up, subject));
        }
        return controller(s, up, actors, depth + 1);
    }

    /** A relative pronoun subject stands for the noun its clause modifies. */
    private static int relative(SentenceView s, int clause, int subject) {
        if (RELATIVE.contains(s.word(subject)) && s.relation(clause).equals("acl:relcl")
                && s.governor(clause) >= 0) {
            return s.governor(clause);
        }
        return subject;
    }

    private static void put(Map<String, Participant> side, List<Participant> found) {
        for (Participant p : found) {
            side.putIfAbsent(p.key(), p);
        }
    }

    static List<Participant> merge(List<Participant> a, List<Participant> b) {
        Map<String, Participant> out = new LinkedHashMap<>();
        put(out, a);
        put(out, b);
        return new ArrayList<>(out.values());
    }
}

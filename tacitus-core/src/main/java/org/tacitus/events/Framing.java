package org.tacitus.events;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.tacitus.lexicon.EventLexicon;
import org.tacitus.lexicon.EventLexicon.Cue;

/**
 * How the sentence frames a trigger: negated ("not", "never", "no", under "deny" or "refuse"), hypothetical (a
 * modal, an "if" clause, under "plan" or "threaten", "fears of"), future ("will", "is expected to"), alleged
 * (under "accuse … of"), declared (under "said", "announced"), a demand ("X said Y must…"), and the nearest
 * trigger above it (the event it may fold into). Stateless.
 */
final class Framing {

    /** What the walk up from a trigger found. */
    record Frame(Set<String> modality, Candidate outer, int outerDistance, boolean crossedSpeech, int alleger,
                 int speech, boolean must, boolean conditional, boolean would) {
    }

    private static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no", "neither", "nor");
    private static final Set<String> FUTURE = Set.of("will", "shall", "'ll", "wo");
    private static final Set<String> SPEECH = Set.of("say", "announce", "state", "declare", "tell", "insist", "add",
            "report", "conclude", "warn", "stress", "confirm", "claim", "note", "reiterate", "indicate");
    private static final Set<String> INTENDED = Set.of("xcomp", "ccomp", "obj", "obl", "nmod", "dep");
    private static final Set<String> CLIMB = Set.of("xcomp", "ccomp", "obj", "obl", "advcl", "nmod", "acl", "dep",
            "csubj", "conj", "parataxis", "nsubj", "nsubj:pass", "amod");

    private final EventLexicon lexicon;

    Framing(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Frame frame(SentenceView s, Candidate c, Map<Integer, Candidate> byHead) {
        Set<String> modality = new LinkedHashSet<>();
        boolean must = false;
        boolean conditional = false;
        boolean would = false;
        // the trigger and its clause: auxiliaries, negation
        for (int t : new int[] {c.head(), c.clause()}) {
            for (int ch : s.children(t)) {
                String r = s.relation(ch);
                String l = s.lemma(ch);
                String w = s.word(ch);
                if ((r.equals("advmod") || r.equals("det") || r.equals("neg")) && NEGATORS.contains(w)) {
                    modality.add("negated");
                } else if (r.startsWith("aux") && FUTURE.contains(w)) {
                    modality.add("future");
                } else if (r.startsWith("aux") && (l.equals("must") || w.equals("must"))) {
                    must = true;
                } else if (r.startsWith("aux") && lexicon.is(w, Cue.MODAL)) {
                    modality.add("hypothetical");
                    would |= w.equals("would") || w.equals("'d");
                } else if (r.equals("advcl") && lexicon.is(s.caseOf(ch), Cue.CONDITION)) {
                    conditional = true;
                }
            }
        }
        Candidate outer = null;
        int outerDistance = -1;
        boolean crossedSpeech = false;
        int alleger = -1;
        int speech = -1;
        int from = c.clause();
        for (int step = 0, up = s.governor(from); up >= 0 && step < 8; step++, from = up, up = s.governor(up)) {
            String rel = s.relation(from);
            if (!CLIMB.contains(rel) && !rel.startsWith("obl") && !rel.startsWith("nmod")) {
                break;
            }
            String lemma = s.lemma(up);
            if (rel.equals("advcl") && lexicon.is(s.caseOf(from), Cue.CONDITION)) {
                modality.add("hypothetical");
                modality.add("conditional");
            }
            if (rel.equals("conj") || rel.equals("parataxis")) {
                continue; // a coordinated clause is not governed by its neighbour's verb
            }
            Candidate above = byHead.get(up);
            if (above != null && outer == null) {
                outer = above;
                outerDistance = step;
            }
            if (lexicon.is(lemma, Cue.READINESS)) {
                modality.add("future"); // "is prepared to lift the ban": a declared intention
            } else if (lexicon.is(lemma, Cue.NEGATE)) {
                modality.add("negated");
            } else if (lexicon.is(lemma, Cue.INTENT) && INTENDED.contains(rel.replaceFirst(":.*", ""))) {
                modality.add("hypothetical");
            } else if (lexicon.is(lemma, Cue.POSSIBILITY) && s.isNoun(up)) {
                modality.add("hypothetical");
            } else if (lexicon.is(lemma, Cue.SCHEDULE)) {
                modality.add("future");
            }
            if (lexicon.is(lemma, Cue.ALLEGE) && alleger < 0 && s.isVerb(up)) {
                alleger = up;
            }
            if (SPEECH.contains(lemma) && s.isVerb(up)) {
                if (outer == null) {
                    crossedSpeech = true;
                }
                if (speech < 0) {
                    speech = up;
                }
            }
            for (int ch : s.children(up)) {
                String r = s.relation(ch);
                if ((r.equals("advmod") || r.equals("neg")) && NEGATORS.contains(s.word(ch))
                        && lexicon.is(lemma, Cue.INTENT)) {
                    modality.add("negated"); // "did not plan to attack"
                }
                if (r.startsWith("aux") && FUTURE.contains(s.word(ch)) && rel.equals("xcomp")) {
                    modality.add("future");
                }
            }
        }
        // "…, the minister said" (parataxis), or a parse that hangs the speech verb under the clause: it counts too
        if (speech < 0) {
            for (int i = 0; i < s.size(); i++) {
                String r = s.relation(i);
                if ((r.equals("parataxis") || r.equals("csubj")) && SPEECH.contains(s.lemma(i))
                        && (s.governor(i) == from || s.governor(i) == c.clause())) {
                    speech = i;
                }
            }
        }
        return new Frame(modality, outer, outerDistance, crossedSpeech, alleger, speech, must, conditional, would);
    }

    static boolean speechVerb(String lemma) {
        return SPEECH.contains(lemma);
    }
}

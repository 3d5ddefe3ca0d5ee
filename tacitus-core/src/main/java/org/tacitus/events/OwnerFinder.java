package org.tacitus.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tacitus.model.Participant;

/**
 * The actors behind a noun that names none itself, for the role finder: whose it is ("Sweden's decision", "an
 * appeal from President Gbagbo"), who did it ("crimes by Croatian extremists") or with whom it is ("contact with
 * the United States"). Stateless.
 */
final class OwnerFinder {

    /** Whose a thing is that is acted on: its author ("by", "from") or whom it is for. */
    private static final Set<String> OWNER_CASES = Set.of("by", "from", "for");
    /** The other side of a relation: "ties with", "a campaign against", "aid to". */
    private static final Set<String> PARTNERS = Set.of("with", "against", "on", "to", "toward", "towards");

    private OwnerFinder() {
    }

    /** The other side of a relation named by a noun: "contact with the United States", "trade with Cuba". */
    static List<Participant> partners(SentenceView s, int n, ParticipantResolver actors) {
        List<Participant> out = new ArrayList<>();
        for (int g : s.children(n)) {
            String gk = s.caseOf(g);
            if (s.relation(g).startsWith("nmod") && gk != null && PARTNERS.contains(gk)) {
                out.addAll(actors.resolve(s, g));
            }
        }
        return out;
    }

    /**
     * Whose a thing is, for an object that is no actor: "protested against Sweden's decision", "dismissed an appeal
     * from President Gbagbo", "demanded an admission by Moscow", "investigating crimes by Croatian extremists",
     * "to fund weapons for Ukraine".
     */
    static List<Participant> owner(SentenceView s, int n, ParticipantResolver actors) {
        return owner(s, n, actors, 0);
    }

    private static List<Participant> owner(SentenceView s, int n, ParticipantResolver actors, int depth) {
        List<Participant> out = new ArrayList<>();
        int part = -1;
        for (int g : s.children(n)) {
            String r = s.relation(g);
            String kase = s.caseOf(g);
            if (r.equals("nmod:poss") || (r.startsWith("nmod") && kase != null && OWNER_CASES.contains(kase))) {
                out.addAll(actors.resolve(s, g));
            } else if (r.startsWith("nmod") && "of".equals(kase) && actors.resolve(s, g).isEmpty()) {
                part = g;
            }
        }
        if (out.isEmpty() && part >= 0 && depth == 0) { // "part of a military aid program for Bosnia"
            return owner(s, part, actors, depth + 1);
        }
        return out;
    }

    /** The doers of a deed named by a noun: "crimes by Croatian extremists" → the extremists. */
    static List<Participant> agents(SentenceView s, int n, ParticipantResolver actors) {
        List<Participant> out = new ArrayList<>();
        for (int g : s.children(n)) {
            if (s.relation(g).startsWith("nmod") && "by".equals(s.caseOf(g))) {
                out.addAll(actors.resolve(s, g));
            }
        }
        return out;
    }
}

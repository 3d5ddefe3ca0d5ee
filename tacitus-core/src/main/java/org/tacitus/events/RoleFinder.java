package org.tacitus.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacitus.lexicon.EventLexicon;
import org.tacitus.lexicon.EventLexicon.Cue;
import org.tacitus.model.Actor;
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
    record Roles(List<Participant> source, List<Participant> target, boolean targetNamed) {
        Roles(List<Participant> source, List<Participant> target) {
            this(source, target, !target.isEmpty());
        }
    }

    private static final Set<String> TARGET_CASES = Set.of("with", "against", "to", "on", "at", "into", "toward",
            "towards", "upon", "from", "over");
    private static final Set<String> NOUN_TARGET_CASES = Set.of("with", "against", "to", "on", "into", "toward",
            "towards", "upon", "of", "over", "in", "at");
    /** Meetings and agreements are with or between their sides; "talks on Ukraine" are about it. */
    private static final Set<String> PARTNER_CASES = Set.of("with", "to", "of", "at");
    /** Types whose sides act together ("X and Y held talks"); the events stage's one list of them. */
    static final Set<String> SYMMETRIC = Set.of("CONSULT", "AGREE", "COOPERATE");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

    /** Types whose verbs shield their object against someone ("defended X against Y"). */
    private static final Set<String> SHIELDING = Set.of("SUPPORT", "AID");
    /** Nouns of "in defiance of X", "in protest against X": X is whom the act is aimed at. */
    private static final Set<String> DEFIANCE = Set.of("defiance", "protest", "opposition", "retaliation",
            "response", "reprisal", "revenge");
    private static final Set<String> DEFIED = Set.of("of", "against", "at", "to", "for");

    /** Verbs of "X was hit with sanctions": the one hit is the target of what it is hit with. */
    private static final Set<String> HIT_WITH = Set.of("hit", "slap", "target", "punish", "strike", "pound");
    /** Prepositions of "did something during/at/in a protest". */
    private static final Set<String> AMID = Set.of("during", "at", "in", "amid");
    /** Sectors whose members acting at a protest are its protesters. */
    private static final Set<String> PROTESTERS = Set.of("CVL", "OPP", "LAB", "EDU", "REL");

    private final EventLexicon lexicon;

    RoleFinder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Roles find(SentenceView s, Candidate c, ParticipantResolver actors) {
        Map<String, Participant> source = new LinkedHashMap<>();
        Map<String, Participant> target = new LinkedHashMap<>();
        int head = c.head();
        boolean symmetric = SYMMETRIC.contains(c.entry().type());
        if (s.isVerb(head)) {
            verbRoles(s, head, actors, source, target, symmetric, SHIELDING.contains(c.entry().type()));
        } else {
            if (c.light()) {
                verbRoles(s, c.predicate(), actors, source, target, symmetric, false);
            }
            nounRoles(s, head, actors, source, target, !source.isEmpty(), c.entry().type());
            if (c.light() && s.relation(head).equals("conj") && s.isNoun(s.governor(head))) {
                // "launched artillery and rocket fire against the camps": what follows the first conjunct is shared
                nounRoles(s, s.governor(head), actors, source, target, !source.isEmpty(), c.entry().type());
            }
            if (c.light() && s.relation(head).equals("compound")) { // "a mediation effort between X and Y"
                nounRoles(s, s.governor(head), actors, source, target, !source.isEmpty(), c.entry().type());
            }
            if (!c.light() && c.predicate() >= 0 && c.predicate() != head && s.isVerb(c.predicate())) {
                for (int ch : s.children(c.predicate())) { // "fighting erupted between Sudanese troops and rebels"
                    if (s.relation(ch).startsWith("obl") && "between".equals(s.caseOf(ch))) {
                        put(source, actors.resolve(s, ch));
                    }
                }
            }
            int up = s.governor(head);
            if (target.isEmpty() && up >= 0 && s.relation(head).startsWith("obl") && "with".equals(s.caseOf(head))
                    && HIT_WITH.contains(s.lemma(up)) && s.child(up, "nsubj:pass") >= 0) {
                put(target, actors.resolve(s, s.child(up, "nsubj:pass"))); // "Iran was hit with new sanctions"
            }
        }
        target.keySet().removeAll(source.keySet());
        // "Serbian President Kostunica promised to democratize Serbia": a country is no target of its own organs
        Set<String> sourceCountries = new java.util.HashSet<>();
        source.values().forEach(p -> sourceCountries.add(p.actor().country()));
        target.values().removeIf(p -> p.actor().sector() == null && sourceCountries.contains(p.actor().country())
                && p.actor().country() != null);
        boolean named = !target.isEmpty() || hasObject(s, head) || (c.predicate() >= 0 && hasObject(s, c.predicate())
                && !c.light());
        return new Roles(List.copyOf(source.values()), List.copyOf(target.values()), named);
    }

    /** Whether a verb has an object or a noun an "of" complement: a target is named, if not coded. */
    private static boolean hasObject(SentenceView s, int t) {
        for (int ch : s.children(t)) {
            String r = s.relation(ch);
            if (r.equals("obj") || r.equals("iobj") || (r.startsWith("nmod") && "of".equals(s.caseOf(ch)))) {
                return true;
            }
        }
        return false;
    }

    private void verbRoles(SentenceView s, int v, ParticipantResolver actors, Map<String, Participant> source,
                           Map<String, Participant> target, boolean symmetric, boolean shielding) {
        boolean passiveForm = s.child(v, "nsubj:pass") >= 0 || s.child(v, "aux:pass") >= 0;
        // "Vietnam is committed to opening up": a participle of readiness is no passive; its subject acts
        boolean passive = passiveForm && !lexicon.is(s.word(v).toLowerCase(java.util.Locale.ROOT), Cue.READINESS);
        int subject = s.child(v, passiveForm ? "nsubj:pass" : "nsubj");
        if (subject >= 0) {
            List<Participant> named = actors.resolve(s, relative(s, v, subject));
            if (passive && named.isEmpty() && s.isNoun(subject)) {
                named = OwnerFinder.owner(s, subject, actors); // "a camp for Congolese refugees was attacked"
            }
            put(passive ? target : source, named);
        }
        for (int ch : s.children(v)) {
            String r = s.relation(ch);
            String kase = s.caseOf(ch);
            if ((r.equals("obj") || r.equals("iobj")) && ParticipantResolver.saidOf(s, ch)) {
                continue; // "…, said spokesperson for the minister" parsed as the object: the speaker, no side
            } else if (r.equals("obj") || r.equals("iobj")) {
                List<Participant> named = actors.resolve(s, ch);
                if (named.isEmpty() && s.lemma(v).equals("visit") && s.entity(ch) != null
                        && s.entity(ch).place() != null && s.entity(ch).place().country() != null) {
                    // "visited Moscow": the city is where the visit goes, its country the host
                    String host = s.entity(ch).place().country();
                    named = List.of(new Participant(s.span(ch, ch), new Actor(host, host, null, null)));
                }
                put(target, named);
                List<Participant> doers = named.isEmpty() && s.isNoun(ch) ? OwnerFinder.agents(s, ch, actors)
                        : List.of();
                if (!doers.isEmpty()) {
                    // "investigating crimes by Croatian extremists against Serb civilians": a deed acted on is
                    // its doers' business, not its victims'
                    put(target, doers);
                } else if (named.isEmpty() && s.isNoun(ch)) { // "boycott all contact with the United States"
                    put(target, OwnerFinder.partners(s, ch, actors));
                    if (named.isEmpty() && !symmetric) {
                        put(target, OwnerFinder.owner(s, ch, actors));
                    }
                }
            } else if (r.startsWith("obl") && "by".equals(kase) && passive) {
                put(source, actors.resolve(s, ch));
            } else if (r.startsWith("obl") && "between".equals(kase)) {
                put(source, actors.resolve(s, ch));
            } else if (r.startsWith("obl") && "in".equals(kase) && DEFIANCE.contains(s.lemma(ch))) {
                // "blocked streets in defiance of Chinese authorities", "in protest at the Israeli raids"
                for (int g : s.children(ch)) {
                    String gk = s.caseOf(g);
                    if (s.relation(g).startsWith("nmod") && gk != null && DEFIED.contains(gk)) {
                        List<Participant> named = actors.resolve(s, g);
                        put(target, named.isEmpty() && s.isNoun(g) ? OwnerFinder.owner(s, g, actors) : named);
                    }
                }
            } else if (shielding && r.startsWith("obl") && "against".equals(kase) && !target.isEmpty()) {
                continue; // "defended Iraq against Western criticism": the one shielded is the target, not the critic
            } else if (r.startsWith("obl") && kase != null && TARGET_CASES.contains(kase) && !r.equals("obl:tmod")
                    && (!symmetric || PARTNER_CASES.contains(kase))) {
                List<Participant> named = actors.resolve(s, ch);
                put(target, named.isEmpty() && s.isNoun(ch) && !symmetric ? OwnerFinder.owner(s, ch, actors) : named);
            }
        }
        if (!passive && subject < 0) {
            put(source, controller(s, v, actors, 0));
        }
        if (s.relation(v).equals("amod") && s.governor(v) >= 0 && target.isEmpty()) {
            put(target, actors.resolve(s, s.governor(v))); // "massing troops" parsed as an adjective
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
                           Map<String, Participant> target, boolean hasSource, String type) {
        long compounds = s.children(n).stream().filter(ch -> s.relation(ch).equals("compound")
                && s.entity(ch) != null && ParticipantResolver.usable(s.entity(ch).actor())).count();
        boolean symmetric = type.equals("CONSULT") || type.equals("AGREE");
        for (int ch : s.children(n)) {
            String r = s.relation(ch);
            String kase = s.caseOf(ch);
            if (r.equals("nmod:poss") || r.equals("amod") || r.equals("compound")) {
                // "Ukraine talks" are about Ukraine; "US-Russia talks", "US sanctions" name their sides
                if (!hasSource && !(symmetric && r.equals("compound") && compounds < 2)) {
                    put(source, actors.resolve(s, ch));
                }
            } else if (r.startsWith("nmod") && "by".equals(kase)) {
                put(source, actors.resolve(s, ch));
            } else if (r.startsWith("nmod") && "between".equals(kase) && hasSource) {
                put(target, actors.resolve(s, ch)); // "X brokered a deal between Y and Z": X acts on them
            } else if (r.startsWith("nmod") && ("between".equals(kase) || (symmetric && "of".equals(kase)))) {
                put(source, actors.resolve(s, ch)); // "talks between X and Y", "a meeting of X and Y"
            } else if (r.startsWith("nmod") && kase != null && NOUN_TARGET_CASES.contains(kase)
                    && (!symmetric || PARTNER_CASES.contains(kase))) {
                if (!kase.equals("in") || s.entity(ch) == null || s.entity(ch).place() == null) {
                    List<Participant> named = actors.resolve(s, ch);
                    put(target, named);
                    if (named.isEmpty() && kase.equals("of") && s.isNoun(ch)) {
                        put(target, OwnerFinder.partners(s, ch, actors)); // "a suspension of air links with Serbia"
                    } else if (named.isEmpty() && !kase.equals("in") && !symmetric && s.isNoun(ch)) {
                        // "demonstrations against violations by the Israeli military", "a protest against
                        // Sweden's decision": whose the thing opposed is
                        put(target, OwnerFinder.owner(s, ch, actors));
                    }
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
            } else if (gov >= 0 && s.isVerb(gov) && type.equals("PROTEST") && s.relation(n).startsWith("obl")
                    && s.caseOf(n) != null && AMID.contains(s.caseOf(n)) && s.child(gov, "nsubj") >= 0) {
                // "Palestinian youths threw stones during demonstrations against…": civilians acting at a protest
                // are its protesters; police firing tear gas during one are not
                List<Participant> doers = new ArrayList<>(actors.resolve(s, s.child(gov, "nsubj")));
                doers.removeIf(p -> p.actor().sector() == null || !PROTESTERS.contains(p.actor().sector()));
                put(source, doers);
            }
        }
    }

    /**
     * The sides of a verb's complement clause, for a threat, demand, offer or refusal whose complement holds no
     * trigger: "threatened to break relations with Russia" → Russia.
     */
    Roles complement(SentenceView s, int v, ParticipantResolver actors) {
        Map<String, Participant> source = new LinkedHashMap<>();
        Map<String, Participant> target = new LinkedHashMap<>();
        for (int ch : s.children(v)) {
            String r = s.relation(ch);
            if (r.equals("obj") && s.isNoun(ch)) { // "threatened further action against Russia"
                nounRoles(s, ch, actors, new LinkedHashMap<>(), target, true, "");
            }
            if ((r.equals("xcomp") || r.equals("ccomp")) && s.isVerb(ch)) {
                Map<String, Participant> sub = new LinkedHashMap<>();
                verbRoles(s, ch, actors, sub, target, false, false);
                if (r.equals("ccomp")) {
                    source.putAll(sub);
                }
            }
        }
        return new Roles(List.copyOf(source.values()), List.copyOf(target.values()));
    }

    /** The subject a clause without one shares with the clause that controls it. */
    List<Participant> controller(SentenceView s, int v, ParticipantResolver actors, int depth) {
        if (depth > 3) {
            return List.of();
        }
        int up = s.governor(v);
        String rel = s.relation(v);
        if (rel.equals("acl") && up >= 0 && s.isNoun(up) && s.relation(up).equals("obj") && s.governor(up) >= 0
                && s.isVerb(s.governor(up)) && s.child(s.governor(up), "nsubj") >= 0) {
            // "the PKK issued a declaration demanding…": the declaration's author demands
            int author = s.child(s.governor(up), "nsubj");
            return actors.resolve(s, relative(s, s.governor(up), author));
        }
        if (rel.equals("acl") && up >= 0 && s.isNoun(up) && (s.pos(v).equals("VBG") || s.child(v, "obj") >= 0)) {
            // "doctors from two aid groups donated…" read as "groups donated": a participle with an object, or in
            // -ing, is done by the noun it modifies
            List<Participant> doers = actors.resolve(s, up);
            if (!doers.isEmpty()) {
                return doers;
            }
        }
        if (rel.equals("obj") && s.pos(v).equals("VB") && up >= 0 && s.isVerb(up)) {
            rel = "xcomp"; // "to help support the rights": a bare infinitive parsed as an object
        }
        // climb over a preposition or noun that the parser put between: "accusing Russia of massing"
        int steps = 0;
        while (up >= 0 && !s.isVerb(up) && !s.pos(up).startsWith("JJ") && steps++ < 2) {
            rel = s.relation(up);
            up = s.governor(up);
        }
        boolean ofComplement = rel.startsWith("obl") && up >= 0 && s.isVerb(up)
                && lexicon.is(s.lemma(up), Cue.OBJECT_CONTROL); // "accused Moscow of massing troops"
        if (up < 0 || !(ofComplement || rel.equals("xcomp") || rel.equals("advcl") || rel.equals("conj")
                || rel.equals("dep") || rel.equals("ccomp") || rel.equals("acl"))) {
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
        if (subject < 0) {
            subject = s.child(up, "nsubj:pass"); // raising: "representatives are expected to meet"
        }
        if (subject >= 0) {
            return actors.resolve(s, relative(s, up, subject));
        }
        return controller(s, up, actors, depth + 1);
    }

    /**
     * Whom a protest is aimed at when its own clause names nobody: the first actor, other than its sources, in its
     * purpose clause ("blocked a road to show their disapproval of the United States' policies" → USA).
     */
    List<Participant> purpose(SentenceView s, int v, List<Participant> sources, ParticipantResolver actors) {
        for (int ch : s.children(v)) {
            String r = s.relation(ch);
            if (!(r.equals("xcomp") || r.equals("advcl")) || !"to".equals(s.caseOf(ch)) || !s.isVerb(ch)) {
                continue;
            }
            java.util.ArrayDeque<int[]> queue = new java.util.ArrayDeque<>();
            queue.add(new int[] {ch, 0});
            while (!queue.isEmpty()) {
                int[] at = queue.poll();
                for (int g : s.children(at[0])) {
                    String gr = s.relation(g);
                    if (gr.equals("ccomp") || gr.equals("dep") || gr.startsWith("advcl") || gr.startsWith("acl")
                            || gr.equals("parataxis") || s.pos(g).startsWith("PRP")) {
                        continue; // another clause, or a pronoun standing for the protesters
                    }
                    List<Participant> found = new ArrayList<>(actors.resolve(s, g));
                    found.removeIf(p -> sources.stream().anyMatch(q -> q.key().equals(p.key())
                            || (q.actor().country() != null && q.actor().country().equals(p.actor().country()))));
                    if (!found.isEmpty()) {
                        return found;
                    }
                    if (at[1] < 3) {
                        queue.add(new int[] {g, at[1] + 1});
                    }
                }
            }
        }
        return List.of();
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

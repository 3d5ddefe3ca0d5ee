package org.tacitus.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacitus.model.Actor;
import org.tacitus.model.Entity;
import org.tacitus.model.Participant;
import org.tacitus.model.Quote;
import org.tacitus.model.TextSpan;

/**
 * Turns the token that fills a role into the actors it names: the entity over it ("Moscow" → RUSGOV), a nominal's
 * coordinated demonyms ("Hungarian and Romanian officials" → HUNGOV, ROUGOV), names inside the phrase ("Moscow
 * and NATO representatives"), coordinated tokens, and pronouns (resolved to the nearest earlier actor of their
 * kind; "we" inside a quote to its speaker). Thread-safe once built; one per document.
 */
final class ParticipantResolver {

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her", "hers");
    private static final Set<String> THING_PRONOUNS = Set.of("it", "its", "they", "them", "their", "theirs");
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("we", "us", "our", "i", "me", "my");
    private static final Set<String> INNER = Set.of("compound", "amod", "nmod:poss", "flat", "appos", "nmod");
    private static final int PRONOUN_REACH = 1500;

    private final List<Entity> actors;
    private final List<Entity> subjects;
    private final List<Quote> quotes;

    /**
     * @param subjects the entities that are grammatical subjects, in text order: a pronoun prefers the latest of
     *                 these ("Chile recalled its envoy from Peru. It then expelled…" → Chile)
     */
    ParticipantResolver(List<Entity> entities, List<Quote> quotes, List<Entity> subjects) {
        this.actors = entities.stream().filter(e -> usable(e.actor())).toList();
        this.subjects = subjects.stream().filter(e -> usable(e.actor())).toList();
        this.quotes = quotes;
    }

    /** An actor worth an event: coded, and more than a bare sector ("troops" alone names nobody). */
    static boolean usable(Actor a) {
        return a != null && a.code() != null && (a.country() != null || !a.code().equals(a.sector()));
    }

    /**
     * A sector without a country ("demonstrators", "riot police"): kept as a role filler so the events stage can
     * place it in the country of the event's place or source; such a participant's actor has code = sector.
     */
    static boolean sectorOnly(Actor a) {
        return a != null && a.code() != null && a.country() == null && a.code().equals(a.sector());
    }

    /** The actors named at token i and at the tokens coordinated with it. */
    List<Participant> resolve(SentenceView s, int i) {
        if (i >= 0 && s.governor(i) >= 0 && (s.relation(i).equals("obj") || s.relation(i).equals("iobj"))
                && TOLD.contains(s.lemma(s.governor(i)))) {
            return List.of(); // "Lajčák told reporters after meeting Kurti": an audience is no side of a deed
        }
        if (i >= 0 && saidOf(s, i)) {
            return List.of(); // "…, said spokesperson for the minister" parsed as an object: the speaker, no side
        }
        Map<String, Participant> out = new LinkedHashMap<>();
        add(out, one(s, i, 0));
        for (int c : s.children(i)) {
            if (s.relation(c).equals("conj")) {
                add(out, one(s, c, 0));
            }
        }
        return List.copyOf(out.values());
    }

    private static void add(Map<String, Participant> out, List<Participant> found) {
        for (Participant p : found) {
            out.putIfAbsent(p.key(), p);
        }
    }

    /** Whether a noun is the speaker of an inverted "…, said X" that the parser made a modifier of X. */
    static boolean saidOf(SentenceView s, int i) {
        for (int c : s.children(i)) {
            if (c < i && s.lemma(c).equals("say") && (s.relation(c).equals("amod") || s.relation(c).equals("compound"))
                    && c > 0 && s.word(c - 1).equals(",")) {
                return true;
            }
        }
        return false;
    }

    private List<Participant> one(SentenceView s, int i, int depth) {
        String word = s.word(i);
        if (NOT_PEOPLE.contains(s.lemma(i).toLowerCase(java.util.Locale.ROOT))) {
            return List.of(); // "the Russian language", "Greek script": a demonym of a tongue names no side
        }
        if (s.pos(i).startsWith("PRP") || s.pos(i).startsWith("WP")) {
            Participant p = pronoun(s, i, word);
            return p == null ? List.of() : List.of(p);
        }
        Entity e = s.entity(i);
        if (e != null && sectorOnly(e.actor())) {
            // "Taiwan's Vice Foreign Minister": the sector of the nominal, the country of its modifier; "opposition
            // groups in Zimbabwe", "a newspaper based in Beirut": the country of the place they are in
            String sector = e.actor().sector();
            for (Participant inner : inner(s, i, depth)) {
                String country = inner.actor().country();
                if (country != null) {
                    return List.of(new Participant(inner.span(), new Actor(country + sector, country, sector,
                            null)));
                }
            }
            String country = whereIs(s, i);
            if (country != null) {
                return List.of(of(e, new Actor(country + sector, country, sector, null)));
            }
            return List.of(of(e, e.actor())); // "thousands of people": the events stage may place them
        }
        if (e != null && usable(e.actor())) {
            if ("NOMINAL".equals(e.type())) {
                List<Participant> split = demonyms(s, i, e.actor().sector());
                if (split.size() > 1) {
                    return split;
                }
            }
            return List.of(of(e, e.actor()));
        }
        if (e == null && PROXIES.contains(s.lemma(i).toLowerCase(java.util.Locale.ROOT))) {
            // "Israel's militia ally in southern Lebanon": a side's ally or proxy is not that side; it is of the
            // place it is said to be in, else of no country we know
            String country = whereIs(s, i);
            if (country == null) {
                return List.of();
            }
            String sector = null;
            for (int c : s.children(i)) {
                Entity m = s.entity(c);
                if (s.relation(c).equals("compound") && m != null && m.actor() != null && m.actor().sector() != null) {
                    sector = m.actor().sector();
                }
            }
            return List.of(new Participant(s.span(i, i), new Actor(sector == null ? country : country + sector,
                    country, sector, null)));
        }
        if (e == null && PEOPLES.contains(s.lemma(i).toLowerCase(java.util.Locale.ROOT)) && demonymOf(s, i)) {
            // "the Albanian population of the province", "the Greek minority": a people, coded (as PLOVER does)
            // by where it lives, not by the state its name recalls
            String country = whereIs(s, i);
            return List.of(new Participant(s.span(i, i), country == null ? new Actor("CVL", null, "CVL", null)
                    : new Actor(country + "CVL", country, "CVL", null)));
        }
        return inner(s, i, depth);
    }

    private static final Set<String> PEOPLES = Set.of("population", "minority", "community");
    /** Things a demonym names without naming a state or its people. */
    private static final Set<String> NOT_PEOPLE = Set.of("language", "tongue", "dialect", "alphabet", "script");
    private static final Set<String> PROXIES = Set.of("ally", "proxy", "surrogate");

    /** Whether a noun is modified by a demonym ("the Albanian population"). */
    private static boolean demonymOf(SentenceView s, int i) {
        for (int c : s.children(i)) {
            Entity d = s.entity(c);
            if (s.relation(c).equals("amod") && d != null && "MISC".equals(d.type()) && d.actor() != null
                    && d.actor().country() != null) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> WHERE = Set.of("in", "from", "of");
    /** Verbs whose object is the audience of what is said. */
    private static final Set<String> TOLD = Set.of("tell", "brief");

    /**
     * The country of the place a nominal is said to be in: "rebels in Chad", "students from Kenya", "a newspaper
     * based in Beirut", "guerrillas operating in Macedonia"; null when none is named.
     */
    private static String whereIs(SentenceView s, int i) {
        for (int c : s.children(i)) {
            String r = s.relation(c);
            if (r.startsWith("nmod") && s.caseOf(c) != null && WHERE.contains(s.caseOf(c))) {
                String country = countryOfPlace(s, c);
                if (country != null) {
                    return country;
                }
            }
            if (r.startsWith("acl") && !r.equals("acl:relcl") && s.isVerb(c)) {
                for (int g : s.children(c)) {
                    if (s.relation(g).startsWith("obl") && "in".equals(s.caseOf(g))) {
                        String country = countryOfPlace(s, g);
                        if (country != null) {
                            return country;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The country of a place name at token i or in its compound modifiers ("Montenegro province"). */
    private static String countryOfPlace(SentenceView s, int i) {
        List<Integer> tokens = new ArrayList<>(List.of(i));
        for (int c : s.children(i)) {
            if (s.relation(c).equals("compound") || s.relation(c).startsWith("nmod")) {
                tokens.add(c);
            }
        }
        for (int t : tokens) {
            Entity e = s.entity(t);
            if (e == null) {
                continue;
            }
            if (e.place() != null && e.place().country() != null) {
                return e.place().country();
            }
            if (e.actor() != null && e.actor().country() != null && e.actor().sector() == null
                    && !"NOMINAL".equals(e.type())) {
                return e.actor().country();
            }
        }
        return null;
    }

    /** Actors named inside the phrase headed by i: "Moscow and NATO representatives", "leaders of Romania". */
    private List<Participant> inner(SentenceView s, int i, int depth) {
        if (depth >= 2) {
            return List.of();
        }
        // names before possessive pronouns: "its European Community partners" are the Community's
        List<Integer> children = new ArrayList<>(s.children(i));
        children.sort(java.util.Comparator.comparingInt(c -> s.pos(c).startsWith("PRP") ? 1 : 0));
        for (int c : children) {
            String r = s.relation(c);
            // "leaders of Romania", "doctors from two American aid groups"
            if (!INNER.contains(r) || (r.equals("nmod") && !"of".equals(s.caseOf(c)) && !"from".equals(s.caseOf(c)))) {
                continue;
            }
            Map<String, Participant> found = new LinkedHashMap<>();
            add(found, one(s, c, depth + 1));
            for (int cc : s.children(c)) {
                if (s.relation(cc).equals("conj")) {
                    add(found, one(s, cc, depth + 1));
                }
            }
            if (!found.isEmpty()) {
                return List.copyOf(found.values());
            }
        }
        return List.of();
    }

    /** "Hungarian and Romanian officials": one actor per coordinated demonym, with the nominal's sector. */
    private List<Participant> demonyms(SentenceView s, int head, String sector) {
        List<Participant> out = new ArrayList<>();
        for (int c : s.children(head)) {
            if (!s.relation(c).equals("amod") && !s.relation(c).equals("compound")) {
                continue;
            }
            List<Integer> tokens = new ArrayList<>(List.of(c));
            for (int cc : s.children(c)) {
                if (s.relation(cc).equals("conj")) {
                    tokens.add(cc);
                }
            }
            for (int t : tokens) {
                Entity d = s.entity(t);
                if (d != null && d.actor() != null && d.actor().country() != null && d.start() >= s.token(t).start()
                        && d.end() <= s.token(t).end()) {
                    String country = d.actor().country();
                    out.add(of(d, new Actor(sector == null ? country : country + sector, country, sector, null)));
                }
            }
        }
        return out;
    }

    private Participant pronoun(SentenceView s, int i, String word) {
        int at = s.token(i).start();
        TextSpan span = s.span(i, i);
        if (SPEAKER_PRONOUNS.contains(word)) {
            for (Quote q : quotes) {
                if (q.direct() && q.content().start() <= at && at < q.content().end() && q.speaker() != null
                        && usable(q.speaker().actor())) {
                    return new Participant(span, q.speaker().actor());
                }
            }
            return null;
        }
        boolean person = PERSON_PRONOUNS.contains(word);
        if (!person && !THING_PRONOUNS.contains(word)) {
            return null;
        }
        for (Quote q : quotes) {
            // "…," he told Serbian television: the quote stage has found whom the pronoun stands for
            if (q.speaker() != null && q.speaker().span().start() == at && usable(q.speaker().actor())) {
                return new Participant(span, q.speaker().actor());
            }
        }
        Participant sayer = sayer(s, i, span, person);
        if (sayer != null) {
            return sayer;
        }
        // the nearest earlier actor of the sentence ("sanctions on Serbia if it attacks"), else the latest subject
        // of an earlier sentence ("Chile recalled its envoy from Peru. It then expelled…"), else the latest actor
        int sentenceStart = s.sentence.start();
        Participant p = antecedent(actors.stream().filter(e -> e.start() >= sentenceStart).toList(), at, span, person);
        if (p == null) {
            p = antecedent(subjects.stream().filter(e -> e.end() <= sentenceStart).toList(), at, span, person);
        }
        return p != null ? p : antecedent(actors, at, span, person);
    }

    /**
     * The subject of the verb of saying whose reported clause the pronoun is the subject of: "the Umma party has
     * said it will boycott…" → the party, even when it is only a sector whose country the event decides.
     */
    private Participant sayer(SentenceView s, int i, TextSpan span, boolean person) {
        int clause = s.governor(i);
        if (!s.relation(i).startsWith("nsubj") || clause < 0 || !s.relation(clause).equals("ccomp")
                || s.governor(clause) < 0) {
            return null;
        }
        int subject = s.child(s.governor(clause), "nsubj");
        if (subject < 0 || s.pos(subject).startsWith("PRP")) {
            return null;
        }
        Entity e = s.entity(subject);
        if (e == null || e.actor() == null || e.actor().code() == null || "PERSON".equals(e.type()) != person) {
            return null;
        }
        List<Participant> found = one(s, subject, 0);
        return found.size() == 1 ? new Participant(span, found.get(0).actor()) : null;
    }

    private static Participant antecedent(List<Entity> candidates, int at, TextSpan span, boolean person) {
        for (int k = candidates.size() - 1; k >= 0; k--) {
            Entity e = candidates.get(k);
            if (e.end() > at) {
                continue;
            }
            if (at - e.end() > PRONOUN_REACH) {
                break;
            }
            boolean isPerson = "PERSON".equals(e.type());
            if (isPerson == person) {
                return new Participant(span, e.actor());
            }
        }
        return null;
    }

    private static Participant of(Entity e, Actor actor) {
        return new Participant(new TextSpan(e.start(), e.end(), e.text()), actor);
    }
}

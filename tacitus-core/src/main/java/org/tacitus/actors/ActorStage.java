package org.tacitus.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tacitus.lexicon.ActorKind;
import org.tacitus.lexicon.ActorName;
import org.tacitus.model.Actor;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Article;
import org.tacitus.model.Entity;
import org.tacitus.model.Sentence;
import org.tacitus.model.Token;

/**
 * Codes the actors of an article. Lexicon phrases (countries, demonyms, metonyms, organisations, office holders,
 * user dictionaries) give actors directly; named people get theirs from their title or apposition, from the
 * office holders of the article's date, or from an earlier mention in the document; role words without a name
 * become {@code NOMINAL} entities. A capital after a locative preposition ("talks in Moscow") is a place only.
 * Thread-safe: per-document state lives in the call.
 */
public final class ActorStage {

    /** Entity type for actors described by a role instead of a name ("a US official", "Ukrainian troops"). */
    public static final String NOMINAL = "NOMINAL";

    private static final Set<String> LOCATIVE = Set.of("in", "at", "to", "near", "outside", "into", "across",
            "around", "via", "towards", "toward", "within", "inside", "throughout", "visit", "visited", "visiting",
            "reached", "arrived", "flew", "travelled", "traveled", "returned");
    /** Sectors whose role words name an actor even without a country ("rebels", "troops"). */
    private static final Set<String> STANDALONE = Set.of("MIL", "REB", "COP", "GOV", "JUD", "LEG", "SPY", "OPP",
            "REF", "INS", "CVL", "MED", "PTY");

    /** Sectors whose unlisted names end in their kind ("… party", "… newspaper"). */
    private static final Set<String> NAMED_BY_KIND = Set.of("PTY", "MED");
    /** Capitalised words that make an unlisted name a non-governmental body's. */
    private static final Set<String> ASSOCIATION_WORDS = Set.of("Association", "Society", "Federation",
            "Foundation", "Forum", "Committee", "Institute");
    /** Words that make such a body one of governments rather than non-governmental. */
    private static final Set<String> MEMBER_STATES = Set.of("Ministers", "Nations", "States", "Governments",
            "Countries", "Parliaments");

    private final ActorLexicon lexicon;
    private final RoleContext roles;

    public ActorStage(ActorLexicon lexicon, RoleContext roles) {
        this.lexicon = lexicon;
        this.roles = roles;
    }

    public List<Entity> code(Article article, AnalyzedText analyzed, List<Entity> named) {
        LocalDate date = article.published();
        String text = article.analysisText();
        PeopleInDocument people = new PeopleInDocument();
        Map<String, Actor> organizations = new HashMap<>();
        List<Entity> out = new ArrayList<>();
        int next = 0;
        for (Sentence s : analyzed.sentences()) {
            List<LexiconMatch> matches = s.tagged() ? lexicon.find(text, s, date) : List.of();
            List<Entity> inSentence = new ArrayList<>();
            while (next < named.size() && named.get(next).start() < s.end()) {
                inSentence.add(named.get(next++));
            }
            // a lexicon phrase wins over shorter names inside it ("European partners" over "European")
            inSentence.removeIf(e -> !e.type().equals("PERSON") && matches.stream().anyMatch(m -> m.start() <= e.start()
                    && e.end() <= m.end() && m.end() - m.start() > e.end() - e.start()
                    && m.name().kind() != ActorKind.PERSON));
            List<Entity> coded = new ArrayList<>();
            for (Entity e : inSentence) {
                coded.add(codeNamed(e, s, matches, people, organizations, date));
            }
            for (LexiconMatch m : matches) {
                if (coded.stream().noneMatch(e -> e.start() < m.end() && m.start() < e.end())) {
                    coded.add(entityFor(article, m, actorOf(m.name(), s, m)));
                }
            }
            // "ethnic Albanian guerrillas" are no state's: an ethnic demonym gives a role word no country
            List<LexiconMatch> states = matches.stream().filter(m -> !(m.name().kind() == ActorKind.DEMONYM
                    && "ethnic".equalsIgnoreCase(wordBefore(s, m.start())))).toList();
            coded.addAll(nominals(article, s, contextOf(states, coded), coded));
            coded.sort(Comparator.comparingInt(Entity::start).thenComparingInt(Entity::end));
            out.addAll(coded);
        }
        return out;
    }

    private Entity codeNamed(Entity e, Sentence s, List<LexiconMatch> matches, PeopleInDocument people,
                             Map<String, Actor> organizations, LocalDate date) {
        List<LexiconMatch> inside = matches.stream().filter(m -> m.start() >= e.start() && m.end() <= e.end())
                .toList();
        LexiconMatch exact = inside.stream().filter(m -> m.start() == e.start() && m.end() == e.end()).findFirst()
                .orElse(null);
        if (e.type().equals("PERSON")) {
            return with(e, person(e, s, matches, exact, people, date));
        }
        LexiconMatch ethnic = exact != null ? exact : inside.stream().filter(m -> m.end() == e.end()
                && e.text().substring(0, m.start() - e.start()).trim().equalsIgnoreCase("ethnic")).findFirst()
                .orElse(null);
        boolean ethnicWord = "ethnic".equalsIgnoreCase(wordBefore(s, e.start()));
        if (ethnic != null && ethnic.name().kind() == ActorKind.DEMONYM && (endsPlural(s, e) || ethnicWord)
                && (ethnic != exact || ethnicWord)) {
            // "ethnic Albanians": a people, not the state; PLOVER codes them by where they live, which the
            // events stage reads from the event's place or other side
            return with(e, new Actor("CVL", null, "CVL", e.text()));
        }
        if (exact != null) {
            return with(e, actorOf(exact.name(), s, exact));
        }
        if (e.type().equals("ORGANIZATION") && !inside.isEmpty()) {
            // "U.S. National Security Council", "Russian Defence Ministry": the country of a national body
            String country = inside.stream().map(m -> m.name().country()).filter(c -> c != null).findFirst()
                    .orElse(null);
            String sector = sectorOfWords(s, e);
            if (country != null) {
                Actor actor = new Actor(country + (sector == null ? "" : sector), country, sector, e.text());
                // met again without its country: "the National Security Council"
                LexiconMatch first = inside.get(0);
                if (first.start() == e.start()) {
                    organizations.put(orgKey(e.text().substring(first.end() - e.start())), actor);
                }
                return with(e, actor);
            }
        }
        if (!e.type().equals("ORGANIZATION") && !inside.isEmpty() && inside.get(0).start() == e.start()
                && inside.get(0).name().kind() == ActorKind.DEMONYM && pluralNoun(s, e)
                && inside.stream().allMatch(m -> m.name().kind() == ActorKind.DEMONYM
                        || m.name().kind() == ActorKind.COUNTRY)) {
            // "Bosnian Serbs", "Iraqi Kurds", "Kosovo Albanians": a people of the country first named
            LexiconMatch first = inside.get(0);
            return with(e, new Actor(first.name().code(), first.name().country(), first.name().sector(), e.text()));
        }
        if (e.type().equals("ORGANIZATION")) {
            Actor known = organizations.get(orgKey(e.text()));
            if (known != null) {
                return with(e, known);
            }
            String sector = headSector(s, e);
            if (sector != null && NAMED_BY_KIND.contains(sector)) {
                // "the Freedom party", "the Daily Monitor newspaper": a party or paper of no stated country, which
                // the events stage places where it acts
                return with(e, new Actor(sector, null, sector, e.text()));
            }
        }
        if ((e.type().equals("ORGANIZATION") || e.type().equals("MISC")) && associationName(e.text())) {
            // "the Association of African Jurists", "the Ceasefire Violations Committee": a body of no stated
            // country is, as CAMEO codes unlisted ones, non-governmental
            return with(e, new Actor("NGO", null, null, e.text()));
        }
        return e;
    }

    /** Whether a name ends in a plural noun: "Iraqi Kurds", not "Iraqi Airways". */
    private static boolean pluralNoun(Sentence s, Entity e) {
        int[] tokens = tokenRange(s, e.start(), e.end());
        if (tokens == null || tokens[1] == tokens[0]) {
            return false;
        }
        String pos = s.tokens().get(tokens[1]).pos();
        return pos != null && (pos.equals("NNS") || pos.equals("NNPS"));
    }

    private Actor person(Entity e, Sentence s, List<LexiconMatch> matches, LexiconMatch exact,
                         PeopleInDocument people, LocalDate date) {
        int[] tokens = tokenRange(s, e.start(), e.end());
        RoleContext.Role role = tokens == null ? new RoleContext.Role(null, null, null)
                : roles.aroundName(s, tokens[0], tokens[1], matches);
        Optional<Actor> known = people.find(e.text());
        ActorName holder = exact != null && exact.name().kind() == ActorKind.PERSON ? exact.name() : null;
        String country = role.country();
        String sector = role.sector();
        String name = e.text();
        if (holder != null && holder.country() == null && country == null && holder.code() != null) {
            // an international official we list ("NATO Secretary General Jens Stoltenberg") keeps the body's
            // code: the sector of a title word beside the name ("NATO": MIL) does not replace it
            Actor actor = new Actor(holder.code(), null, holder.sector(), holder.name());
            people.remember(e.text(), actor);
            return actor;
        }
        if (holder != null) {
            country = country != null ? country : holder.country();
            sector = sector != null ? sector : holder.sector();
            name = holder.name();
        }
        if (known.isPresent() && country == null && sector == null) {
            return known.get();
        }
        if (known.isPresent() && known.get().name() != null && known.get().name().length() > name.length()) {
            name = known.get().name();
        }
        if (country == null && role.organization() != null) {
            country = role.organization().name().country();
        }
        ActorName body = role.organization() == null ? null : role.organization().name();
        if (country == null && holder == null && body != null && body.country() == null && body.code() != null) {
            // "U.N. Secretary-General Kofi Annan", "NATO chief Mark Rutte": an international body's official acts
            // for the body
            Actor actor = new Actor(body.code(), null, body.sector(), name);
            people.remember(e.text(), actor);
            return actor;
        }
        Actor actor = new Actor(code(country, sector), country, sector, name);
        people.remember(e.text(), actor);
        return actor;
    }

    private static boolean endsPlural(Sentence s, Entity e) {
        int[] tokens = tokenRange(s, e.start(), e.end());
        String pos = tokens == null ? null : s.tokens().get(tokens[1]).pos();
        return pos != null && (pos.equals("NNS") || pos.equals("NNPS"));
    }

    /** The word just before a character offset in the sentence, or null at its start. */
    private static String wordBefore(Sentence s, int offset) {
        String before = null;
        for (Token t : s.tokens()) {
            if (t.end() > offset) {
                break;
            }
            before = t.text();
        }
        return before;
    }

    private List<Entity> nominals(Article article, Sentence s, List<LexiconMatch> matches, List<Entity> taken) {
        List<Entity> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Optional<RoleContext.RoleSpan> found = roles.roleAt(s, i);
            if (found.isEmpty() || tokens.get(i).pos() == null) {
                continue;
            }
            RoleContext.RoleSpan role = found.get();
            int start = tokens.get(role.start()).start();
            int end = tokens.get(role.end() - 1).end();
            Token last = tokens.get(role.end() - 1);
            boolean overlaps = taken.stream().anyMatch(x -> x.start() < end && start < x.end());
            boolean titleOfName = role.end() < tokens.size() && taken.stream().anyMatch(x -> x.type().equals("PERSON")
                    && x.start() >= tokens.get(role.end()).start() && x.start() <= tokens.get(role.end()).end() + 1);
            if (overlaps || titleOfName || !last.pos().startsWith("NN")) {
                i = role.end() - 1;
                continue;
            }
            RoleContext.Role context = roles.aroundRole(s, role.start(), role.end() - 1, matches);
            String country = context.country();
            String sector = role.sector();
            if (country == null && context.organization() != null) {
                // "a spokesperson for the European Commission" speaks for the Commission
                ActorName org = context.organization().name();
                out.add(new Entity(start, end, article.text().substring(start, end), NOMINAL,
                        new Actor(org.code(), org.country(), org.sector(), org.name()), null));
            } else if (country != null || sector != null && STANDALONE.contains(sector)
                    && !(role.start() > 0 && tokens.get(role.start() - 1).text().equalsIgnoreCase("foreign"))) {
                // "foreign journalists" are of no country the events stage could place them in
                out.add(new Entity(start, end, article.text().substring(start, end), NOMINAL,
                        new Actor(code(country, sector), country, sector, null), null));
            }
            i = role.end() - 1;
        }
        return out;
    }

    /** Lexicon matches plus coded organisations NER found, as context for role words ("the NSC spokesperson"). */
    private static List<LexiconMatch> contextOf(List<LexiconMatch> matches, List<Entity> coded) {
        List<LexiconMatch> context = new ArrayList<>(matches);
        for (Entity e : coded) {
            boolean known = matches.stream().anyMatch(m -> m.start() == e.start() && m.end() == e.end());
            if (!known && e.type().equals("ORGANIZATION") && e.actor() != null && e.actor().code() != null) {
                Actor a = e.actor();
                context.add(new LexiconMatch(e.start(), e.end(), new ActorName(e.text(), a.code(), a.country(),
                        a.sector(), a.name() == null ? e.text() : a.name(), ActorKind.ORGANIZATION, null, null)));
            }
        }
        context.sort(Comparator.comparingInt(LexiconMatch::start));
        return context;
    }

    private Actor actorOf(ActorName n, Sentence s, LexiconMatch m) {
        if (n.kind() == ActorKind.METONYM && locative(s, m)) {
            return null; // "talks in Moscow": a place, not an actor
        }
        String sector = n.kind() == ActorKind.DEMONYM || n.kind() == ActorKind.COUNTRY ? null : n.sector();
        return new Actor(n.code(), n.country(), sector, n.name());
    }

    private static boolean locative(Sentence s, LexiconMatch m) {
        List<Token> tokens = s.tokens();
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).end() <= m.start()) {
                String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
                if (w.equals("the") && i > 0) {
                    w = tokens.get(i - 1).text().toLowerCase(Locale.ROOT);
                }
                return LOCATIVE.contains(w);
            }
        }
        return false;
    }

    /** Whether a name is that of an association, society, forum or committee by one of its words. */
    private static boolean associationName(String name) {
        boolean association = false;
        for (String w : name.split("[\\s-]+")) {
            if (MEMBER_STATES.contains(w)) {
                return false; // "the Committee of Ministers", "an Association of Nations": a body of governments
            }
            association |= ASSOCIATION_WORDS.contains(w);
        }
        return association;
    }

    /** The sector of the role word a name ends in ("Freedom party" → PTY), or null. */
    private String headSector(Sentence s, Entity e) {
        int[] range = tokenRange(s, e.start(), e.end());
        if (range == null) {
            return null;
        }
        Optional<RoleContext.RoleSpan> role = roles.roleAt(s, range[1]);
        return role.isPresent() && role.get().end() - 1 == range[1] ? role.get().sector() : null;
    }

    private String sectorOfWords(Sentence s, Entity e) {
        int[] range = tokenRange(s, e.start(), e.end());
        if (range == null) {
            return null;
        }
        for (int i = range[0]; i <= range[1]; i++) {
            Optional<RoleContext.RoleSpan> role = roles.roleAt(s, i);
            if (role.isPresent() && role.get().sector() != null) {
                return role.get().sector();
            }
        }
        return null;
    }

    private static String orgKey(String name) {
        String n = name.strip();
        if (n.regionMatches(true, 0, "the ", 0, 4)) {
            n = n.substring(4);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    private static Entity entityFor(Article article, LexiconMatch m, Actor actor) {
        String type = switch (m.name().kind()) {
            case PERSON -> "PERSON";
            case ORGANIZATION -> "ORGANIZATION";
            case COUNTRY, METONYM -> "LOCATION";
            default -> "MISC";
        };
        return new Entity(m.start(), m.end(), article.text().substring(m.start(), m.end()), type, actor, null);
    }

    private static Entity with(Entity e, Actor actor) {
        return actor == null ? e : new Entity(e.start(), e.end(), e.text(), e.type(), actor, e.place());
    }

    private static String code(String country, String sector) {
        if (country == null && sector == null) {
            return null;
        }
        return (country == null ? "" : country) + (sector == null ? "" : sector);
    }

    private static int[] tokenRange(Sentence s, int start, int end) {
        int first = -1;
        int last = -1;
        for (Token t : s.tokens()) {
            if (t.end() > start && t.start() < end) {
                if (first < 0) {
                    first = t.index();
                }
                last = t.index();
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }
}

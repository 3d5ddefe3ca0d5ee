package org.tacitus.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tacitus.lexicon.EventLexicon;
import org.tacitus.lexicon.EventLexicon.Composition;
import org.tacitus.model.Actor;
import org.tacitus.model.Participant;
import org.tacitus.model.PlaceMention;

/**
 * PLOVER's coding conventions, applied to a mention once its trigger, sides and frame are known. What is coded:
 * a declared intention rather than the action ("will provide aid" AGREE, "would boycott" or "…unless" THREATEN,
 * "will not accept" REJECT), a refusal rather than a negated agreement ("did not support" REJECT), a demand when a
 * speaker says another side "must" act; and the sides: a sector without a country takes the country where the
 * event happens, else its source's, else (for judges, police, rebels…, not a government or an army) its target's ("Judge
 * Rivera investigated Chilean officials"); a side's own
 * organs are not its target; and a one-sided event with no target gets that country as target (see
 * {@link #sides}).
 * Stateless.
 */
final class PloverConventions {

    /** A mention's coding ({type, mode, cameo}), sides and contexts; {@code reported}: alleged by someone. */
    record Reading(String[] code, List<Participant> source, List<Participant> target, Set<String> contexts,
                   boolean reported) {
    }

    /** The sides after the conventions. */
    record Sides(List<Participant> source, List<Participant> target) {
    }

    /** The subjects of "if"/"unless" clauses around a clause. */
    interface Conditions {
        List<Participant> subjects(SentenceView s, int clause, ParticipantResolver actors);
    }

    /** Sectors that act on other countries as often as on their own: no country is guessed from their target. */
    private static final Set<String> ACTS_ABROAD = Set.of("GOV", "MIL", "SPY");
    /** Sectors whose deeds, unless the text says otherwise, are done to their own country. */
    private static final Set<String> ACTS_AT_HOME = Set.of("REB", "COP", "JUD", "OPP", "LEG", "CVL", "LAB");
    /** Verbs of calling a diplomat in ("summoned the ambassador to protest"). */
    private static final Set<String> SUMMON = Set.of("summon");
    private static final Set<String> HOSTILE = Set.of("SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST");
    private static final Set<String> NOT_RECODED = Set.of("CONSULT", "AGREE", "THREATEN", "REQUEST", "REJECT",
            "ACCUSE");

    private final EventLexicon lexicon;
    private final RoleFinder roles;
    private final Conditions conditions;

    PloverConventions(EventLexicon lexicon, RoleFinder roles, Conditions conditions) {
        this.lexicon = lexicon;
        this.roles = roles;
        this.conditions = conditions;
    }

    /** The mention as PLOVER codes it; null when it codes nothing (a "must" with no speaker to demand it). */
    Reading recode(SentenceView s, Candidate c, Framing.Frame frame, ParticipantResolver actors, Reading r) {
        String type = r.code()[0];
        Set<String> contexts = new LinkedHashSet<>(r.contexts());
        if (type.equals("CONSULT") && !r.reported() && !contexts.contains("negated") && selfAnnounced(s, c, frame)
                && (contexts.contains("future") || frame.would())) {
            // "rebel leaders said they would meet the UN mediator": a side declaring its own meeting agrees to it;
            // a meeting others announce ("officials will meet in Geneva, diplomats said") stays a meeting
            contexts.removeAll(List.of("hypothetical", "conditional"));
            return new Reading(code("AGREE", "INTENT", type, "036"), r.source(), r.target(), contexts, false);
        }
        if (!NOT_RECODED.contains(type) && !r.reported() && (contexts.contains("future")
                || (frame.speech() >= 0 && frame.would()))) {
            String outer = contexts.contains("negated") ? "REFUSE" : "INTENT";
            String newType = frame.conditional() || HOSTILE.contains(type) ? "THREATEN"
                    : outer.equals("REFUSE") ? "REJECT" : "AGREE";
            List<Participant> target = r.target();
            if (newType.equals("THREATEN") && target.isEmpty()) {
                target = conditions.subjects(s, c.clause(), actors);
            }
            contexts.removeAll(List.of("hypothetical", "conditional", "negated"));
            String fallback = newType.equals("THREATEN") ? "130" : newType.equals("REJECT") ? "120" : "030";
            return new Reading(code(newType, outer, type, fallback), r.source(), target, contexts, false);
        }
        int up = s.governor(c.head());
        if (type.equals("PROTEST") && up >= 0 && SUMMON.contains(s.lemma(up)) && s.child(up, "obj") >= 0) {
            // "summoned a Chinese diplomat to protest": a government's official complaint to the one summoned,
            // not a demonstration
            List<Participant> summoned = actors.resolve(s, s.child(up, "obj"));
            contexts.add("diplomatic");
            return new Reading(new String[] {"ACCUSE", "allege", "114"}, r.source(),
                    summoned.isEmpty() ? r.target() : summoned, contexts, r.reported());
        }
        if (contexts.contains("negated") && !r.reported() && (type.equals("AGREE") || type.equals("SUPPORT"))) {
            contexts.removeAll(List.of("negated", "hypothetical"));
            return new Reading(code("REJECT", "REFUSE", type, "120"), r.source(), r.target(), contexts, false);
        }
        if (frame.must() && frame.speech() >= 0 && (c.entry() == EventStage.MUST || !type.equals("REQUEST"))) {
            // "Russia said Sudan must return the helicopter": Russia demands it of Sudan
            List<Participant> speaker = roles.find(s, new Candidate(frame.speech(), List.of(frame.speech()),
                    c.entry(), frame.speech(), false), actors).source();
            List<Participant> demanded = r.source();
            if (demanded.isEmpty() && s.child(frame.speech(), "obj") >= 0) {
                demanded = actors.resolve(s, s.child(frame.speech(), "obj")); // "said Iran must…" misparsed
            }
            if (!speaker.isEmpty()) {
                String[] code = c.entry() == EventStage.MUST ? new String[] {"REQUEST", null, "100"}
                        : code("REQUEST", "REQUEST", type, "100");
                return new Reading(code, speaker, demanded, contexts, r.reported());
            }
        }
        return c.entry() == EventStage.MUST ? null : r;
    }

    /** Whether a verb trigger's subject is a pronoun standing for whoever says it ("X said they would…"). */
    private static boolean selfAnnounced(SentenceView s, Candidate c, Framing.Frame frame) {
        if (frame.speech() < 0 || !s.isVerb(c.head()) || s.governor(c.head()) != frame.speech()) {
            return false;
        }
        int subject = s.child(c.head(), "nsubj");
        int speaker = s.child(frame.speech(), "nsubj");
        return subject >= 0 && speaker >= 0 && s.pos(subject).equals("PRP") && !s.pos(speaker).startsWith("PRP")
                && !Set.of("i", "you").contains(s.word(subject).toLowerCase(java.util.Locale.ROOT));
    }

    private String[] code(String newType, String outer, String inner, String fallbackCameo) {
        Composition k = lexicon.compose(outer, inner).orElse(null);
        return new String[] {newType, k == null ? null : k.mode(), k == null ? fallbackCameo : k.cameo()};
    }

    Sides sides(List<Participant> source, List<Participant> target, PlaceMention place, boolean targetNamed,
                String type) {
        return sides(source, target, place, targetNamed, type, null);
    }

    /**
     * @param onlyCountry the one country the sentence names, if it names exactly one: where a side of no country
     *                    acts when neither a place nor the other side says ("Vice-President Awori declined to
     *                    resign despite pressure from the Kenya Anti-Corruption Commission")
     */
    Sides sides(List<Participant> source, List<Participant> target, PlaceMention place, boolean targetNamed,
                String type, String onlyCountry) {
        String placed = place != null && place.place().country() != null ? place.place().country()
                : country(source);
        String home = placed == null && country(target) == null ? onlyCountry : placed;
        // an unnamed judge, police or rebels acting on a country's people are that country's; a president or an
        // army acting on them may be another's ("President Bush threatened Russia")
        String targetHome = home == null ? country(target) : null;
        // where the sentence names no country but the target's, even a president or an army is that country's
        // ("President dos Santos conceded to demands from UNITA"); with another country named it may be foreign
        boolean alone = targetHome != null && targetHome.equals(onlyCountry);
        String placeCountry = place != null ? place.place().country() : null;
        List<Participant> src = domestic(source, home, targetHome, alone, false, null);
        // "the Turkish and Greek sides agreed to share information on missing people": sides of several countries
        // and no place leave a target of no country unplaced
        boolean mixed = placed != null && (place == null || place.place().country() == null)
                && source.stream().map(p -> p.actor().country()).filter(Objects::nonNull).distinct().count() > 1;
        List<Participant> tgt = new ArrayList<>(domestic(target, mixed ? null : home, null, false, true, placeCountry));
        Set<String> sourceCountries = new HashSet<>();
        src.forEach(p -> sourceCountries.add(p.actor().country()));
        // only a country the source was named with, not one it borrowed from its target ("ethnic Turks protest
        // against Sweden's decision"), keeps that country from being its target
        Set<String> namedCountries = new HashSet<>();
        source.forEach(p -> namedCountries.add(p.actor().country()));
        Set<String> own = home != null ? sourceCountries : namedCountries;
        tgt.removeIf(p -> p.actor().sector() == null && p.actor().country() != null
                && own.contains(p.actor().country()));
        if (tgt.stream().anyMatch(p -> !own.contains(p.actor().country()))) {
            // "Syria will withdraw its troops from Lebanon": its own troops are not whom it acts on
            tgt.removeIf(p -> own.contains(p.actor().country()));
        }
        if (src.isEmpty() && !tgt.isEmpty() && type.equals("ASSAULT") && place != null
                && place.place().country() != null
                && tgt.stream().noneMatch(p -> place.place().country().equals(p.actor().country()))) {
            // "a roadside bombing near Samarra killed a U.S. soldier": an unnamed attacker is of the place's country;
            // where the victims are that country's own ("Iraqi civilians were killed in a bombing in Baghdad") the
            // attacker is unknown, not the victims' own state
            String where = place.place().country();
            src = List.of(new Participant(place.span(), new Actor(where, where, null, null)));
        }
        boolean domesticSource = src.stream().allMatch(p -> p.actor().sector() != null
                && ACTS_AT_HOME.contains(p.actor().sector()));
        // a country named as source is its own target only where a place puts the event at home, or in a protest
        // ("Syrians began a hunger strike"); "Russia rejects the plan" is no act on Russia
        boolean selfOnly = place == null && !type.equals("PROTEST")
                && src.stream().anyMatch(p -> p.key().equals(home));
        // an army that attacks where no place is said may be abroad: its own country is no guess at its target
        boolean abroad = place == null && type.equals("ASSAULT") && !domesticSource
                && src.stream().map(p -> p.actor().sector()).anyMatch(x -> x != null && ACTS_ABROAD.contains(x));
        if (tgt.isEmpty() && !src.isEmpty() && !RoleFinder.SYMMETRIC.contains(type) && home != null && !selfOnly
                && !abroad && (!targetNamed || place != null || domesticSource)) {
            // PLOVER names a target for every one-sided event: unnamed, it is the country where it happens; named
            // but no actor, it is so when the place is given ("lifted a curfew in Montenegro") or a country's own
            // rebels, police or courts act ("Afghan guerrillas blew up power lines"), not when a state acts on
            // something of no stated country ("Russia rejected the proposal")
            var span = place != null ? place.span() : src.get(0).span();
            tgt = List.of(new Participant(span, new Actor(home, home, null, null)));
        }
        return new Sides(src, tgt);
    }

    private static String country(List<Participant> side) {
        return side.stream().map(p -> p.actor().country()).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * Sectors without a country ("demonstrators") take the country the event happens in, else its sides'. Refugees
     * acted on ({@code actedOn}) take only the country of the event's place, {@code where}: they are not of the
     * state that takes them in or turns them away ("Syria will not accept more refugees"); refugees who act are of
     * where they live ("refugees protested against Germany's decision").
     */
    private static List<Participant> domestic(List<Participant> side, String country, String targetCountry,
                                              boolean evenAbroad, boolean actedOn, String where) {
        List<Participant> out = new ArrayList<>();
        for (Participant p : side) {
            if (!ParticipantResolver.sectorOnly(p.actor())) {
                out.add(p);
                continue;
            }
            String sector = p.actor().sector();
            String home = actedOn && sector.equals("REF") ? where : country != null ? country
                    : targetCountry != null && (evenAbroad || !ACTS_ABROAD.contains(sector)) ? targetCountry : null;
            if (home != null) {
                out.add(new Participant(p.span(), new Actor(home + sector, home, sector, null)));
            }
        }
        return RoleFinder.merge(out, List.of());
    }
}

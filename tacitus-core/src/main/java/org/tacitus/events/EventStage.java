package org.tacitus.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tacitus.lexicon.EventLexicon;
import org.tacitus.lexicon.EventLexicon.Composition;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Article;
import org.tacitus.model.Attribution;
import org.tacitus.model.Entity;
import org.tacitus.model.Event;
import org.tacitus.model.EventDate;
import org.tacitus.model.EventMention;
import org.tacitus.model.Participant;
import org.tacitus.model.PlaceMention;
import org.tacitus.model.Quote;
import org.tacitus.model.Sentence;
import org.tacitus.model.TimeExpression;

/**
 * The events stage: PLOVER events from the dependency parse, the coded actors and places and the time
 * expressions. Per sentence: find triggers, read their sides from the parse, frame them (negated, hypothetical,
 * future, alleged), fold an embedded event into the one governing it ("threatened to impose sanctions" is one
 * THREATEN), recode declared intentions as PLOVER does ("will provide aid" is an AGREE, "will not accept" a
 * REJECT, "Y must…" said by X a REQUEST), date and place each mention; then merge the mentions of one event.
 * Thread-safe: stateless, the lexicon is immutable.
 */
public final class EventStage {

    private static final Set<String> FOLDERS = Set.of("THREATEN", "REQUEST", "AGREE", "REJECT", "SUPPORT");
    private static final Set<String> ANAPHORIC_DETERMINERS = Set.of("the", "this", "that", "these", "those");

    private final EventLexicon lexicon;
    private final TriggerFinder triggers;
    private final RoleFinder roles;
    private final Framing framing;
    private final EventSetting setting = new EventSetting();
    private final MentionMerger merger = new MentionMerger();
    private final PloverConventions conventions;

    public EventStage() {
        this(EventLexicon.builtIn());
    }

    public EventStage(EventLexicon lexicon) {
        this.lexicon = lexicon;
        this.triggers = new TriggerFinder(lexicon);
        this.roles = new RoleFinder(lexicon);
        this.framing = new Framing(lexicon);
        this.conventions = new PloverConventions(lexicon, roles, this::conditionSubjects);
    }

    public List<Event> find(Article article, AnalyzedText analyzed, List<TimeExpression> timexes,
                            List<Entity> entities, List<Quote> quotes) {
        List<SentenceView> views = new ArrayList<>();
        for (Sentence sentence : analyzed.sentences()) {
            if (sentence.parsed() && !sentence.dependencies().isEmpty()) {
                views.add(new SentenceView(sentence, entities, article.text()));
            }
        }
        ParticipantResolver actors = new ParticipantResolver(entities, quotes, subjects(views));
        List<Draft> drafts = new ArrayList<>();
        for (SentenceView s : views) {
            drafts.addAll(sentence(s, actors, timexes, article.published()));
        }
        return merger.merge(drafts);
    }

    /**
     * The event a sentence is mainly about, for comparing with one-event-per-sentence gold: the first stated as
     * fact (not reported, negated or hypothetical), else the first; empty when there is none.
     */
    public static java.util.Optional<Event> principal(List<Event> events) {
        return events.stream().min(java.util.Comparator.comparing((Event e) -> e.factual() ? 0 : 1)
                .thenComparing(e -> e.first().trigger().start()));
    }

    /** The entities that are grammatical subjects: the likeliest antecedents of "it" and "they". */
    private static List<Entity> subjects(List<SentenceView> views) {
        List<Entity> out = new ArrayList<>();
        for (SentenceView s : views) {
            for (int i = 0; i < s.size(); i++) {
                if (s.relation(i).startsWith("nsubj") && s.entity(i) != null && !out.contains(s.entity(i))) {
                    out.add(s.entity(i));
                }
            }
        }
        return out;
    }

    /** What one trigger contributes before folding. */
    private record Coded(Candidate c, Framing.Frame frame, RoleFinder.Roles roles) {
    }

    private List<Draft> sentence(SentenceView s, ParticipantResolver actors, List<TimeExpression> timexes,
                                 LocalDate published) {
        List<Candidate> found = new ArrayList<>(triggers.find(s));
        found.addAll(demands(s, found));
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Integer, Candidate> byToken = new HashMap<>();
        for (Candidate c : found) {
            byToken.put(c.head(), c);
        }
        for (Candidate c : found) {
            byToken.putIfAbsent(c.predicate(), c);
        }
        byToken.remove(-1);
        Map<Candidate, Coded> coded = new HashMap<>();
        for (Candidate c : found) {
            Framing.Frame frame = framing.frame(s, c, byToken);
            RoleFinder.Roles r = roles.find(s, c, actors);
            if (r.source().isEmpty() && !s.isVerb(c.head()) && !c.light()) {
                int gov = s.governor(c.head());
                if (gov >= 0 && s.relation(c.head()).equals("obj") && lexicon.is(s.lemma(gov),
                        EventLexicon.Cue.INTENT)) { // "plotting an invasion": the plotter invades
                    int subject = s.child(gov, "nsubj");
                    List<Participant> planner = subject >= 0 ? actors.resolve(s, subject)
                            : roles.controller(s, gov, actors, 0);
                    r = new RoleFinder.Roles(planner, r.target(), r.targetNamed());
                }
            }
            coded.put(c, new Coded(c, frame, r));
        }
        // fold embedded events into the threat, demand, offer or refusal above them
        Map<Candidate, String[]> coding = new HashMap<>(); // candidate → {type, mode, cameo}
        Map<Candidate, List<Participant>> extraTargets = new HashMap<>();
        Set<Candidate> folded = new java.util.HashSet<>();
        for (Candidate c : found) {
            coding.put(c, new String[] {c.entry().type(), c.entry().mode(), c.entry().cameo()});
        }
        for (Candidate c : found) {
            Coded x = coded.get(c);
            Candidate outer = x.frame().outer();
            if (outer == null || outer == c || x.frame().crossedSpeech()
                    || x.frame().modality().contains("conditional")) {
                continue;
            }
            String outerType = outer.entry().type();
            boolean sameNoun = outerType.equals(c.entry().type()) && s.governor(c.head()) == outer.head();
            if (FOLDERS.contains(outerType) || sameNoun) {
                folded.add(c);
                lexicon.compose(outerType, c.entry().type()).ifPresent(k -> recode(coding.get(outer), outerType, k));
                List<Participant> more = new ArrayList<>(x.roles().target());
                List<Participant> doers = new ArrayList<>();
                for (Participant p : x.roles().source()) {
                    if (coded.get(outer).roles().source().stream().noneMatch(q -> q.key().equals(p.key()))) {
                        doers.add(p);
                    }
                }
                if (outerType.equals("REQUEST") && !doers.isEmpty()) {
                    // "demanded that Israel ease restrictions on Palestinian workers": asked of Israel alone
                    more = doers;
                } else {
                    more.addAll(doers);
                }
                more.addAll(conditionSubjects(s, c.clause(), actors));
                extraTargets.merge(outer, more, RoleFinder::merge);
            } else if (outerType.equals("ACCUSE")) {
                lexicon.compose(outerType, c.entry().type()).ifPresent(k -> recode(coding.get(outer), outerType, k));
            }
        }
        List<Draft> out = new ArrayList<>();
        for (Candidate c : found) {
            if (folded.contains(c)) {
                continue;
            }
            Coded x = coded.get(c);
            String[] code = coding.get(c);
            Set<String> contexts = new LinkedHashSet<>(x.frame().modality());
            List<Participant> source = x.roles().source();
            List<Participant> target = x.roles().target();
            if (target.isEmpty() && extraTargets.containsKey(c)) {
                target = extraTargets.get(c);
                target = new ArrayList<>(target);
                target.removeIf(p -> x.roles().source().stream().anyMatch(q -> q.key().equals(p.key())));
            }
            if (target.isEmpty() && FOLDERS.contains(code[0]) && !folded.contains(c) && s.isVerb(c.head())) {
                RoleFinder.Roles inner = roles.complement(s, c.head(), actors);
                List<Participant> more = new ArrayList<>(inner.target());
                more.addAll(inner.source());
                List<Participant> src = source;
                more.removeIf(p -> src.stream().anyMatch(q -> q.key().equals(p.key())));
                target = more.isEmpty() ? conditionSubjects(s, c.clause(), actors) : RoleFinder.merge(more, List.of());
            }
            if (target.isEmpty() && code[0].equals("PROTEST") && !source.isEmpty()) {
                target = roles.purpose(s, c.clause() >= 0 ? c.clause() : c.head(), source, actors);
            }
            Attribution attribution = null;
            if (x.frame().alleger() >= 0 && x.frame().alleger() != c.head()) {
                Candidate accuser = byToken.get(x.frame().alleger());
                List<Participant> by = accuser != null ? coded.get(accuser).roles().source()
                        : roles.find(s, new Candidate(x.frame().alleger(), List.of(x.frame().alleger()), c.entry(),
                                x.frame().alleger(), false), actors).source();
                attribution = new Attribution(by.isEmpty() ? null : by.get(0),
                        s.span(x.frame().alleger(), x.frame().alleger()));
                contexts.add("reported");
            }
            if (code[0].equals("ASSAULT") && readiedBy(s, c.clause())) {
                // "the army prepared to resume shelling": readying an attack is a military posture (CAMEO 15)
                code = new String[] {"MOBILIZE", null, "150"};
                contexts.remove("hypothetical");
            }
            PloverConventions.Reading reading = conventions.recode(s, c, x.frame(), actors,
                    new PloverConventions.Reading(code, source, target, contexts, attribution != null));
            if (reading == null) {
                continue; // "must" without a speaker is no demand we can attribute
            }
            code = reading.code();
            contexts = new LinkedHashSet<>(reading.contexts());
            PlaceMention place = setting.place(s, c);
            // "Israel will evacuate the settlements in Gaza": a declared one-sided act, coded AGREE, is done where
            // the text places it; with no place its target stays unguessed ("expected the West to lift barriers")
            String sidesType = code[0].equals("AGREE") && !RoleFinder.SYMMETRIC.contains(c.entry().type())
                    && place != null && place.place().country() != null ? c.entry().type() : code[0];
            PloverConventions.Sides sides = conventions.sides(reading.source(), reading.target(), place,
                    x.roles().targetNamed(), sidesType,
                    SentenceCountry.unnamedSides(reading.source(), reading.target()) ? SentenceCountry.of(s) : null);
            source = sides.source();
            target = sides.target();
            if (source.isEmpty() && target.isEmpty() && !anaphoric(s, c)) {
                continue; // names nobody: unless it refers back to an event ("the talks"), it codes nothing
            }
            EventDate date = setting.date(s, c, timexes, published, contexts.contains("future"));
            if (EventSetting.historical(date, published)) {
                contexts.add("historical");
            }
            if (c.entry().topic() != null) {
                contexts.add(c.entry().topic());
            }
            EventMention mention = new EventMention(s.sentence.index(), s.sentenceSpan(), triggerSpan(s, c),
                    source, target);
            out.add(new Draft(mention, code[0], code[1], code[2], source, target, date, place,
                    List.copyOf(contexts), attribution, anaphoric(s, c)));
        }
        return out;
    }

    static final org.tacitus.lexicon.EventTrigger COMMANDED = new org.tacitus.lexicon.EventTrigger("order",
            List.of(), true, false, false, "REQUEST", null, "100", null);
    static final org.tacitus.lexicon.EventTrigger MUST = new org.tacitus.lexicon.EventTrigger("must",
            List.of(), true, false, false, "REQUEST", null, "100", null);

    /**
     * "Russia said Sudan must return the helicopter": a clause with "must" under a speech verb, holding no trigger
     * of its own, is a demand of the speaker; the candidate's head is the "must" clause's verb.
     */
    private List<Candidate> demands(SentenceView s, List<Candidate> found) {
        List<Candidate> out = new ArrayList<>();
        for (int v = 0; v < s.size(); v++) {
            int must = -1;
            for (int ch : s.children(v)) {
                if (s.relation(ch).startsWith("aux") && s.word(ch).equals("must")) {
                    must = ch;
                }
            }
            if (must < 0 && s.isVerb(v) && lexicon.is(s.lemma(v), EventLexicon.Cue.COMMAND)
                    && s.child(v, "obj") >= 0 && s.child(v, "xcomp") >= 0) {
                // "the judge ordered Menem to appear": a demand of Menem, unless what he is told to do is an event
                int verb = v;
                int told = s.child(v, "xcomp");
                if (found.stream().noneMatch(c -> c.head() == verb || c.clause() == told || c.head() == told)) {
                    out.add(new Candidate(v, List.of(v), COMMANDED, v, false));
                }
                continue;
            }
            if (must < 0 || !s.isVerb(v)) {
                continue;
            }
            int verb = v;
            if (found.stream().anyMatch(c -> c.clause() == verb || c.head() == verb)) {
                continue;
            }
            out.add(new Candidate(v, List.of(must, v), MUST, v, false));
        }
        return out;
    }

    /** Whether a clause is the complement, up to three verbs up, of a verb of readying force ("prepared to"). */
    private boolean readiedBy(SentenceView s, int clause) {
        for (int t = clause, hops = 0; t >= 0 && hops < 3 && (s.relation(t).equals("xcomp")
                || s.relation(t).equals("dep")); hops++) { // "prepared to resume shelling" (shelling: dep)
            t = s.governor(t);
            if (t >= 0 && lexicon.is(s.lemma(t), EventLexicon.Cue.POSTURE)) {
                return true;
            }
        }
        return false;
    }

    private static void recode(String[] code, String outerType, Composition k) {
        code[0] = outerType;
        code[1] = k.mode() == null ? code[1] : k.mode();
        code[2] = k.cameo();
    }

    /**
     * The subjects of "if"/"unless" clauses on the clause, on the clauses it governs ("threatened to ban voting if
     * Hamas ran") or on those governing it: "sanctions if Russia invades" → Russia.
     */
    List<Participant> conditionSubjects(SentenceView s, int clause, ParticipantResolver actors) {
        List<Integer> clauses = new ArrayList<>(List.of(clause));
        // down the chain of complements: "threatened to stop talks to cut arms if the US deploys…"
        for (int k = 0; k < clauses.size() && k < 6; k++) {
            for (int ch : s.children(clauses.get(k))) {
                if ((s.relation(ch).equals("xcomp") || s.relation(ch).equals("ccomp")) && !clauses.contains(ch)) {
                    clauses.add(ch);
                }
            }
        }
        for (int t = s.governor(clause), hops = 0; t >= 0 && hops < 2; t = s.governor(t), hops++) {
            clauses.add(t);
        }
        for (int t : clauses) {
            List<Participant> out = new ArrayList<>();
            for (int ch : s.children(t)) {
                if (s.relation(ch).equals("advcl") && lexicon.is(s.caseOf(ch), EventLexicon.Cue.CONDITION)) {
                    int subject = s.child(ch, "nsubj");
                    if (subject >= 0) {
                        out = RoleFinder.merge(out, actors.resolve(s, subject));
                    }
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    private static org.tacitus.model.TextSpan triggerSpan(SentenceView s, Candidate c) {
        int first = c.tokens().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int last = c.tokens().stream().mapToInt(Integer::intValue).max().orElseThrow();
        if (last - first > 3) {
            return s.span(c.head(), c.head());
        }
        return s.span(first, last);
    }

    private static boolean anaphoric(SentenceView s, Candidate c) {
        if (s.isVerb(c.head())) {
            return false;
        }
        for (int ch : s.children(c.head())) {
            if (s.relation(ch).equals("det") && ANAPHORIC_DETERMINERS.contains(s.word(ch))) {
                return true;
            }
        }
        return false;
    }
}

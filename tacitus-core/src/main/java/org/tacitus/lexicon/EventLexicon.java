package org.tacitus.lexicon;

import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event lexicon, three bundled tables: {@code event-triggers.tsv} (what words code which PLOVER event),
 * {@code event-cues.tsv} (words that shape an event without being one: light verbs, "deny", "plan", "accuse of",
 * "if") and {@code event-compositions.tsv} (what an embedded event makes of the one above it: "threaten" + a
 * sanction is a THREATEN with mode restrict, CAMEO 1312). Immutable and thread-safe once loaded.
 */
public final class EventLexicon {

    /** What a cue word does to the events around it. */
    public enum Cue {
        /** carries a noun trigger's roles: "hold talks", "impose sanctions", "launch an attack" */
        LIGHT,
        /** a noun trigger's predicate that dates and places it: "the talks will take place on Jan. 10" */
        OCCUR,
        /** what it governs is intended, not done: "plan to attack", "seek to bar" */
        INTENT,
        /** what it governs is alleged by its subject: "accused Russia of massing troops" */
        ALLEGE,
        /** what it governs did not or will not happen: "denies planning", "refused to meet" */
        NEGATE,
        /** what it governs is scheduled: "are expected to meet", "is due to visit" */
        SCHEDULE,
        /** a noun whose "of" names a possibility: "fears of a wider war", "the threat of sanctions" */
        POSSIBILITY,
        /** an auxiliary of possibility: "would", "could", "might" */
        MODAL,
        /** a subordinator of condition: "if", "unless" */
        CONDITION,
        /** a verb whose object is the event's instigator ("urged Iran to stop"): object control */
        OBJECT_CONTROL,
        /** an adjective declaring an intention: "is prepared to lift the ban", "is willing to withdraw" */
        READINESS,
        /** a verb of command whose object is told to act: "ordered Menem to appear" is a demand of Menem */
        COMMAND,
        /** a verb of readying force: "the army prepared to resume shelling" is a military posture (MOBILIZE) */
        POSTURE
    }

    /** The result of composing an embedded event into the one governing it. */
    public record Composition(String mode, String cameo) {
    }

    private static final String BASE = "/org/tacitus/lexicon/";
    private static final EventLexicon BUILT_IN = load();

    private final Map<String, List<EventTrigger>> byHead;
    private final Map<String, Set<Cue>> cues;
    private final Map<String, Composition> compositions;

    private EventLexicon(Map<String, List<EventTrigger>> byHead, Map<String, Set<Cue>> cues,
                         Map<String, Composition> compositions) {
        this.byHead = byHead;
        this.cues = cues;
        this.compositions = compositions;
    }

    public static EventLexicon builtIn() {
        return BUILT_IN;
    }

    /** The entries whose head is this lemma, those that need more words first. */
    public List<EventTrigger> triggers(String lemma) {
        return byHead.getOrDefault(lemma.toLowerCase(Locale.ROOT), List.of());
    }

    public boolean is(String lemma, Cue cue) {
        return lemma != null && cues.getOrDefault(lemma.toLowerCase(Locale.ROOT), Set.of()).contains(cue);
    }

    /** What an event of type {@code inner} embedded under one of type {@code outer} makes of the outer one. */
    public Optional<Composition> compose(String outer, String inner) {
        return Optional.ofNullable(compositions.get(outer + "+" + inner));
    }

    public int size() {
        return byHead.values().stream().mapToInt(List::size).sum();
    }

    private static EventLexicon load() {
        Map<String, List<EventTrigger>> byHead = new HashMap<>();
        for (LexiconTsv.TsvLine line : read("event-triggers.tsv", "phrase\tpos\ttype\tmode\tcameo\ttopic")) {
            String[] words = line.field(0).toLowerCase(Locale.ROOT).split(" ");
            String pos = line.field(1);
            if (!Set.of("V", "N", "VN", "L").contains(pos)) {
                throw line.fail("pos must be V, N, VN or L");
            }
            String cameo = line.field(4);
            if (!cameo.matches("\\d{2,4}")) {
                throw line.fail("CAMEO code must have 2 to 4 digits");
            }
            EventTrigger t = new EventTrigger(words[0], List.of(words).subList(1, words.length), pos.contains("V"),
                    pos.contains("N") || pos.equals("L"), pos.equals("L"), line.field(2), line.optional(3), cameo,
                    line.optional(5));
            byHead.computeIfAbsent(t.head(), k -> new ArrayList<>()).add(t);
        }
        byHead.replaceAll((k, v) -> v.stream()
                .sorted((a, b) -> Integer.compare(b.with().size(), a.with().size())).toList());
        Map<String, Set<Cue>> cues = new HashMap<>();
        for (LexiconTsv.TsvLine line : read("event-cues.tsv", "lemma\tcue")) {
            Cue cue;
            try {
                cue = Cue.valueOf(line.field(1).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw line.fail("unknown cue " + line.field(1));
            }
            cues.computeIfAbsent(line.field(0).toLowerCase(Locale.ROOT), k -> EnumSet.noneOf(Cue.class)).add(cue);
        }
        Map<String, Composition> compositions = new HashMap<>();
        for (LexiconTsv.TsvLine line : read("event-compositions.tsv", "outer\tinner\tmode\tcameo")) {
            compositions.put(line.field(0) + "+" + line.field(1), new Composition(line.optional(2), line.field(3)));
        }
        return new EventLexicon(Map.copyOf(byHead), Map.copyOf(cues), Map.copyOf(compositions));
    }

    private static List<LexiconTsv.TsvLine> read(String file, String header) {
        Reader in = LexiconTsv.openResource(BASE + file);
        return LexiconTsv.readTsv(file, in, header);
    }
}

package org.tacitus.events.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.tacitus.eval.Prf;
import org.tacitus.events.EventStage;
import org.tacitus.model.Article;
import org.tacitus.model.Event;
import org.tacitus.model.Participant;
import org.tacitus.model.SourceFormat;

/**
 * Scores coded events against PLOVER gold sentences. The gold codes one event per sentence, so each sentence's
 * principal event is compared: the first event stated as the article's own (not reported, negated or
 * hypothetical), else the first event. Event type: precision, recall and F1 per type and micro-averaged over all
 * (a sentence with no event is a miss; a wrong type is a spurious event of that type and a miss of the gold
 * type). Dyad accuracy: the share of gold events whose type is right and whose source and target country or
 * organisation codes (three letters: USA, IGO…) are exactly the gold's, as sets: nothing missing, nothing extra,
 * the sides not swapped. The gold's code field holds no sector, so a system actor is compared by the first three
 * letters of its code (RUSGOV and RUS both count as RUS; IGOUNO as IGO); an actor coded by a bare sector (REB)
 * matches only a gold actor coded by that sector alone. Also: how many sentences have the gold
 * type among any of their events. Thread-safe if the system is.
 */
public final class EventEvaluation {

    /** One scored sentence. */
    public record Outcome(PloverGold.GoldEvent gold, Event predicted, int eventCount, boolean anyType) {
        public boolean typeRight() {
            return predicted != null && predicted.type().equals(gold.type());
        }

        public boolean dyadRight() {
            return typeRight() && codes(predicted.source()).equals(gold.source())
                    && codes(predicted.target()).equals(gold.target());
        }
    }

    private final Function<Article, List<Event>> system;

    public EventEvaluation(Function<Article, List<Event>> system) {
        this.system = system;
    }

    public List<Outcome> evaluate(List<PloverGold.GoldEvent> gold) {
        List<Outcome> out = new ArrayList<>();
        for (PloverGold.GoldEvent g : gold) {
            Article a = new Article(g.id(), g.text(), g.text(), null, null, null, List.of(),
                    "plover-gold", SourceFormat.TEXT, List.of());
            List<Event> events = system.apply(a);
            Event principal = EventStage.principal(events).orElse(null);
            boolean any = events.stream().anyMatch(e -> e.type().equals(g.type()));
            out.add(new Outcome(g, principal, events.size(), any));
        }
        return out;
    }

    static Set<String> codes(List<Participant> side) {
        Set<String> out = new HashSet<>();
        for (Participant p : side) {
            String code = p.actor().code();
            if (code != null && code.length() >= 3) {
                out.add(code.substring(0, 3));
            }
        }
        return out;
    }

    public static String report(List<Outcome> outcomes) {
        Map<String, int[]> perType = new TreeMap<>(); // tp, fp, fn
        int dyad = 0;
        int any = 0;
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Outcome o : outcomes) {
            String gold = o.gold().type();
            if (o.typeRight()) {
                perType.computeIfAbsent(gold, k -> new int[3])[0]++;
                tp++;
            } else {
                perType.computeIfAbsent(gold, k -> new int[3])[2]++;
                fn++;
                if (o.predicted() != null) {
                    perType.computeIfAbsent(o.predicted().type(), k -> new int[3])[1]++;
                    fp++;
                }
            }
            dyad += o.dyadRight() ? 1 : 0;
            any += o.anyType() ? 1 : 0;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-10s %5s %5s %5s %6s %6s %6s%n", "type", "tp", "fp", "fn", "P", "R",
                "F1"));
        for (Map.Entry<String, int[]> e : perType.entrySet()) {
            int[] c = e.getValue();
            Prf p = Prf.of(c[0], c[0] + c[1], c[0] + c[2]);
            sb.append(String.format(Locale.ROOT, "%-10s %5d %5d %5d %6.3f %6.3f %6.3f%n", e.getKey(), c[0], c[1],
                    c[2], p.precision(), p.recall(), p.f1()));
        }
        Prf all = Prf.of(tp, tp + fp, tp + fn);
        int n = outcomes.size();
        sb.append(String.format(Locale.ROOT, "%-10s %5d %5d %5d %6.3f %6.3f %6.3f%n", "all", tp, fp, fn,
                all.precision(), all.recall(), all.f1()));
        sb.append(String.format(Locale.ROOT, "dyad accuracy: %d/%d = %.3f (type, source and target codes right)%n",
                dyad, n, n == 0 ? 0.0 : (double) dyad / n));
        sb.append(String.format(Locale.ROOT, "gold type among any event of the sentence: %d/%d = %.3f%n", any, n,
                n == 0 ? 0.0 : (double) any / n));
        long none = outcomes.stream().filter(o -> o.predicted() == null).count();
        sb.append(String.format(Locale.ROOT, "sentences without any event: %d%n", none));
        return sb.toString();
    }

    /** Every sentence whose type or dyad is wrong, as TSV. */
    public static void writeErrors(List<Outcome> outcomes, Writer w) throws IOException {
        write(outcomes, w, false);
    }

    /** Every sentence, right or wrong, as TSV with a {@code verdict} column: dyad, type (type right only) or wrong. */
    public static void writeRecords(List<Outcome> outcomes, Writer w) throws IOException {
        write(outcomes, w, true);
    }

    private static void write(List<Outcome> outcomes, Writer w, boolean all) throws IOException {
        w.write((all ? "verdict\t" : "")
                + "id\tgold_type\tgold_source\tgold_target\ttype\tsource\ttarget\ttrigger\tcontexts\ttext\n");
        for (Outcome o : outcomes) {
            if (o.dyadRight() && !all) {
                continue;
            }
            Event p = o.predicted();
            if (all) {
                w.write(o.dyadRight() ? "dyad\t" : o.typeRight() ? "type\t" : "wrong\t");
            }
            w.write(String.join("\t", o.gold().id(), o.gold().type(), String.join(",", o.gold().source()), String.join(",", o.gold().target()),
                    p == null ? "-" : p.type(), p == null ? "" : String.join(",", codes(p.source())),
                    p == null ? "" : String.join(",", codes(p.target())), p == null ? "" : p.first().trigger().text(),
                    p == null ? "" : String.join(",", p.contexts()), o.gold().text().replace('\t', ' '))
                    + "\n");
        }
    }
}

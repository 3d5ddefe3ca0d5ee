package org.tacitus.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tacitus.model.Sentence;
import org.tacitus.model.Token;
import org.tacitus.nlp.DependencyTree;

/**
 * The tense of the clause a time expression belongs to: from the dependency parse (walk up from the expression to
 * its verb, then read the verb's auxiliaries and the verbs that control it), or, for sentences without a parse,
 * from the nearest verb group before the expression. Stateless and thread-safe.
 */
final class TenseDetector {

    private static final Set<String> DEADLINE = Set.of("until", "till", "through", "by", "payable", "before",
            "starting", "beginning", "effective");
    /** Deadline words that can also close a stretch of the past ("bought shares through Sept. 29"). */
    private static final Set<String> SPAN_END = Set.of("until", "till", "through", "by");
    /** Controllers whose past form still announces a time ahead: what was planned or scheduled. */
    private static final Set<String> PLANNED_IN_PAST = Set.of("plan", "schedule", "expect", "set", "arrange", "intend");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never");
    private static final Set<String> NEGATIVE_SUBJECTS = Set.of("nobody", "none", "nothing", "neither");
    private static final Set<String> NEGATIVE_DETERMINERS = Set.of("no", "neither");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "'re", "'s", "am");
    private static final Set<String> FUTURE_AUX = Set.of("will", "'ll", "shall", "wo", "would", "'d");
    private static final Set<String> FUTURE_CONTROLLERS = Set.of("expect", "schedule", "set", "due", "plan", "intend",
            "aim", "prepare", "hope", "agree", "suppose", "promise", "vow", "threaten", "want", "seek", "decide", "arrange");

    Tense tense(Sentence sentence, int firstToken, int lastToken) {
        String before = firstToken > 0 ? sentence.tokens().get(firstToken - 1).text().toLowerCase(Locale.ROOT) : "";
        if (before.equals("since")) {
            return Tense.PAST; // "since March": a start already behind us
        }
        boolean deadline = DEADLINE.contains(before);
        Verdict v = sentence.parsed() && !sentence.dependencies().isEmpty()
                ? fromParse(sentence, firstToken, lastToken) : Verdict.NONE;
        Tense t = v.tense();
        if (deadline && v.pluperfect()) {
            return Tense.PAST; // "had not named him until Thursday": the stretch closed before the past it tells
        }
        if (before.equals("by") && t == Tense.PAST && v.own() && !calendarDate(sentence, firstToken, lastToken)) {
            return Tense.PAST; // "by Monday morning, results showed a clear lead": what had happened by then
        }
        if (deadline) {
            // "until mid-November", "payable Dec. 7", "by January": deadlines lie ahead, unless the clause reports
            // what already happened ("bought shares through Sept. 29", "had been silent until Thursday"), where a
            // past clause can still set a future deadline ("was extended until March"): the nearest one then
            // for a calendar date ("through Sept. 29"); a weekday after a past verb stays ahead ("postponed
            // until Tuesday")
            return t == Tense.PAST && SPAN_END.contains(before) && calendarDate(sentence, firstToken, lastToken)
                    ? Tense.UNKNOWN : Tense.FUTURE;
        }
        if (t == Tense.UNKNOWN && v.infinitive() && calendarDate(sentence, firstToken, lastToken)) {
            // "guidelines to be published in early November": an infinitive's time is its own, neither that of
            // the verb reporting it nor of a verb nearby; the nearest month or date is the likeliest (a weekday
            // still takes the nearby verb's tense: "will meet on Wednesday to discuss")
            return Tense.UNKNOWN;
        }
        return t != Tense.UNKNOWN ? t : fromWindow(sentence, firstToken);
    }

    /** What the parse says: a tense, whether the verb is an undecided infinitive, whether it is pluperfect. */
    private record Verdict(Tense tense, boolean infinitive, boolean pluperfect, boolean own) {
        static final Verdict NONE = new Verdict(Tense.UNKNOWN, false, false, false);

        Verdict(Tense tense, boolean infinitive, boolean pluperfect) {
            this(tense, infinitive, pluperfect, false);
        }
    }

    private Verdict fromParse(Sentence s, int first, int last) {
        int n = s.tokens().size();
        DependencyTree tree = new DependencyTree(s);
        int head = first;
        for (int i = first; i <= last && i < n; i++) {
            if (tree.governor(i) < first || tree.governor(i) > last) {
                head = i;
                break;
            }
        }
        int verb = tree.governor(head);
        int guard = 0;
        while (verb >= 0 && !isVerb(s.tokens().get(verb)) && guard++ < n) {
            Tense copular = copular(s, verb, tree);
            if (copular != Tense.UNKNOWN) {
                return new Verdict(copular, false, false);
            }
            verb = tree.governor(verb);
        }
        if (verb < 0) {
            return Verdict.NONE;
        }
        boolean infinitive = false;
        // the verb and the verbs that control it through xcomp ("are expected to meet")
        for (int v = verb, hops = 0; v >= 0 && hops < 3; hops++) {
            List<Integer> children = tree.children(v);
            Tense t = verbGroup(s, v, children, tree);
            if (t != Tense.UNKNOWN) {
                return new Verdict(t, false, t == Tense.PAST && pluperfect(s, v, children), hops == 0);
            }
            int current = v;
            infinitive |= children.stream().anyMatch(c -> c < current && "TO".equals(s.tokens().get(c).pos()));
            String rel = tree.relation(v);
            if (rel == null || !(rel.startsWith("xcomp") || rel.startsWith("conj")
                    || (rel.startsWith("advcl") || rel.equals("dep")) && participleAlone(s, v, children))) {
                break;
            }
            v = tree.governor(v);
        }
        return new Verdict(Tense.UNKNOWN, infinitive, false);
    }

    /** "may have", "could have", "would have": a modal over a perfect speaks of what is behind. */
    private static boolean modalPerfect(Sentence s, int head, List<Integer> children) {
        return children.stream().anyMatch(c -> c < head && s.tokens().get(c).text().equalsIgnoreCase("have"));
    }

    /**
     * A predicate without a verb takes its tense from its copula: "and is due in Tehran on Thursday" looks ahead,
     * whatever the verb it is coordinated with ("flew to Riyadh on Tuesday").
     */
    private static Tense copular(Sentence s, int predicate, DependencyTree tree) {
        int cop = tree.child(predicate, "cop");
        if (cop < 0) {
            return Tense.UNKNOWN;
        }
        List<Integer> children = tree.children(predicate);
        for (int c : children) {
            if (c < predicate && "MD".equals(s.tokens().get(c).pos())) {
                // "will be in Geneva on Monday"; "may have been responsible for the drop on Wednesday" is past
                return modalPerfect(s, predicate, children) ? Tense.PAST : Tense.FUTURE;
            }
        }
        String be = s.tokens().get(cop).text().toLowerCase(Locale.ROOT);
        if (PRESENT_BE.contains(be)) {
            return s.tokens().get(predicate).text().equalsIgnoreCase("due") ? Tense.FUTURE : Tense.PRESENT;
        }
        return be.equals("was") || be.equals("were") ? Tense.PAST : Tense.UNKNOWN;
    }

    /**
     * "has fluctuated, rising to a high in June from $29.75 in March": a participle without auxiliaries or a
     * subject of its own has no tense; it shares that of the clause it modifies.
     */
    private static boolean participleAlone(Sentence s, int verb, List<Integer> children) {
        return "VBG".equals(s.tokens().get(verb).pos())
                && children.stream().noneMatch(c -> c < verb && (isAuxiliary(s.tokens().get(c))
                        || "IN".equals(s.tokens().get(c).pos()) || "PRP".equals(s.tokens().get(c).pos())
                        || s.tokens().get(c).pos() != null && s.tokens().get(c).pos().startsWith("NN")));
    }

    /** A verb negated by a child ("not", "never") or through its subject ("neither he nor…", "no one", "nobody"). */
    private static boolean negated(Sentence s, int verb, List<Integer> children, DependencyTree tree) {
        for (int c : children) {
            if (c > verb) {
                continue;
            }
            String word = s.tokens().get(c).text().toLowerCase(Locale.ROOT);
            if (NEGATIONS.contains(word)) {
                return true;
            }
            String rel = tree.relation(c);
            if (rel != null && rel.startsWith("nsubj") && (NEGATIVE_SUBJECTS.contains(word)
                    || tree.children(c).stream().anyMatch(d -> NEGATIVE_DETERMINERS.contains(
                            s.tokens().get(d).text().toLowerCase(Locale.ROOT))))) {
                return true;
            }
        }
        return false;
    }

    private static boolean pluperfect(Sentence s, int verb, List<Integer> children) {
        return "VBN".equals(s.tokens().get(verb).pos()) && hadBefore(s, verb, children);
    }

    private static boolean hadBefore(Sentence s, int verb, List<Integer> children) {
        return children.stream().anyMatch(c -> c < verb && s.tokens().get(c).text().equalsIgnoreCase("had"));
    }

    private Tense verbGroup(Sentence s, int verb, List<Integer> children, DependencyTree tree) {
        Token v = s.tokens().get(verb);
        boolean perfect = false;
        boolean pastAux = false;
        boolean toMarker = false;
        for (int c : children) {
            if (c > verb) {
                continue; // auxiliaries stand before their verb; a verb after it heads a clause of its own
            }
            Token child = s.tokens().get(c);
            String word = child.text().toLowerCase(Locale.ROOT);
            if (FUTURE_AUX.contains(word) && "MD".equals(child.pos())) {
                return Tense.FUTURE;
            }
            if ("MD".equals(child.pos()) && word.equals("could") && negated(s, verb, children, tree)) {
                // "could not be reached Wednesday", "neither he nor his aides could be located Wednesday": what
                // failed, not what may come
                return Tense.PAST;
            }
            if ("MD".equals(child.pos())) {
                // may, might, could, should: not yet happened; "may have caused the fall on Wednesday" has
                return modalPerfect(s, verb, children) ? Tense.PAST : Tense.FUTURE;
            }
            if (word.equals("to") && "TO".equals(child.pos())) {
                toMarker = true;
            }
            if ("VBD".equals(child.pos())) {
                pastAux = true;
            }
            if (word.equals("has") || word.equals("have")) {
                perfect = true;
            }
        }
        String lemma = v.lemma() == null ? "" : v.lemma().toLowerCase(Locale.ROOT);
        if (FUTURE_CONTROLLERS.contains(lemma) && PLANNED_IN_PAST.contains(lemma) && "VBD".equals(v.pos())
                && children.stream().anyMatch(c -> c > verb && isVerb(s.tokens().get(c)))) {
            return Tense.FUTURE; // "planned to leave on Thursday": a plan reported in the past, its time ahead
        }
        // "had been scheduled to expire at midnight Friday": a plan of the past, overtaken
        if (FUTURE_CONTROLLERS.contains(lemma) && !"VBD".equals(v.pos()) && !hadBefore(s, verb, children)) {
            for (int c : children) {
                Token child = s.tokens().get(c);
                if (isVerb(child) && child.index() > verb) {
                    return Tense.FUTURE;
                }
            }
        }
        if (pastAux || "VBD".equals(v.pos()) || (perfect && "VBN".equals(v.pos()))) {
            return Tense.PAST;
        }
        // auxiliaries stand before their verb; a verb after it heads a clause of its own ("announced Friday,
        // holders would receive")
        if ("VBN".equals(v.pos()) && children.stream().noneMatch(c -> c < verb && isAuxiliary(s.tokens().get(c)))) {
            return Tense.PAST; // a participle of its own: "the year ended March 31"
        }
        if ("VBN".equals(v.pos()) && children.stream().anyMatch(c -> c < verb && PRESENT_BE.contains(
                s.tokens().get(c).text().toLowerCase(Locale.ROOT)))) {
            // a present passive: "elections are scheduled for October" is a plan, "the market is closed Monday"
            // the nearest such day
            return FUTURE_CONTROLLERS.contains(lemma) ? Tense.FUTURE : Tense.PRESENT;
        }
        if (toMarker && children.stream().anyMatch(c -> c < verb && PRESENT_BE.contains(
                s.tokens().get(c).text().toLowerCase(Locale.ROOT)))) {
            return Tense.FUTURE; // "is to resume trading Tuesday": an arrangement ahead
        }
        if (toMarker) {
            return Tense.UNKNOWN; // let the controlling verb decide
        }
        if ("VBG".equals(v.pos())) {
            for (int c : children) {
                String w = s.tokens().get(c).text().toLowerCase(Locale.ROOT);
                if (PRESENT_BE.contains(w)) {
                    return Tense.FUTURE; // "are meeting on Friday"
                }
            }
        }
        if ("VBZ".equals(v.pos()) || "VBP".equals(v.pos())) {
            return Tense.PRESENT;
        }
        if ("VB".equals(v.pos()) && children.stream().anyMatch(c -> c < verb && "nsubj".equals(tree.relation(c)))
                && children.stream().noneMatch(c -> c < verb && isAuxiliary(s.tokens().get(c)))) {
            return Tense.PRESENT; // "Netanyahu and Arafat meet Monday": a plural subject's verb, tagged as a base form
        }
        return Tense.UNKNOWN;
    }

    private Tense fromWindow(Sentence s, int first) {
        for (int i = Math.min(first - 1, s.tokens().size() - 1); i >= 0 && i >= first - 8; i--) {
            Token t = s.tokens().get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if ("MD".equals(t.pos()) || FUTURE_AUX.contains(w)) {
                return Tense.FUTURE;
            }
            if (w.equals("due") && i + 1 < first && s.tokens().get(i + 1).text().equalsIgnoreCase("to")) {
                return Tense.FUTURE; // "is due to take place on Saturday", which parsers read as "due to the rain"
            }
            if ("VBD".equals(t.pos())) {
                return Tense.PAST;
            }
        }
        for (int i = first; i < s.tokens().size() && i < first + 8; i++) {
            Token t = s.tokens().get(i);
            if ("MD".equals(t.pos())) {
                return Tense.FUTURE;
            }
            if ("VBD".equals(t.pos())) {
                return Tense.PAST;
            }
        }
        return Tense.UNKNOWN;
    }

    private static boolean calendarDate(Sentence s, int first, int last) {
        for (int i = first; i <= last && i < s.tokens().size(); i++) {
            if (Lexicon.month(s.tokens().get(i).text()) > 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAuxiliary(Token t) {
        String pos = t.pos();
        return pos != null && (pos.equals("MD") || pos.startsWith("VB") || pos.equals("TO"));
    }

    private static boolean isVerb(Token t) {
        return t.pos() != null && t.pos().startsWith("VB");
    }
}

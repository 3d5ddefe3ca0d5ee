package org.tacitus.time;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tacitus.model.Sentence;
import org.tacitus.model.TimeExpression;
import org.tacitus.model.TimexType;
import org.tacitus.model.Token;
import org.tacitus.nlp.DependencyTree;

/**
 * Which time expression governs a clause: for the events stage, the date of "will hold talks on Jan. 10" is the
 * DATE or TIME expression inside the subtree of the clause's head, not inside a nested clause of its own
 * ("said the talks would take place on Jan. 10" gives "said" no date), nearest to the head. Stateless.
 */
public final class ClauseTime {

    private static final Set<String> CLAUSE_BOUNDARIES = Set.of("ccomp", "advcl", "acl", "acl:relcl", "parataxis",
            "csubj", "xcomp", "conj");

    private ClauseTime() {
    }

    /**
     * @param sentence  a parsed sentence
     * @param head      the index (in the sentence) of the clause's head token, usually its verb or trigger noun
     * @param timexes   the document's time expressions (any order; those outside the sentence are ignored)
     */
    public static Optional<TimeExpression> governing(Sentence sentence, int head, List<TimeExpression> timexes) {
        int n = sentence.tokens().size();
        if (head < 0 || head >= n) {
            throw new IllegalArgumentException("head " + head + " outside the sentence");
        }
        DependencyTree tree = new DependencyTree(sentence);
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : timexes) {
            if (t.start() < sentence.start() || t.end() > sentence.end()
                    || t.type() == TimexType.DURATION || t.type() == TimexType.SET) {
                continue;
            }
            int timexHead = headOf(sentence, tree, t);
            if (timexHead < 0) {
                continue;
            }
            int distance = distanceUp(timexHead, head, tree, n);
            if (distance >= 0 && distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The token of the expression whose governor lies outside it, or -1. */
    private static int headOf(Sentence s, DependencyTree tree, TimeExpression t) {
        int first = -1;
        int last = -1;
        for (Token token : s.tokens()) {
            if (token.end() > t.start() && token.start() < t.end()) {
                if (first < 0) {
                    first = token.index();
                }
                last = token.index();
            }
        }
        for (int i = first; i >= 0 && i <= last; i++) {
            if (tree.governor(i) < first || tree.governor(i) > last) {
                return i;
            }
        }
        return first;
    }

    /** Steps from {@code from} up to {@code head} without crossing into another clause, or -1. */
    private static int distanceUp(int from, int head, DependencyTree tree, int n) {
        int steps = 0;
        for (int i = from; i >= 0 && steps <= n; i = tree.governor(i), steps++) {
            if (i == head) {
                return steps;
            }
            if (i != from && tree.relation(i) != null && CLAUSE_BOUNDARIES.contains(tree.relation(i))) {
                return -1;
            }
        }
        return -1;
    }
}

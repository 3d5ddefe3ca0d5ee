package org.tacitus.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tacitus.model.Dependency;
import org.tacitus.model.Sentence;

/**
 * Navigation over a sentence's UD dependencies: governor, relation and children of each token, and subtrees.
 * Built per use from the immutable {@link Sentence}; not thread-safe to share while building, immutable after.
 */
public final class DependencyTree {

    private final int[] governor;
    private final String[] relation;
    private final List<List<Integer>> children;

    public DependencyTree(Sentence sentence) {
        int n = sentence.tokens().size();
        governor = new int[n];
        relation = new String[n];
        Arrays.fill(governor, -1);
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (Dependency d : sentence.dependencies()) {
            if (d.dependent() < n) {
                governor[d.dependent()] = d.governor();
                relation[d.dependent()] = d.relation();
                if (d.governor() >= 0 && d.governor() < n) {
                    children.get(d.governor()).add(d.dependent());
                }
            }
        }
    }

    /** The governor of token i, or -1 for the root and unattached tokens. */
    public int governor(int i) {
        return governor[i];
    }

    /** The relation of token i to its governor ("nsubj", "obl:tmod"…), or null. */
    public String relation(int i) {
        return relation[i];
    }

    public List<Integer> children(int i) {
        return children.get(i);
    }

    /** The first child of i whose relation starts with {@code prefix}, or -1. */
    public int child(int i, String prefix) {
        for (int c : children.get(i)) {
            if (relation[c] != null && relation[c].startsWith(prefix)) {
                return c;
            }
        }
        return -1;
    }

    /** The smallest and largest token index in the subtree of i, as {first, last}. */
    public int[] subtree(int i) {
        int[] range = {i, i};
        collect(i, range, 0);
        return range;
    }

    private void collect(int i, int[] range, int depth) {
        if (depth > governor.length) {
            return; // a cycle in a malformed parse
        }
        range[0] = Math.min(range[0], i);
        range[1] = Math.max(range[1], i);
        for (int c : children.get(i)) {
            collect(c, range, depth + 1);
        }
    }
}

package org.tacitus.quotes;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tacitus.model.Sentence;
import org.tacitus.nlp.DependencyTree;

/**
 * The dependency trees and reported clauses of one document's sentences, each built once however many quotations
 * ask for it. One per call of {@link QuoteStage#find}; not thread-safe.
 */
final class SentenceParses {

    private final Map<Sentence, DependencyTree> trees = new IdentityHashMap<>();
    private final Map<Sentence, List<ReportedSpeech.Clause>> clauses = new IdentityHashMap<>();

    DependencyTree tree(Sentence s) {
        return trees.computeIfAbsent(s, DependencyTree::new);
    }

    /** {@link ReportedSpeech#all} of the sentence. */
    List<ReportedSpeech.Clause> clauses(Sentence s) {
        return clauses.computeIfAbsent(s, k -> List.copyOf(ReportedSpeech.all(k, tree(k))));
    }
}

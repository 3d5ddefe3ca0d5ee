package org.tacitus.events;

import java.util.List;
import java.util.Locale;
import org.tacitus.model.Entity;
import org.tacitus.model.Sentence;
import org.tacitus.model.TextSpan;
import org.tacitus.model.Token;
import org.tacitus.nlp.DependencyTree;

/**
 * One parsed sentence as the events stage reads it: tokens, the dependency tree, and the entity (if any) over each
 * token. Immutable after construction; one per sentence and call.
 */
final class SentenceView {

    final Sentence sentence;
    final DependencyTree tree;
    private final Entity[] entityAt;
    private final String text;

    SentenceView(Sentence sentence, List<Entity> entities, String text) {
        this.sentence = sentence;
        this.tree = new DependencyTree(sentence);
        this.text = text;
        this.entityAt = new Entity[sentence.tokens().size()];
        for (Entity e : entities) {
            if (e.end() <= sentence.start() || e.start() >= sentence.end()) {
                continue;
            }
            for (Token t : sentence.tokens()) {
                if (t.start() < e.end() && t.end() > e.start()) {
                    Entity old = entityAt[t.index()];
                    // prefer an entity with an actor, then the shorter one (the name inside a nominal)
                    if (old == null || (old.actor() == null && e.actor() != null)
                            || ((old.actor() == null) == (e.actor() == null)
                            && e.end() - e.start() < old.end() - old.start())) {
                        entityAt[t.index()] = e;
                    }
                }
            }
        }
    }

    int size() {
        return sentence.tokens().size();
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String lemma(int i) {
        Token t = token(i);
        String l = t.lemma() == null ? t.text() : t.lemma();
        return l.toLowerCase(Locale.ROOT);
    }

    String word(int i) {
        return token(i).text().toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        String p = token(i).pos();
        return p == null ? "" : p;
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VB") || (pos(i).startsWith("NN") && headsVerbClause(i));
    }

    boolean isNoun(int i) {
        return pos(i).startsWith("NN") && !headsVerbClause(i);
    }

    /**
     * A word tagged as a noun that the parse makes the head of a clause with a modal or infinitive auxiliary and
     * no copula is a verb the tagger missed: "they would blockade Paris".
     */
    private boolean headsVerbClause(int i) {
        boolean modal = false;
        for (int ch : children(i)) {
            String r = relation(ch);
            if (r.equals("cop") || r.equals("case") || r.equals("det")) {
                return false;
            }
            if (r.equals("aux") && (pos(ch).equals("MD") || word(ch).equals("to"))) {
                modal = true;
            }
        }
        return modal;
    }

    String relation(int i) {
        String r = tree.relation(i);
        return r == null ? "" : r;
    }

    int governor(int i) {
        return tree.governor(i);
    }

    List<Integer> children(int i) {
        return tree.children(i);
    }

    /** The entity over token i, or null. */
    Entity entity(int i) {
        return entityAt[i];
    }

    /** The lemma of the case marker or subordinator of token i ("in" of "in Geneva"), or null. */
    String caseOf(int i) {
        for (int c : children(i)) {
            String r = relation(c);
            if (r.equals("case") || r.equals("mark")) {
                return lemma(c);
            }
        }
        return null;
    }

    /** The first child of i with exactly this relation, or -1. */
    int child(int i, String relation) {
        for (int c : children(i)) {
            if (relation(c).equals(relation)) {
                return c;
            }
        }
        return -1;
    }

    boolean hasChildLemma(int i, String relationPrefix, java.util.Set<String> lemmas) {
        for (int c : children(i)) {
            if (relation(c).startsWith(relationPrefix) && lemmas.contains(lemma(c))) {
                return true;
            }
        }
        return false;
    }

    TextSpan span(int first, int last) {
        int start = token(first).start();
        int end = token(last).end();
        return new TextSpan(start, end, text.substring(start, end));
    }

    TextSpan sentenceSpan() {
        return new TextSpan(sentence.start(), sentence.end(), text.substring(sentence.start(), sentence.end()));
    }
}

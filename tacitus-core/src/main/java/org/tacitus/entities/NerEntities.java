package org.tacitus.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tacitus.model.AnalyzedText;
import org.tacitus.model.Article;
import org.tacitus.model.Entity;
import org.tacitus.model.NerMention;
import org.tacitus.model.Token;

/**
 * Named entities from the NER mentions: the name classes only (numbers, money and time are not entities; time
 * has its own stage), and names only: CoreNLP also reports pronouns ("he") as PERSON mentions, which are a job
 * for coreference, not for the entity list. Thread-safe.
 */
public final class NerEntities {

    private static final Set<String> NAME_CLASSES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    public List<Entity> find(Article article, AnalyzedText analyzed) {
        List<Entity> out = new ArrayList<>();
        for (NerMention m : analyzed.mentions()) {
            if (NAME_CLASSES.contains(m.nerClass()) && !isPronoun(m, analyzed)) {
                out.add(new Entity(m.start(), m.end(), article.text().substring(m.start(), m.end()), m.nerClass(),
                        null, null));
            }
        }
        return out;
    }

    private static boolean isPronoun(NerMention m, AnalyzedText analyzed) {
        List<Token> tokens = analyzed.sentences().get(m.sentence()).tokens().subList(m.tokenStart(), m.tokenEnd());
        return tokens.stream().allMatch(t -> t.pos() != null && (t.pos().startsWith("PRP") || t.pos().startsWith("WP")));
    }
}

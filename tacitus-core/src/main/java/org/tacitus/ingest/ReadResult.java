package org.tacitus.ingest;

import java.util.Objects;
import org.tacitus.model.Article;
import org.tacitus.model.Problem;

/** What a reader yields for one document: an article, or the reason there is none. */
public sealed interface ReadResult {

    /** The document id (also for failures, so the output line can name it). */
    String id();

    record Read(Article article) implements ReadResult {
        public Read {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String id() {
            return article.id();
        }
    }

    record Failed(String id, Problem problem) implements ReadResult {
        public Failed {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(problem, "problem");
        }
    }

    static ReadResult read(Article article) {
        return new Read(article);
    }

    static ReadResult failed(String id, Problem problem) {
        return new Failed(id, problem);
    }
}

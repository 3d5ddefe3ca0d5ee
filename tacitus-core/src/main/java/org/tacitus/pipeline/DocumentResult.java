package org.tacitus.pipeline;

import java.util.Objects;
import org.tacitus.model.Extraction;
import org.tacitus.model.Problem;

/** The outcome for one input document: its extraction, or the one problem that stopped it. */
public sealed interface DocumentResult {

    String id();

    record Extracted(Extraction extraction) implements DocumentResult {
        public Extracted {
            Objects.requireNonNull(extraction, "extraction");
        }

        @Override
        public String id() {
            return extraction.article().id();
        }
    }

    record Failed(String id, Problem problem) implements DocumentResult {
        public Failed {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(problem, "problem");
            if (!problem.code().fatal()) {
                throw new IllegalArgumentException(problem.code() + " is not a fatal problem");
            }
        }
    }
}
